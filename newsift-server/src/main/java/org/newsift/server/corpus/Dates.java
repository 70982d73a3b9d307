package org.newsift.server.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Days from the contract's ISO dates. */
public final class Dates {
    private Dates() {
    }

    /** The day of an ISO date or date-time, or null when absent, unreadable or less precise than a day. */
    public static LocalDate day(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
