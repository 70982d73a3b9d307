package org.newsift.server.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Days from the contract's ISO dates, and slices of text by code-point offsets. */
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

    /** The text between two code-point offsets, clamped to the text. */
    static String slice(String text, int start, int end) {
        int n = text.codePointCount(0, text.length());
        int s = Math.max(0, Math.min(start, n));
        int e = Math.max(s, Math.min(end, n));
        int from = text.offsetByCodePoints(0, s);
        return text.substring(from, text.offsetByCodePoints(from, e - s));
    }
}
