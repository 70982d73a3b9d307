package org.newsift.eval;

import org.newsift.models.claims.CheckWorthiness;

import java.util.ArrayList;
import java.util.List;

/** The built-in check-worthiness model's probabilities for many sentences, in chunks on the context's threads. */
final class CheckWorthinessScores {
    /** Sentences per call: the model batches them by length within a call. */
    private static final int CHUNK = 64;

    private CheckWorthinessScores() {
    }

    static double[] probabilities(EvalContext ctx, String label, List<String> texts) throws InterruptedException {
        CheckWorthiness model = CheckWorthiness.builtIn();
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += CHUNK) {
            chunks.add(texts.subList(from, Math.min(texts.size(), from + CHUNK)));
        }
        List<double[]> scored = ctx.map(label, chunks, model::probabilities);
        double[] out = new double[texts.size()];
        int at = 0;
        for (double[] p : scored) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
