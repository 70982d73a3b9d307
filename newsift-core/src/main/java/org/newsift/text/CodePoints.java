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

    /**
     * Substring by code-point offsets. Counting code points from the start costs as much as the offset, and the
     * stages cut a piece per sentence or mention from one long text, which made them quadratic in its length
     * (issue 14): so beyond the first {@value #SCAN_LIMIT} code points the char offsets are looked up in an
     * index of the text, built once and kept for the text this thread cut last.
     */
    public static String substring(String text, int cpStart, int cpEnd) {
        if (cpStart <= SCAN_LIMIT) {
            int s = text.offsetByCodePoints(0, cpStart);
            int e = text.offsetByCodePoints(s, cpEnd - cpStart);
            return text.substring(s, e);
        }
        int[] toChar = charOffsets(text);
        if (cpStart > cpEnd || cpEnd >= toChar.length) {
            throw new IndexOutOfBoundsException("code points " + cpStart + ".." + cpEnd + " of " + (toChar.length - 1));
        }
        return text.substring(toChar[cpStart], toChar[cpEnd]);
    }

    /** Code-point offsets below which {@link #substring} counts instead of building an index. */
    private static final int SCAN_LIMIT = 4096;

    /** The text this thread last cut beyond {@link #SCAN_LIMIT}, and the char offset of each of its code points. */
    private record CharOffsets(String text, int[] toChar) {
    }

    private static final ThreadLocal<CharOffsets> LAST = new ThreadLocal<>();

    private static int[] charOffsets(String text) {
        CharOffsets last = LAST.get();
        if (last != null && last.text == text) { // the same string, not an equal one: checking costs nothing
            return last.toChar;
        }
        int[] toChar = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            toChar[cp++] = i;
        }
        toChar[cp] = text.length();
        LAST.set(new CharOffsets(text, toChar));
        return toChar;
    }
}
