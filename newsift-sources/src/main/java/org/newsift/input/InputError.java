package org.newsift.input;

/**
 * An input that could not be read.
 *
 * @param id      the id the article would have had (path as given, {@code stdin}, the JSONL "id", or
 *                {@code <file>:<line>} when a JSONL line has none)
 * @param source  where it came from: the path as given, {@code stdin}, or {@code <file>:<line>}
 * @param message a one-line, human-readable reason, e.g. {@code empty input}
 */
public record InputError(String id, String source, String message) implements InputItem {

    public InputError {
        message = oneLine(message);
    }

    /** {@code source: message}, the form a CLI prints. */
    @Override
    public String toString() {
        return source + ": " + message;
    }

    static String oneLine(String s) {
        if (s == null || s.isBlank()) {
            return "unknown error";
        }
        String line = s.strip().replaceAll("\\s+", " ");
        return line.length() > 300 ? line.substring(0, 297) + "..." : line;
    }
}
