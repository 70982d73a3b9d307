package org.newsift.store;

import org.newsift.events.ontology.PloverMapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which events a query looks at; every part may be null. An actor key is an actor code (PAKGOV) or a
 * country (PAK) and matches an event side whose code or country equals it.
 *
 * @param actor    an actor on either side
 * @param dyad     two actor keys, {@code [A, B]}: events between them
 * @param directed with a dyad: only events from A to B; otherwise either direction
 * @param event    a CAMEO code or prefix (19, 112), a PLOVER type (ACCUSE), or a quad class (1-4)
 * @param from     first event day, inclusive
 * @param to       last event day, inclusive
 */
public record EventFilter(String actor, List<String> dyad, boolean directed, String event, LocalDate from, LocalDate to) {

    public EventFilter {
        if (dyad != null && dyad.size() != 2) {
            throw new IllegalArgumentException("a dyad is two actors, e.g. PAK,AFG");
        }
        dyad = dyad == null ? null : dyad.stream().map(k -> k.strip().toUpperCase(Locale.ROOT)).toList();
        actor = blankToNull(actor) == null ? null : actor.strip().toUpperCase(Locale.ROOT);
        event = checkEvent(event);
    }

    /**
     * An event value as a filter takes it: a quad class 1-4, a CAMEO code or prefix (two to four digits under a
     * root from 01 to 20) or a PLOVER type, upper case; null when blank. Anything else is refused with the valid values.
     */
    public static String checkEvent(String event) {
        String e = blankToNull(event);
        if (e == null) {
            return null;
        }
        e = e.strip().toUpperCase(Locale.ROOT);
        if (e.matches("[1-4]") || e.matches("(0[1-9]|1\\d|20)\\d{0,2}") || PloverMapping.TYPES.contains(e)) {
            return e;
        }
        throw new IllegalArgumentException("unknown event '" + (e.length() <= 40 ? e : e.substring(0, 40) + "...")
                + "': give a quad class (1-4), a CAMEO code or prefix (01-20, e.g. 19, 112) or a PLOVER type ("
                + String.join(", ", PloverMapping.TYPES) + ")");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public static EventFilter all() {
        return new EventFilter(null, null, false, null, null, null);
    }

    public static EventFilter dyad(String a, String b, boolean directed) {
        return new EventFilter(null, List.of(a, b), directed, null, null, null);
    }

    public EventFilter between(LocalDate from, LocalDate to) {
        return new EventFilter(actor, dyad, directed, event, from, to);
    }

    /** The SQL condition over the events table, with its parameters appended to {@code params}. */
    String where(List<Object> params) {
        List<String> parts = new ArrayList<>();
        if (actor != null) {
            parts.add("(" + side("source", actor, params) + " OR " + side("target", actor, params) + ")");
        }
        if (dyad != null) {
            String ab = "(" + side("source", dyad.get(0), params) + " AND " + side("target", dyad.get(1), params) + ")";
            if (directed) {
                parts.add(ab);
            } else {
                parts.add("(" + ab + " OR (" + side("source", dyad.get(1), params) + " AND "
                        + side("target", dyad.get(0), params) + "))");
            }
        }
        if (event != null) {
            String e = event;
            if (e.matches("[1-4]")) {
                parts.add("quad_class = ?");
                params.add(Integer.parseInt(e));
            } else if (e.matches("\\d{2,4}")) {
                parts.add("cameo LIKE ?");
                params.add(e + "%");
            } else {
                parts.add("plover_type = ?");
                params.add(e);
            }
        }
        if (from != null) {
            parts.add("event_date >= ?");
            params.add(from);
        }
        if (to != null) {
            parts.add("event_date <= ?");
            params.add(to);
        }
        return parts.isEmpty() ? "TRUE" : String.join(" AND ", parts);
    }

    private static String side(String side, String key, List<Object> params) {
        params.add(key);
        params.add(key);
        return "(" + side + "_code = ? OR " + side + "_country = ?)";
    }
}
