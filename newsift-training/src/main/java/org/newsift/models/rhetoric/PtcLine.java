package org.newsift.models.rhetoric;

import org.newsift.text.CodePoints;

import java.util.List;

/**
 * A line (sentence) of a PTC article as a string, with the mapping between its UTF-16 offsets, which the
 * tokenizer speaks, and the article's code-point offsets, which the PTC labels speak.
 */
record PtcLine(int start, int end, String text) {

    static List<PtcLine> of(PtcCorpus.Article a) {
        return a.lines().stream().map(l -> new PtcLine(l.start(), l.end(), CodePoints.substring(a.text(), l.start(), l.end())))
                .toList();
    }

    /** The article code point at UTF-16 offset {@code charOffset} of this line. */
    int codePoint(int charOffset) {
        return start + text.codePointCount(0, charOffset);
    }

    /** The part of {@code [cpStart, cpEnd)} (article code points) on this line, in UTF-16 offsets; null if none. */
    int[] charRange(int cpStart, int cpEnd) {
        int s = Math.max(cpStart, start);
        int e = Math.min(cpEnd, end);
        if (e <= s) {
            return null;
        }
        return new int[]{text.offsetByCodePoints(0, s - start), text.offsetByCodePoints(0, e - start)};
    }
}
