package org.newsift.eval;

import org.newsift.actors.ActorLexicon;
import org.newsift.actors.EntryKind;
import org.newsift.actors.LexiconEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps Reuters-21578 PLACES labels ("usa", "west-germany") to ISO alpha-3 countries through an actor
 * lexicon, so the gold codes are whatever newsift itself would assign to the country's name. A label
 * is looked up as written with hyphens as spaces ("hong-kong" → "hong kong"), then as written, then
 * under the names in {@link #ALIASES}; the first COUNTRY or DEMONYM entry with a country wins. A label
 * none of whose names the lexicon knows is unmapped.
 */
public final class ReutersPlaceLabels {

    /**
     * Names to try for Reuters labels that are not (current) country names. Written for newsift:
     * usa, uk, uae: abbreviations; ussr, west-/east-germany, the two yemens, kampuchea, zaire, burma,
     * western-samoa, czechoslovakia, yugoslavia: 1987 states or names, tried under their 1987 name first and then
     * the present-day name their territory is coded under; the rest: Reuters spellings without "and",
     * accents or the hyphen that belongs to the name.
     */
    static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("usa", List.of("United States", "US", "U.S.", "America")),
            Map.entry("uk", List.of("United Kingdom", "Britain", "Great Britain")),
            Map.entry("uae", List.of("United Arab Emirates")),
            Map.entry("ussr", List.of("Soviet Union", "USSR", "Russia")),
            Map.entry("west-germany", List.of("West Germany", "Germany")),
            Map.entry("east-germany", List.of("East Germany", "German Democratic Republic", "Germany")),
            Map.entry("yemen-arab-republic", List.of("North Yemen", "Yemen Arab Republic", "Yemen")),
            Map.entry("yemen-demo-republic", List.of("South Yemen", "People's Democratic Republic of Yemen", "Yemen")),
            Map.entry("kampuchea", List.of("Kampuchea", "Cambodia")),
            Map.entry("zaire", List.of("Zaire", "Democratic Republic of the Congo", "DR Congo")),
            Map.entry("burma", List.of("Burma", "Myanmar")),
            Map.entry("western-samoa", List.of("Western Samoa", "Samoa")),
            Map.entry("czechoslovakia", List.of("Czechoslovakia", "Czech Republic")),
            Map.entry("yugoslavia", List.of("Yugoslavia", "Serbia")),
            Map.entry("trinidad-tobago", List.of("Trinidad and Tobago", "Trinidad")),
            Map.entry("us-virgin-islands", List.of("U.S. Virgin Islands", "United States Virgin Islands", "Virgin Islands")),
            Map.entry("ivory-coast", List.of("Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire")),
            Map.entry("guinea-bissau", List.of("Guinea-Bissau")),
            Map.entry("macao", List.of("Macao", "Macau")),
            Map.entry("vatican", List.of("Vatican", "Vatican City", "Holy See")));

    private final ActorLexicon lexicon;

    public ReutersPlaceLabels(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The ISO alpha-3 country of a label, or null when unmapped. */
    public String iso3(String label) {
        List<String> names = new ArrayList<>();
        names.add(label.replace('-', ' '));
        names.add(label);
        names.addAll(ALIASES.getOrDefault(label, List.of()));
        for (String n : names) {
            LexiconEntry e = lexicon.lookup(n);
            if (e != null && (e.kind() == EntryKind.COUNTRY || e.kind() == EntryKind.DEMONYM) && e.country() != null) {
                return e.country();
            }
        }
        return null;
    }
}
