package org.newsift.actors;

import java.util.Locale;

/** What a lexicon entry names; decides how the resolver combines and codes it. */
public enum EntryKind {
    /** A state or territory ("Pakistan"): code = ISO alpha-3. */
    COUNTRY,
    /** A demonym or adjective ("Pakistani"): modifies an agent noun ("Pakistani troops" = PAKMIL). */
    DEMONYM,
    /** A capital: as an agent ("Islamabad said") it is the government; after "in", "at"... only a place. */
    CAPITAL,
    /**
     * A city or region ("Kandahar", "Texas"): codes to its country ("Kandahar police" = AFGCOP); after
     * "in", "at"... or in a dateline it is only a place. The built-in ones come from the gazetteer.
     */
    CITY,
    /** An international organisation ("United Nations" = IGOUNO). */
    IGO,
    /** A non-state group or movement ("Taliban"), with its country of operation. */
    GROUP,
    /** A named person, coded by the period (a people row) or TABARI date range that holds on the article's date. */
    PERSON,
    /** A role or sector noun ("army" = MIL, "government" = GOV); takes its country from a modifier. */
    AGENT,
    /** A noun that speaks for what it is attached to ("Taliban spokesman" = the Taliban). */
    SPEAKER;

    public static EntryKind parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown entry kind '" + s + "'");
        }
    }
}
