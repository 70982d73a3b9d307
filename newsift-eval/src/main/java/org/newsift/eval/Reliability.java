package org.newsift.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reliability table: judged predictions grouped by confidence into the bands [0,0.2), [0.2,0.4),
 * [0.4,0.6), [0.6,0.8) and [0.8,1.0], with the share right in each, and the expected calibration error
 * over those bands.
 */
final class Reliability {
    /** Lower bounds of the bands; written out rather than computed so that 0.6 is exactly a bound. */
    private static final double[] LOWER = {0.0, 0.2, 0.4, 0.6, 0.8};
    private final int[] count = new int[LOWER.length];
    private final int[] right = new int[LOWER.length];
    private final double[] confidenceSum = new double[LOWER.length];

    /** One band: [lower, upper), the last one closed at 1. */
    record Band(double lower, double upper, int count, int right, double meanConfidence) {
        /** Share right; 0 for an empty band. */
        double accuracy() {
            return count == 0 ? 0.0 : (double) right / count;
        }
    }

    Reliability add(double confidence, boolean isRight) {
        int b = LOWER.length - 1;
        while (b > 0 && confidence < LOWER[b]) {
            b--;
        }
        count[b]++;
        right[b] += isRight ? 1 : 0;
        confidenceSum[b] += confidence;
        return this;
    }

    List<Band> bands() {
        List<Band> out = new ArrayList<>();
        for (int b = 0; b < LOWER.length; b++) {
            double upper = b + 1 < LOWER.length ? LOWER[b + 1] : 1.0;
            out.add(new Band(LOWER[b], upper, count[b], right[b], count[b] == 0 ? 0.0 : confidenceSum[b] / count[b]));
        }
        return out;
    }

    int total() {
        int n = 0;
        for (int c : count) {
            n += c;
        }
        return n;
    }

    /** Share right among predictions with confidence ≥ 0.8 (the top band); 0 when there are none. */
    double precisionAtTopBand() {
        return bands().get(LOWER.length - 1).accuracy();
    }

    /** Σ over bands of (band count / total) × |share right − mean confidence|; 0 when nothing was added. */
    double expectedCalibrationError() {
        int n = total();
        return n == 0 ? 0.0 : bands().stream()
                .mapToDouble(b -> (double) b.count() / n * Math.abs(b.accuracy() - b.meanConfidence())).sum();
    }

    /** The table as text, one band a line, each line starting with {@code prefix}. */
    String table(String prefix) {
        StringBuilder sb = new StringBuilder(prefix + "confidence   events  right  share  mean confidence\n");
        for (Band b : bands()) {
            sb.append(String.format(Locale.ROOT, "%s[%.1f,%.1f%s %6d %6d  %5.3f  %5.3f%n", prefix, b.lower(), b.upper(),
                    b.upper() == 1.0 ? "]" : ")", b.count(), b.right(), b.accuracy(), b.meanConfidence()));
        }
        return sb.toString();
    }
}
