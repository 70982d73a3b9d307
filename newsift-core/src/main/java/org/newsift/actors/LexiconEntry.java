package org.newsift.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of an actor lexicon.
 *
 * @param kind        what it names
 * @param code        the code it resolves to (PAKGOV, IGOUNO, AFGINSTAL); for AGENT entries, the sector
 * @param country     ISO alpha-3 country, or null
 * @param sector      sector code (GOV, MIL, ...), or null
 * @param name        canonical readable name (the first of the names in the file)
 * @param names       every surface form, canonical name first
 * @param prefix      true when the names also match words they begin ("ARGENTIN" in TABARI dictionaries)
 * @param origin      file and line the entry came from, quoted in explanations
 * @param dated       codes that replace {@code code} between dates (office holders); usually empty
 * @param periodsOnly true for a row of a people file: it names nobody outside its dated periods, whereas a
 *                    TABARI entry falls back to {@code code} there
 */
public record LexiconEntry(EntryKind kind, String code, String country, String sector, String name,
                           List<String> names, boolean prefix, String origin, List<DatedCode> dated,
                           boolean periodsOnly) {

    public LexiconEntry {
        names = List.copyOf(names);
        dated = List.copyOf(dated);
    }

    public LexiconEntry(EntryKind kind, String code, String country, String sector, String name,
                        List<String> names, boolean prefix, String origin, List<DatedCode> dated) {
        this(kind, code, country, sector, name, names, prefix, origin, dated, false);
    }

    public LexiconEntry(EntryKind kind, String code, String country, String sector, String name,
                        List<String> names, boolean prefix, String origin) {
        this(kind, code, country, sector, name, names, prefix, origin, List.of());
    }

    /** A row of a people file: {@code code} between {@code from} and {@code to} (inclusive; null = open). */
    static LexiconEntry personRow(String code, String country, String sector, List<String> names, LocalDate from,
                                  LocalDate to, String origin) {
        return new LexiconEntry(EntryKind.PERSON, code, country, sector, names.get(0), names, false, origin,
                List.of(new DatedCode(code, from, to)), true);
    }

    /** The code that holds on {@code date} (null date: the undated code). */
    public String codeOn(LocalDate date) {
        if (date != null) {
            for (DatedCode d : dated) {
                if (d.holdsOn(date)) {
                    return d.code();
                }
            }
        }
        return code;
    }

    /** True when the entry names someone on {@code date}: always, except a people row outside its periods. */
    public boolean appliesOn(LocalDate date) {
        return !periodsOnly || dated.stream().anyMatch(d -> d.holdsOn(date));
    }
}
