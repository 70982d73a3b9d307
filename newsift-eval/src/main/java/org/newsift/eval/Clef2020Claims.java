package org.newsift.eval;

import org.newsift.models.claims.CheckWorthiness;
import org.newsift.models.claims.ClaimData;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * {@code claims.clef2020.map}: the built-in check-worthiness model (trained on ClaimBuster only, never on CLEF)
 * ranks the sentences of CLEF CheckThat! 2020 task 5's {@code train.tsv} by check-worthiness; the
 * metric is the mean average precision over segments. The shared file has no debate ids (only
 * {@code text<TAB>label}, debates one after another), so the segments stand in for debates: blocks
 * of {@value #SEGMENT} consecutive lines; segments without a check-worthy line are left out, as
 * CheckThat! leaves out debates without one. CI: the first {@value #CI_LINES} lines; {@code --full}:
 * all 42,776.
 */
public final class Clef2020Claims implements EvalTask {
    static final String MAP = "claims.clef2020.map";
    static final int SEGMENT = 1000;
    static final int CI_LINES = 10_000;
    /** Lines per model call: the model batches them by length within a call. */
    private static final int CHUNK = 64;

    @Override
    public String name() {
        return "clef2020_claims";
    }

    @Override
    public List<String> metrics() {
        return List.of(MAP);
    }

    @Override
    public List<Path> requiredData() {
        return List.of(ClaimData.CLEF2020);
    }

    @Override
    public void run(EvalContext ctx, MetricSink out) throws Exception {
        List<ClaimData.Line> lines = ClaimData.clef(ctx.dataDir().resolve(ClaimData.CLEF2020));
        if (!ctx.full()) {
            lines = lines.subList(0, Math.min(CI_LINES, lines.size()));
        }
        double[] p = probabilities(ctx, lines.stream().map(ClaimData.Line::text).toList());
        List<Double> aps = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += SEGMENT) {
            int to = Math.min(lines.size(), from + SEGMENT);
            double ap = averagePrecision(lines.subList(from, to), Arrays.copyOfRange(p, from, to));
            if (!Double.isNaN(ap)) {
                aps.add(ap);
            }
        }
        double map = aps.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        System.err.printf("[%s] %s: %d lines, %d check-worthy, %d segments of %d lines with one or more: MAP %.4f%n",
                name(), ctx.full() ? "full" : "CI subset", lines.size(), lines.stream().filter(ClaimData.Line::checkworthy).count(),
                aps.size(), SEGMENT, map);
        out.put(MAP, map);
    }

    /** The built-in model's probabilities, in chunks of {@value #CHUNK} lines on the context's threads. */
    private double[] probabilities(EvalContext ctx, List<String> texts) throws InterruptedException {
        CheckWorthiness model = CheckWorthiness.builtIn();
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += CHUNK) {
            chunks.add(texts.subList(from, Math.min(texts.size(), from + CHUNK)));
        }
        double[] out = new double[texts.size()];
        int at = 0;
        for (double[] p : ctx.map(name(), chunks, model::probabilities)) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** Average precision of ranking the lines by score (ties in file order); NaN without a positive. */
    static double averagePrecision(List<ClaimData.Line> lines, double[] score) {
        Integer[] order = new Integer[lines.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
        int hits = 0;
        double sum = 0;
        for (int rank = 0; rank < order.length; rank++) {
            if (lines.get(order[rank]).checkworthy()) {
                hits++;
                sum += (double) hits / (rank + 1);
            }
        }
        return hits == 0 ? Double.NaN : sum / hits;
    }
}
