package org.newsift.input;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * How to read inputs.
 *
 * @param format             {@code --input-format}; {@link InputFormat#AUTO} detects each input
 * @param charset            {@code --charset}; bytes are decoded strictly (invalid bytes are an error, never
 *                           replaced). Must be ASCII-compatible (UTF-8, ISO-8859-1, windows-1252, ...).
 * @param maxChars           {@code --max-chars}; the most characters (Unicode code points) one article's text
 *                           may have. Raw HTML may be up to {@link #HTML_FACTOR} times as long.
 * @param publishedFallback  {@code --published}; used when an input carries no date of its own; null for none.
 *                           Checked with {@link #validatePublished(String)}.
 */
public record ReadOptions(InputFormat format, Charset charset, int maxChars, String publishedFallback) {

    public static final int DEFAULT_MAX_CHARS = 1_000_000;
    /** Raw HTML may have this many times {@code maxChars} characters, as markup outweighs text. */
    public static final int HTML_FACTOR = 10;

    public ReadOptions {
        if (format == null) {
            format = InputFormat.AUTO;
        }
        if (charset == null) {
            charset = StandardCharsets.UTF_8;
        }
        if (maxChars <= 0) {
            throw new IllegalArgumentException("--max-chars must be a positive number, got " + maxChars);
        }
        if (publishedFallback != null) {
            publishedFallback = validatePublished(publishedFallback);
        }
    }

    /** Auto-detected format, strict UTF-8, 1,000,000 characters, no published fallback. */
    public static ReadOptions defaults() {
        return new ReadOptions(InputFormat.AUTO, StandardCharsets.UTF_8, DEFAULT_MAX_CHARS, null);
    }

    public ReadOptions withFormat(InputFormat f) {
        return new ReadOptions(f, charset, maxChars, publishedFallback);
    }

    public ReadOptions withCharset(Charset c) {
        return new ReadOptions(format, c, maxChars, publishedFallback);
    }

    public ReadOptions withMaxChars(int n) {
        return new ReadOptions(format, charset, n, publishedFallback);
    }

    public ReadOptions withPublishedFallback(String date) {
        return new ReadOptions(format, charset, maxChars, date);
    }

    /**
     * Checks a {@code --published} value: an ISO date ({@code yyyy-MM-dd}) or an ISO date-time
     * ({@code 2024-03-01T12:00}, {@code 2024-03-01T12:00:00Z}, {@code 2024-03-01T12:00:00+01:00}).
     *
     * @return the value, stripped of surrounding blanks
     * @throws IllegalArgumentException with a one-line message saying what is expected
     */
    public static String validatePublished(String value) {
        String v = value == null ? "" : value.strip();
        if (isIsoDateOrDateTime(v)) {
            return v;
        }
        throw new IllegalArgumentException("--published must be an ISO date (yyyy-MM-dd) or date-time"
                + " (e.g. 2024-03-01T12:00:00Z), got '" + value + "'");
    }

    static boolean isIsoDateOrDateTime(String v) {
        if (v == null || v.isEmpty()) {
            return false;
        }
        try {
            LocalDate.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            // not a date; try a date-time
        }
        try {
            DateTimeFormatter.ISO_DATE_TIME.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Parses a {@code --charset} value, e.g. {@code ISO-8859-1}. */
    public static Charset parseCharset(String name) {
        try {
            return Charset.forName(name == null ? "" : name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown charset '" + name + "' (e.g. UTF-8, ISO-8859-1, windows-1252)");
        }
    }
}
