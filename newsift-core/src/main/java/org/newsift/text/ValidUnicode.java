package org.newsift.text;

/**
 * Makes text valid Unicode at the input boundary. A JSON escape such as {@code \ud800} gives Java a lone
 * surrogate, which no UTF-8 writer can encode: left in, it fails the output of the whole batch. Each lone
 * surrogate becomes U+FFFD (the replacement character), one char for one char, so offsets do not move.
 */
public final class ValidUnicode {

    /** The repaired text and how many lone surrogates were replaced. */
    public record Repaired(String text, int replaced) {
    }

    private ValidUnicode() {
    }

    public static Repaired repair(String text) {
        if (text == null) {
            return new Repaired(null, 0);
        }
        StringBuilder out = null;
        int replaced = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (!paired) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, '\uFFFD');
                replaced++;
            }
        }
        return new Repaired(out == null ? text : out.toString(), replaced);
    }

    /** The text with every lone surrogate replaced. */
    public static String of(String text) {
        return repair(text).text();
    }
}
