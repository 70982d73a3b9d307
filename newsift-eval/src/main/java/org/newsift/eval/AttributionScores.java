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
    record Counts(int gold, int predicted, int matched, int sourced, int sourceRight) {
        Counts plus(Counts o) {
            return new Counts(gold + o.gold, predicted + o.predicted, matched + o.matched, sourced + o.sourced,
                    sourceRight + o.sourceRight);
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

    static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

    private AttributionScores() {
    }

    static boolean matches(Span a, Span b) {
        return 2L * a.overlap(b) >= Math.max(a.length(), b.length()) && a.overlap(b) > 0;
    }

    /** One article's counts. */
    static Counts score(List<Gold> gold, List<Predicted> predicted) {
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
        for (int[] pair : pairs) {
            if (goldUsed[pair[0]] || predUsed[pair[1]]) {
                continue;
            }
            goldUsed[pair[0]] = true;
            predUsed[pair[1]] = true;
            matched++;
            Span source = gold.get(pair[0]).source();
            if (source != null) {
                sourced++;
                Span speaker = predicted.get(pair[1]).speaker();
                right += speaker != null && speaker.overlap(source) > 0 ? 1 : 0;
            }
        }
        return new Counts(gold.size(), predicted.size(), matched, sourced, right);
    }
}
