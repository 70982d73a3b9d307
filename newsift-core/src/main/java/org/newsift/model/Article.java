package org.newsift.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * An article to analyse: the text exactly as it will be analysed, plus what the input said about it.
 *
 * @param published ISO-8601 date or date-time as given, or null
 */
public record Article(String id, String title, String url, String published, String text) {

    public Article {
        if (text == null) {
            throw new IllegalArgumentException("article text is null");
        }
    }

    /** The date part of {@link #published()}, or null when absent or unreadable. */
    public LocalDate publishedDate() {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public Article withPublishedIfAbsent(String fallback) {
        return published != null || fallback == null ? this : new Article(id, title, url, fallback, text);
    }
}
