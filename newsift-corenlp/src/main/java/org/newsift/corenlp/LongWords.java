package org.newsift.corenlp;

/**
 * Breaks up runs of characters without a space that are longer than any word, for CoreNLP's tokenizer only.
 * The tokenizer's work on some such runs grows with the square of their length (16,000 ampersands in a row took
 * 11 s, 500,000 would take hours), and it cannot be interrupted. In the copy the tokenizer reads, the character
 * after each {@code max} of a run becomes a space; the copy has the same length, so every offset CoreNLP gives
 * still points into the original text, from which newsift takes the tokens' text.
 */
final class LongWords {
    private LongWords() {
    }

    /** The text with no more than {@code max} characters in a row without a space (a surrogate pair becomes two). */
    static String breakUp(String text, int max) {
        char[] out = null;
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                run = 0;
            } else if (++run > max) {
                if (out == null) {
                    out = text.toCharArray();
                }
                for (int k = i; k < i + n; k++) {
                    out[k] = ' ';
                }
                run = 0;
            }
            i += n;
        }
        return out == null ? text : new String(out);
    }
}
