package org.newsift.eval;

import org.newsift.models.BinaryExamples;
import org.newsift.models.BinaryExamples.Example;
import org.newsift.models.claims.CheckWorthiness;
import org.newsift.models.claims.ClaimData;

import java.nio.file.Path;
import java.util.List;

/**
 * The built-in check-worthiness model at its shipped threshold on the dev part of ClaimBuster's
 * kfold_25ncs.json (sentence-id hash buckets 0-19, which training neither fits nor calibrates on; about 1,940
 * sentences, all of them in CI too): {@code claims.claimbuster.f1}, F1 of the check-worthy class, and
 * {@code claims.claimbuster.precision}. The model alone: the claim stage's filters (questions, opinions,
 * predictions, fragments) need a parse, which these bare sentences lack.
 */
public final class ClaimBusterClaims implements EvalTask {
    static final String F1 = "claims.claimbuster.f1";
    static final String PRECISION = "claims.claimbuster.precision";

    @Override
    public String name() {
        return "claimbuster_claims";
    }

    @Override
    public List<String> metrics() {
        return List.of(F1, PRECISION);
    }

    @Override
    public List<Path> requiredData() {
        return List.of(ClaimData.CLAIMBUSTER);
    }

    @Override
    public void run(EvalContext ctx, MetricSink out) throws Exception {
        List<Example> dev = ClaimData.claimBuster(ctx.dataDir().resolve(ClaimData.CLAIMBUSTER)).stream()
                .filter(e -> e.bucket() < BinaryExamples.DEV_END).toList();
        // one call, as the trainer scores the dev part: the int8 products quantize a batch's inputs together, so
        // other batches would move scores near the threshold a little
        double[] p = CheckWorthiness.builtIn().probabilities(dev.stream().map(Example::text).toList());
        boolean[] yes = new boolean[dev.size()];
        for (int i = 0; i < yes.length; i++) {
            yes[i] = dev.get(i).yes();
        }
        double threshold = CheckWorthiness.builtIn().defaultThreshold();
        BinaryExamples.Scores s = BinaryExamples.score(p, yes, threshold);
        System.err.printf("[%s] dev (buckets 0-19): %d sentences, %d check-worthy; threshold %.2f: precision %.3f "
                        + "recall %.3f F1 %.3f%n", name(), dev.size(), dev.stream().filter(Example::yes).count(), threshold,
                s.precision(), s.recall(), s.f1());
        out.put(F1, s.f1());
        out.put(PRECISION, s.precision());
    }
}
