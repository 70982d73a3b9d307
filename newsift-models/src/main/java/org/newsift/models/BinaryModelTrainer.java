package org.newsift.models;

import org.newsift.encoding.SentenceEncoder;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains a {@link BinarySentenceModel} on labelled sentences split by hash bucket (0-99, from
 * {@link NgecSynthetic#bucket} of the text or an id): buckets 30-99 fit the weights, 20-29 choose the
 * L2 strength and the threshold (the one with the best F1 there, step 0.05), 0-19 are the dev part,
 * only scored (the evaluation scores the same part). Deterministic: no randomness at all.
 */
public final class BinaryModelTrainer {
    static final double[] L2_CANDIDATES = {1e-3, 1e-2, 1e-1};
    public static final int DEV_END = 20;
    public static final int CALIBRATION_END = 30;

    private BinaryModelTrainer() {
    }

    /** A sentence, its label and its split bucket. */
    public record Example(String text, boolean yes, int bucket) {
    }

    /** The model and what is worth printing and writing into the weights file. */
    public record Result(BinarySentenceModel model, List<String> report) {
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

    public static Result train(String name, List<Example> examples, SentenceEncoder encoder, PrintStream log) {
        List<String> report = new ArrayList<>();
        long t0 = System.nanoTime();
        float[][] x = new float[examples.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = encoder.encode(examples.get(i).text()).pooled();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        report.add(String.format(Locale.ROOT, "embedded %d sentences in %.1f s (%.1f ms each)", x.length, seconds,
                1000 * seconds / Math.max(1, x.length)));
        List<Integer> fit = new ArrayList<>();
        List<Integer> cal = new ArrayList<>();
        List<Integer> dev = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            int b = examples.get(i).bucket();
            (b < DEV_END ? dev : b < CALIBRATION_END ? cal : fit).add(i);
        }
        report.add(String.format(Locale.ROOT, "split: %d fit (buckets 30-99, %d yes), %d calibration (20-29, %d yes), %d dev (0-19, %d yes)",
                fit.size(), yesCount(examples, fit), cal.size(), yesCount(examples, cal), dev.size(), yesCount(examples, dev)));
        float[][] fx = fit.stream().map(i -> x[i]).toArray(float[][]::new);
        int[] fy = fit.stream().mapToInt(i -> examples.get(i).yes() ? 1 : 0).toArray();
        BinarySentenceModel best = null;
        double bestF1 = -1;
        for (double l2 : L2_CANDIDATES) {
            SoftmaxRegression head = SoftmaxRegression.fit(fx, fy, 2, SoftmaxRegression.Options.DEFAULT.withL2(l2));
            BinarySentenceModel m = new BinarySentenceModel(name, head, 0.5);
            double[] p = probabilities(m, x, cal);
            boolean[] y = labels(examples, cal);
            double threshold = 0.5;
            Scores bestAtL2 = score(p, y, threshold);
            for (int step = 1; step <= 19; step++) {
                Scores s = score(p, y, 0.05 * step);
                if (s.f1() > bestAtL2.f1()) {
                    bestAtL2 = s;
                    threshold = 0.05 * step;
                }
            }
            report.add(String.format(Locale.ROOT, "l2=%g: calibration F1 %.3f at threshold %.2f", l2, bestAtL2.f1(), threshold));
            if (bestAtL2.f1() > bestF1) {
                bestF1 = bestAtL2.f1();
                best = m.withThreshold(threshold);
            }
        }
        Scores d = score(probabilities(best, x, dev), labels(examples, dev), best.threshold());
        report.add(String.format(Locale.ROOT, "threshold %.2f; dev (buckets 0-19): precision %.3f recall %.3f F1 %.3f",
                best.threshold(), d.precision(), d.recall(), d.f1()));
        report.forEach(l -> log.println("[train] " + l));
        return new Result(best, report);
    }

    private static long yesCount(List<Example> ex, List<Integer> idx) {
        return idx.stream().filter(i -> ex.get(i).yes()).count();
    }

    private static double[] probabilities(BinarySentenceModel m, float[][] x, List<Integer> idx) {
        return idx.stream().mapToDouble(i -> m.head().probabilities(x[i])[1]).toArray();
    }

    private static boolean[] labels(List<Example> ex, List<Integer> idx) {
        boolean[] y = new boolean[idx.size()];
        for (int k = 0; k < y.length; k++) {
            y[k] = ex.get(idx.get(k)).yes();
        }
        return y;
    }

    /** Writes the weights with the report and a header as comments. */
    public static void write(Result r, List<String> header, Path out) throws IOException {
        List<String> comments = new ArrayList<>(header);
        comments.addAll(r.report());
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, r.model().write(comments));
    }
}
