package org.newsift.actors;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How people rows are read: which row names a person on a date, and what a person's bare surname is.
 * A person is every row with the same canonical (first) name; later rows win where periods overlap,
 * which is how a user's {@code --actors} file overrides the built-in people.
 */
final class People {
    /** Countries whose names put the family name first: "Xi Jinping" is Mr. Xi, "Moon Jae-in" President Moon. */
    private static final Set<String> FAMILY_NAME_FIRST = Set.of("CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "SGP", "KHM");
    /** Countries whose names have no family name: "Aung San Suu Kyi" is not Ms. Kyi. */
    private static final Set<String> NO_FAMILY_NAME = Set.of("MMR");
    private static final Set<String> GENERATION_SUFFIXES = Set.of("jr.", "jr", "sr.", "sr");
    /** Words that belong to the surname after them even when capitalised: "Marine Le Pen" is Ms. Le Pen. */
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "ben", "le", "la", "de", "da", "del",
            "dos", "du", "van", "von", "der", "den");

    private People() {
    }

    /**
     * The row that names someone on {@code date}, among rows that share a name or surname (latest first).
     * When several people fit, the one in government on that date is meant ("Bush" in 2003 is the sitting
     * president, not his father); otherwise the name is ambiguous and null is returned. Without a date, a
     * person whose rows all carry one code keeps it, and one whose code changed over time is coded by country
     * alone ("Trump" undated is USA), since no period can be chosen.
     */
    static LexiconEntry on(List<LexiconEntry> rowsLatestFirst, LocalDate date) {
        Map<String, List<LexiconEntry>> byPerson = new LinkedHashMap<>();
        for (LexiconEntry row : rowsLatestFirst) {
            byPerson.computeIfAbsent(row.name(), k -> new ArrayList<>()).add(row);
        }
        List<LexiconEntry> fitting = new ArrayList<>();
        for (List<LexiconEntry> rows : byPerson.values()) {
            LexiconEntry row = date == null ? undated(rows) : rows.stream().filter(r -> r.appliesOn(date)).findFirst()
                    .orElse(null);
            if (row != null) {
                fitting.add(row);
            }
        }
        if (fitting.size() == 1) {
            return fitting.get(0);
        }
        List<LexiconEntry> governing = fitting.stream().filter(r -> "GOV".equals(r.sector())).toList();
        return date != null && governing.size() == 1 ? governing.get(0) : null;
    }

    private static LexiconEntry undated(List<LexiconEntry> rowsLatestFirst) {
        LexiconEntry latest = rowsLatestFirst.get(0);
        if (rowsLatestFirst.stream().allMatch(r -> r.code().equals(latest.code()))) {
            return latest;
        }
        // still a person (a people row), so the actor stays theirs: coded USA, Trump is not "the United States", nor
        // is he Obama, who is undated USA too
        return latest.country() == null ? null : new LexiconEntry(EntryKind.PERSON, latest.country(), latest.country(),
                null, latest.name(), latest.names(), false, latest.origin(), List.of(), true);
    }

    /**
     * The surnames a person's canonical name is known by alone, given the person's country: the last word ("Trump"), with the
     * particles before it ("bin Laden", "von der Leyen", "Le Pen") and without a generation suffix ("Jr.");
     * a surname glued to its article is also known without it ("al-Assad", "Assad"), and one with accents
     * also without them ("Erdoğan", "Erdogan"), as English news often writes it. East Asian names give
     * their first word ("Xi"). A one-word name gives none: it is a full name already; nor do a regnal name
     * ("Felipe VI") and a Burmese name, which has no family name. Other names of the row
     * are left out, because they are often not of the same shape ("Abu Mazen" is not Mr. Mazen).
     */
    static List<String> surnames(String name, String country) {
        List<String> words = new ArrayList<>(List.of(name.trim().split("\\s+")));
        while (words.size() > 1 && GENERATION_SUFFIXES.contains(ActorLexicon.normalize(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        // a regnal name ("Harald V", "Elizabeth II", "Juan Carlos I") has no surname to be known by
        if (words.size() < 2 || words.get(words.size() - 1).matches("[IVX]+") || country != null && NO_FAMILY_NAME.contains(country)) {
            return List.of();
        }
        if (country != null && FAMILY_NAME_FIRST.contains(country)) {
            return withoutAccents(List.of(words.get(0)));
        }
        int first = words.size() - 1;
        while (first > 1 && isParticle(words.get(first - 1))) {
            first--;
        }
        String surname = String.join(" ", words.subList(first, words.size()));
        int hyphen = surname.indexOf('-');
        if (first == words.size() - 1 && hyphen > 0 && isParticle(surname.substring(0, hyphen))) {
            return withoutAccents(List.of(surname, surname.substring(hyphen + 1)));
        }
        return withoutAccents(List.of(surname));
    }

    /** The surnames, each followed by its form without accents when that differs. */
    private static List<String> withoutAccents(List<String> surnames) {
        List<String> out = new ArrayList<>();
        for (String s : surnames) {
            out.add(s);
            String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('ı', 'i')
                    .replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('đ', 'd');
            if (!plain.equals(s)) {
                out.add(plain);
            }
        }
        return out;
    }

    private static boolean isParticle(String word) {
        return Character.isLowerCase(word.codePointAt(0)) || PARTICLES.contains(ActorLexicon.normalize(word));
    }
}
