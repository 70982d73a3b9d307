package org.newsift.models.finetune;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How far calibrated scores can be trusted on dev data: per score band, how many examples and what share of
 * them is right (a reliability table), the expected calibration error, and the threshold chosen for precision.
 */
public final class Reliability {
    /** Band edges: [0, 0.2), [0.2, 0.4), [0.4, 0.6), [0.6, 0.8), [0.8, 1]. */
    static final double[] EDGES = {0, 0.2, 0.4, 0.6, 0.8, 1.0};
    /** A threshold is only chosen where at least this many dev examples score at or above it. */
    private static final int MIN_SUPPORT = 5;

    private final double[] scores;
    private final boolean[] right;

    public Reliability(double[] scores, boolean[] right) {
        this.scores = scores.clone();
        this.right = right.clone();
    }

    static Reliability of(Calibration c, double[] margins, boolean[] right) {
        return new Reliability(Arrays.stream(margins).map(c::probability).toArray(), right);
    }

    public record Band(double from, double to, int count, int right, double meanScore) {
        public double precision() {
            return count == 0 ? Double.NaN : (double) right / count;
        }
    }

    public List<Band> bands() {
        List<Band> out = new ArrayList<>();
        for (int b = 0; b + 1 < EDGES.length; b++) {
            int n = 0, r = 0;
            double sum = 0;
            for (int i = 0; i < scores.length; i++) {
                if (band(scores[i]) == b) {
                    n++;
                    r += right[i] ? 1 : 0;
                    sum += scores[i];
                }
            }
            out.add(new Band(EDGES[b], EDGES[b + 1], n, r, n == 0 ? Double.NaN : sum / n));
        }
        return out;
    }

    private static int band(double score) {
        for (int b = EDGES.length - 2; b > 0; b--) {
            if (score >= EDGES[b]) {
                return b;
            }
        }
        return 0;
    }

    /** Expected calibration error: the count-weighted gap between mean score and share right, over the bands. */
    public double ece() {
        double sum = 0;
        for (Band b : bands()) {
            sum += b.count() == 0 ? 0 : b.count() * Math.abs(b.meanScore() - b.precision());
        }
        return scores.length == 0 ? 0 : sum / scores.length;
    }

    /** Share right among examples scoring at least {@code t}, and their number. */
    public double precisionAt(double t) {
        int n = 0, r = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= t) {
                n++;
                r += right[i] ? 1 : 0;
            }
        }
        return n == 0 ? Double.NaN : (double) r / n;
    }

    public double recallAt(double t) {
        int pos = 0, hit = 0;
        for (int i = 0; i < scores.length; i++) {
            pos += right[i] ? 1 : 0;
            hit += right[i] && scores[i] >= t ? 1 : 0;
        }
        return pos == 0 ? Double.NaN : (double) hit / pos;
    }

    /**
     * The lowest score (rounded down to a hundredth) at or above which at least {@code precision} of the dev
     * examples are right (with at least {@value #MIN_SUPPORT} of them); 1.0 when no such score exists, which
     * silences the model rather than letting it speak below the precision asked for.
     */
    public double thresholdFor(double precision) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]));
        double best = 1.0;
        int n = 0, r = 0;
        for (int k = 0; k < order.length; k++) {
            n++;
            r += right[order[k]] ? 1 : 0;
            boolean tieNext = k + 1 < order.length && scores[order[k + 1]] == scores[order[k]];
            if (!tieNext && n >= MIN_SUPPORT && (double) r / n >= precision) {
                best = scores[order[k]];
            }
        }
        return Math.min(1.0, Math.floor(best * 100) / 100);
    }

    /** The numbers a model card records. */
    public Map<String, Object> summary(double threshold) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ece", round(ece()));
        out.put("threshold", threshold);
        out.put("precision_at_threshold", round(precisionAt(threshold)));
        out.put("recall_at_threshold", round(recallAt(threshold)));
        out.put("precision_at_0.8", round(precisionAt(0.8)));
        List<Map<String, Object>> table = new ArrayList<>();
        for (Band b : bands()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("band", String.format(Locale.ROOT, "%.1f-%.1f", b.from(), b.to()));
            row.put("count", b.count());
            row.put("right", b.right());
            table.add(row);
        }
        out.put("reliability", table);
        return out;
    }

    /** The reliability table as text, for logs and docs. */
    public String table() {
        StringBuilder sb = new StringBuilder("band       count  right  share right  mean score\n");
        for (Band b : bands()) {
            sb.append(String.format(Locale.ROOT, "%.1f-%.1f  %6d  %5d  %11s  %10s%n", b.from(), b.to(), b.count(), b.right(),
                    b.count() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", b.precision()),
                    b.count() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", b.meanScore())));
        }
        return sb.append(String.format(Locale.ROOT, "ECE %.4f", ece())).toString();
    }

    private static double round(double v) {
        return Double.isNaN(v) ? -1 : Math.round(v * 10000) / 10000.0;
    }
}
