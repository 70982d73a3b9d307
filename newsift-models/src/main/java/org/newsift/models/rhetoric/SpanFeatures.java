package org.newsift.models.rhetoric;

import org.newsift.encoding.SentenceEncoding;

import java.util.List;
import java.util.Locale;

/**
 * Feature vectors for the rhetoric models, from the shared encoder's states. A wordpiece: its state, the
 * mean state of the {@value #WINDOW} wordpieces either side, and the sentence embedding. A span: the
 * mean state of its wordpieces, the embedding of its first sentence, and {@value #EXTRAS} surface
 * figures (length, repeated elsewhere in the article, question mark, exclamation mark, share of its
 * sentence).
 */
final class SpanFeatures {
    static final int WINDOW = 2;
    static final int EXTRAS = 5;

    private SpanFeatures() {
    }

    static int tokenDimension(int hidden) {
        return 3 * hidden;
    }

    static int spanDimension(int hidden) {
        return 2 * hidden + EXTRAS;
    }

    static float[] token(SentenceEncoding e, int i) {
        int h = e.pooled().length;
        float[] x = new float[3 * h];
        System.arraycopy(e.states()[i], 0, x, 0, h);
        int from = Math.max(0, i - WINDOW);
        int to = Math.min(e.size(), i + WINDOW + 1);
        for (int k = from; k < to; k++) {
            float[] s = e.states()[k];
            for (int j = 0; j < h; j++) {
                x[h + j] += s[j] / (to - from);
            }
        }
        System.arraycopy(e.pooled(), 0, x, 2 * h, h);
        return x;
    }

    /**
     * A span [start, end) in code points of {@code text}; {@code sentences} are the encodings of the
     * article's sentences, in order (offsets into {@code text}).
     */
    static float[] span(String text, int start, int end, List<SentenceEncoding> sentences) {
        int h = sentences.get(0).pooled().length;
        float[] x = new float[spanDimension(h)];
        int n = 0;
        SentenceEncoding first = null;
        int sentenceChars = 0;
        for (SentenceEncoding e : sentences) {
            if (e.size() == 0 || e.ends()[e.size() - 1] <= start || e.starts()[0] >= end) {
                continue;
            }
            if (first == null) {
                first = e;
                sentenceChars = e.ends()[e.size() - 1] - e.starts()[0];
            }
            for (int i = 0; i < e.size(); i++) {
                if (e.starts()[i] < end && e.ends()[i] > start) {
                    float[] s = e.states()[i];
                    for (int j = 0; j < h; j++) {
                        x[j] += s[j];
                    }
                    n++;
                }
            }
        }
        if (n > 0) {
            for (int j = 0; j < h; j++) {
                x[j] /= n;
            }
        }
        if (first != null) {
            System.arraycopy(first.pooled(), 0, x, h, h);
        }
        int cStart = text.offsetByCodePoints(0, start);
        String span = text.substring(cStart, text.offsetByCodePoints(cStart, end - start));
        String lower = span.toLowerCase(Locale.ROOT).strip();
        int at = 2 * h;
        x[at] = (float) Math.log1p(end - start) / 5f;
        x[at + 1] = Math.min(3, occurrences(text.toLowerCase(Locale.ROOT), lower) - 1) / 3f;
        x[at + 2] = span.indexOf('?') >= 0 ? 1 : 0;
        x[at + 3] = span.indexOf('!') >= 0 ? 1 : 0;
        x[at + 4] = sentenceChars == 0 ? 0 : Math.min(1f, (float) (end - start) / sentenceChars);
        return x;
    }

    private static int occurrences(String haystack, String needle) {
        if (needle.isEmpty()) {
            return 1;
        }
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return Math.max(1, n);
    }
}
