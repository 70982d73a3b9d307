package org.newsift.eval;

import org.newsift.eval.PolnearCorpus.Gold;
import org.newsift.eval.PolnearCorpus.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores predicted attributions against PolNeAR gold (docs/evaluation.md). A predicted content span
 * matches a gold one when their overlap is at least half of the longer of the two; each gold and each
 * predicted attribution matches at most once, the pairs with the largest overlap first. Source
 * accuracy: of the matched pairs whose gold has a Source, the share where the predicted speaker span
 * overlaps it.
 */
final class AttributionScores {
    /** A predicted attribution: its content, and its speaker's span or null. */
    record Predicted(Span content, Span speaker) {
    }

    /** Counts over any number of articles. */
    record Counts(int gold, int predicted, int matched, int sourced, int sourceRight, int exact) {
        Counts plus(Counts o) {
            return new Counts(gold + o.gold, predicted + o.predicted, matched + o.matched, sourced + o.sourced,
                    sourceRight + o.sourceRight, exact + o.exact);
        }

        /** F1 where only a content with exactly the gold's bounds counts (Citron et al.'s strict measure). */
        double exactF1() {
            return gold + predicted == 0 ? Double.NaN : 2.0 * exact / (gold + predicted);
        }

        double f1() {
            return gold + predicted == 0 ? Double.NaN : 2.0 * matched / (gold + predicted);
        }

        double precision() {
            return predicted == 0 ? Double.NaN : (double) matched / predicted;
        }

        double recall() {
            return gold == 0 ? Double.NaN : (double) matched / gold;
        }

        double sourceAccuracy() {
            return sourced == 0 ? Double.NaN : (double) sourceRight / sourced;
        }
    }

    static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

    private AttributionScores() {
    }

    static boolean matches(Span a, Span b) {
        return 2L * a.overlap(b) >= Math.max(a.length(), b.length()) && a.overlap(b) > 0;
    }

    /**
     * One article's counts. {@code text} serves the exact measure: both spans are compared without the blanks,
     * quotation marks and final punctuation at their ends, which the gold includes or leaves out at random.
     */
    static Counts score(String text, List<Gold> gold, List<Predicted> predicted) {
        List<int[]> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (matches(gold.get(g).content(), predicted.get(p).content())) {
                    pairs.add(new int[]{g, p, gold.get(g).content().overlap(predicted.get(p).content())});
                }
            }
        }
        pairs.sort((x, y) -> y[2] != x[2] ? Integer.compare(y[2], x[2]) : x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predUsed = new boolean[predicted.size()];
        int matched = 0;
        int sourced = 0;
        int right = 0;
        int exact = 0;
        for (int[] pair : pairs) {
            if (goldUsed[pair[0]] || predUsed[pair[1]]) {
                continue;
            }
            goldUsed[pair[0]] = true;
            predUsed[pair[1]] = true;
            matched++;
            exact += trimmed(text, gold.get(pair[0]).content()).equals(trimmed(text, predicted.get(pair[1]).content())) ? 1 : 0;
            Span source = gold.get(pair[0]).source();
            if (source != null) {
                sourced++;
                Span speaker = predicted.get(pair[1]).speaker();
                right += speaker != null && speaker.overlap(source) > 0 ? 1 : 0;
            }
        }
        return new Counts(gold.size(), predicted.size(), matched, sourced, right, exact);
    }

    private static Span trimmed(String text, Span span) {
        int[] cp = text.codePoints().toArray();
        int start = Math.max(0, span.start());
        int end = Math.min(cp.length, span.end());
        while (start < end && isEdge(cp[start])) {
            start++;
        }
        while (end > start && isEdge(cp[end - 1])) {
            end--;
        }
        return new Span(start, end);
    }

    private static boolean isEdge(int c) {
        return Character.isWhitespace(c) || "\"'\u201C\u201D\u2018\u2019.,;:".indexOf(c) >= 0;
    }
}
