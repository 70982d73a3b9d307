package org.newsift.server.corpus;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Which events to return; every part may be null. An actor key (PAKGOV, or a country such as PAK) matches an
 * event side whose code or country equals it.
 *
 * @param actor an actor on either side
 * @param dyadA with {@code dyadB}: events between the two, either direction
 * @param type  a CAMEO code or its prefix (19, 112), a PLOVER type (ACCUSE) or a quad class (1-4)
 * @param from  first event day, inclusive
 * @param to    last event day, inclusive
 */
public record EventQuery(String actor, String dyadA, String dyadB, String type, LocalDate from, LocalDate to) {

    public EventQuery {
        if ((dyadA == null) != (dyadB == null)) {
            throw new IllegalArgumentException("a dyad needs both actors");
        }
        actor = upper(actor);
        dyadA = upper(dyadA);
        dyadB = upper(dyadB);
        type = type == null || type.isBlank() ? null : type.strip();
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null);
    }

    public static EventQuery dyad(String a, String b) {
        return new EventQuery(null, a, b, null, null, null);
    }

    private static String upper(String key) {
        return key == null || key.isBlank() ? null : key.strip().toUpperCase(Locale.ROOT);
    }
}
