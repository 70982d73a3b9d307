package org.newsift.text;

/**
 * Whether a text has anything to read. {@link String#isBlank()} only knows ASCII-style white space: a file of
 * no-break spaces or of zero-width spaces passes it, yet holds no word to analyse.
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** True when every code point is white space, a space or line separator, a format character or a control. */
    public static boolean none(String text) {
        return text.codePoints().allMatch(VisibleText::invisible);
    }

    private static boolean invisible(int cp) {
        if (Character.isWhitespace(cp)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            // no-break and other spaces; zero-width space, joiners, word joiner, BOM and bidi marks; controls
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.FORMAT, Character.CONTROL -> true;
            default -> false;
        };
    }
}
