package org.newsift.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the date part of an ISO-8601 publication date or date-time; null when absent or unreadable. */
final class PublicationDate {
    private PublicationDate() {
    }

    static LocalDate parse(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
