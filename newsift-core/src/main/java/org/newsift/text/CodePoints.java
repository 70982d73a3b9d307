package org.newsift.text;

/**
 * Converts UTF-16 char offsets (what Java strings and most libraries use) into Unicode code-point
 * offsets (what newsift's contract uses). Built once per text so each lookup is O(1).
 */
public final class CodePoints {
    private final int[] charToCodePoint;

    public CodePoints(String text) {
        charToCodePoint = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean secondHalfOfPair = i > 0 && Character.isLowSurrogate(text.charAt(i))
                    && Character.isHighSurrogate(text.charAt(i - 1));
            // The low half of a surrogate pair belongs to the code point its high half started.
            charToCodePoint[i] = secondHalfOfPair ? cp - 1 : cp++;
        }
        charToCodePoint[text.length()] = cp;
    }

    /** Code-point offset of the given char offset. */
    public int toCodePoint(int charOffset) {
        return charToCodePoint[charOffset];
    }

    /** Total number of code points. */
    public int length() {
        return charToCodePoint[charToCodePoint.length - 1];
    }

    /** Substring by code-point offsets. */
    public static String substring(String text, int cpStart, int cpEnd) {
        int s = text.offsetByCodePoints(0, cpStart);
        int e = text.offsetByCodePoints(s, cpEnd - cpStart);
        return text.substring(s, e);
    }
}
