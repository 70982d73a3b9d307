package org.newsift.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Spans of the document (quotes, claims, cues) grouped by the sentences they overlap, so that work done per
 * sentence reads only that sentence's spans: a loop over all of the document's spans in every sentence made
 * the stages quadratic in the length of the text (issue 14).
 */
public final class SentenceSpans {
    private SentenceSpans() {
    }

    /**
     * For each sentence, the spans that overlap it, in the spans' order.
     *
     * @param sentences the document's sentences, in text order
     * @param start     a span's first code point
     * @param end       the code point after a span's last
     */
    public static <T> List<List<T>> overlapping(List<Sentence> sentences, List<T> spans, ToIntFunction<T> start,
                                                ToIntFunction<T> end) {
        List<List<T>> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            out.add(new ArrayList<>(0));
        }
        for (T span : spans) {
            int from = start.applyAsInt(span);
            int to = end.applyAsInt(span);
            for (int i = firstEndingAfter(sentences, from); i < sentences.size() && sentences.get(i).start() < to; i++) {
                out.get(i).add(span);
            }
        }
        return out;
    }

    /** The first sentence that ends after code point {@code offset}: binary search, sentences being in order. */
    public static int firstEndingAfter(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
