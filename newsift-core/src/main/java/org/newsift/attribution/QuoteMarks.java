package org.newsift.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks over a whole text and returns the quoted stretches, which may span sentences.
 * Double marks (straight {@code "}, two apostrophes {@code ''} as The New York Times' archive prints
 * them, curly “ ”, guillemets « ») pair at the top level, and what they
 * enclose, nested ‘single’ quotes included, is one quotation. Curly single quotes pair at the top level
 * only when they cannot be apostrophes. A quotation that runs over paragraphs in the news way (no
 * closing mark at the end of a paragraph, an opening one at the start of the next) becomes one stretch
 * per paragraph; any other mark left open at a paragraph's end is dropped, so one stray mark never
 * swallows the rest of the article; a straight mark that can only open (after a blank, before a word) while
 * another is open makes that one a stray mark, so one stray mark never puts the rest of a paragraph out of step.
 * The quote stage and the rhetoric's span voices ({@link org.newsift.rhetoric.SpanVoice}) read the same stretches.
 */
public final class QuoteMarks {
    private static final int STRAIGHT = '"';
    private static final int LEFT_DOUBLE = 0x201C;
    private static final int RIGHT_DOUBLE = 0x201D;
    private static final int LEFT_GUILLEMET = 0x00AB;
    private static final int RIGHT_GUILLEMET = 0x00BB;
    private static final int LEFT_SINGLE = 0x2018;
    private static final int RIGHT_SINGLE = 0x2019;

    private QuoteMarks() {
    }

    /** A quoted stretch: code-point offsets of the content, without the marks and surrounding blanks. */
    public record Stretch(int start, int end) {
        int length() {
            return end - start;
        }
    }

    /** The quoted stretches of a text, in text order. */
    public static List<Stretch> find(String text) {
        int[] cp = text.codePoints().toArray();
        List<Stretch> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < cp.length; i++) {
            int c = cp[i];
            if (c == '\n' && open >= 0 && endsParagraph(cp, i)) {
                if (opensQuote(cp, nextNonBlank(cp, i))) {
                    add(out, cp, open + 1, i); // the quotation goes on in the next paragraph
                }
                open = -1;
            } else if (c == LEFT_DOUBLE || c == LEFT_GUILLEMET) {
                open = i;
            } else if (c == RIGHT_DOUBLE || c == RIGHT_GUILLEMET) {
                if (open >= 0) {
                    add(out, cp, open + 1, i);
                    open = -1;
                }
            } else if (c == STRAIGHT || isTwoApostrophes(cp, i)) {
                int width = c == STRAIGHT ? 1 : 2;
                if (open >= 0 && opensByLook(cp, i, width)) {
                    open = i + width - 1; // the mark before was a stray one: this one opens
                } else if (open >= 0) {
                    add(out, cp, open + 1, i);
                    open = -1;
                } else if (i + width < cp.length && !Character.isWhitespace(cp[i + width])) {
                    open = i + width - 1; // the content starts after the whole mark
                }
                i += width - 1;
            } else if (c == LEFT_SINGLE && open < 0 && (i == 0 || !Character.isLetterOrDigit(cp[i - 1]))) {
                int close = closingSingle(cp, i + 1);
                if (close > 0) {
                    add(out, cp, i + 1, close);
                    i = close;
                }
            }
        }
        return out;
    }

    /** A straight mark after a blank and before a word ("said "We…") can only open a quotation. */
    private static boolean opensByLook(int[] cp, int i, int width) {
        boolean afterBlank = i == 0 || Character.isWhitespace(cp[i - 1]) || cp[i - 1] == '(';
        return afterBlank && i + width < cp.length && Character.isLetterOrDigit(cp[i + width]);
    }

    private static boolean isTwoApostrophes(int[] cp, int i) {
        return cp[i] == '\'' && i + 1 < cp.length && cp[i + 1] == '\'';
    }

    /** The closing ’ of a top-level single quote: one not followed by a letter, within the paragraph. */
    private static int closingSingle(int[] cp, int from) {
        for (int j = from; j < cp.length; j++) {
            if (cp[j] == '\n' && endsParagraph(cp, j)) {
                return -1;
            }
            if (cp[j] == RIGHT_SINGLE && !Character.isWhitespace(cp[j - 1])
                    && (j + 1 == cp.length || !Character.isLetter(cp[j + 1]))) {
                return j;
            }
        }
        return -1;
    }

    /** A paragraph ends at a blank line. */
    private static boolean endsParagraph(int[] cp, int newline) {
        int j = newline + 1;
        while (j < cp.length && (cp[j] == ' ' || cp[j] == '\t' || cp[j] == '\r')) {
            j++;
        }
        return j < cp.length && cp[j] == '\n';
    }

    private static int nextNonBlank(int[] cp, int i) {
        while (i < cp.length && Character.isWhitespace(cp[i])) {
            i++;
        }
        return i;
    }

    private static boolean opensQuote(int[] cp, int i) {
        return i < cp.length && (cp[i] == LEFT_DOUBLE || cp[i] == LEFT_GUILLEMET || cp[i] == STRAIGHT || isTwoApostrophes(cp, i));
    }

    private static void add(List<Stretch> out, int[] cp, int start, int end) {
        while (start < end && Character.isWhitespace(cp[start])) {
            start++;
        }
        while (end > start && (Character.isWhitespace(cp[end - 1]) || cp[end - 1] == ',')) {
            end--;
        }
        if (end > start) {
            out.add(new Stretch(start, end));
        }
    }
}
