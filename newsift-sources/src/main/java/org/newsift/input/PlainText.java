package org.newsift.input;

/** The rules for plain-text inputs (also used by readers of plain-text datasets). */
public final class PlainText {
    /** A first line longer than this is a paragraph, not a title. */
    static final int MAX_TITLE_CHARS = 300;

    private PlainText() {
    }

    /**
     * The title of a plain text: its first line (stripped), when that line is not blank, is at most
     * {@link #MAX_TITLE_CHARS} characters, and is followed by a blank line. Null otherwise. The text itself is
     * not changed: the title line stays part of the analysed text.
     */
    public static String title(String text) {
        int end = text.indexOf('\n');
        if (end < 0) {
            return null;
        }
        int next = text.indexOf('\n', end + 1);
        String second = text.substring(end + 1, next < 0 ? text.length() : next);
        if (next < 0 && second.isEmpty()) {
            return null; // "Title\n" alone: no blank line follows, just the end of the text
        }
        if (!second.isBlank()) {
            return null;
        }
        String first = text.substring(0, end).strip();
        return first.isEmpty() || first.length() > MAX_TITLE_CHARS ? null : first;
    }
}
