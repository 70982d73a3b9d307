package org.newsift.actors;

import java.util.List;

/**
 * One entry of an actor lexicon.
 *
 * @param kind    what it names
 * @param code    the code it resolves to (PAKGOV, IGOUNO, AFGINSTAL); for AGENT entries, the sector
 * @param country ISO alpha-3 country, or null
 * @param sector  sector code (GOV, MIL, ...), or null
 * @param name    canonical readable name (the first of the names in the file)
 * @param names   every surface form, canonical name first
 * @param prefix  true when the names also match words they begin ("ARGENTIN" in TABARI dictionaries)
 * @param origin  file and line the entry came from, quoted in explanations
 */
public record LexiconEntry(EntryKind kind, String code, String country, String sector, String name,
                           List<String> names, boolean prefix, String origin) {

    public LexiconEntry {
        names = List.copyOf(names);
    }
}
