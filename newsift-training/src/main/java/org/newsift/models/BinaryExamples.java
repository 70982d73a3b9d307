package org.newsift.models;

/**
 * Sentences labelled yes or no (check-worthy, biased), split by hash bucket (0-99, from {@link NgecSynthetic#bucket}
 * of the text or an id): buckets 30-99 train, 20-29 calibrate and choose the threshold, 0-19 are the dev part, only
 * scored (the evaluation scores the same part); and how a yes/no model scores on them.
 */
public final class BinaryExamples {
    public static final int DEV_END = 20;
    public static final int CALIBRATION_END = 30;

    private BinaryExamples() {
    }

    /** A sentence, its label and its split bucket. */
    public record Example(String text, boolean yes, int bucket) {
    }

    /** Precision, recall and F1 of the "yes" class. */
    public record Scores(double precision, double recall, double f1) {
        static Scores of(int tp, int fp, int fn) {
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            return new Scores(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    /** Scores of probabilities against labels at a threshold. */
    public static Scores score(double[] probability, boolean[] yes, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < yes.length; i++) {
            boolean predicted = probability[i] >= threshold;
            tp += predicted && yes[i] ? 1 : 0;
            fp += predicted && !yes[i] ? 1 : 0;
            fn += !predicted && yes[i] ? 1 : 0;
        }
        return Scores.of(tp, fp, fn);
    }
}
