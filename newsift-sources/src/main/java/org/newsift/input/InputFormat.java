package org.newsift.input;

import java.util.Locale;

/** How to read an input: detect it, or force one format for every input. */
public enum InputFormat {
    /** By file extension, else by sniffing the content (stdin is always sniffed). */
    AUTO,
    /** Plain text, analysed verbatim. */
    TEXT,
    /** An HTML page: title, body, date and canonical URL are extracted. */
    HTML,
    /** JSON Lines: one {@code {"id","text",...}} object per line. */
    JSONL;

    /** Parses a {@code --input-format} value (case-insensitive). */
    public static InputFormat parse(String value) {
        if (value != null) {
            for (InputFormat f : values()) {
                if (f.name().equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("unknown input format '" + value + "' (expected auto, text, html or jsonl)");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
