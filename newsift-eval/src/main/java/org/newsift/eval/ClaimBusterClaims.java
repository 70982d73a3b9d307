package org.newsift.eval;

import org.newsift.models.claims.ClaimData;
import org.newsift.models.claims.ClaimModel;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code claims.claimbuster.f1}: F1 of the check-worthy class for the built-in claim model at its
 * threshold, on the dev part of ClaimBuster's kfold_25ncs.json (sentence-id hash buckets 0-19, which
 * training never fits on; about 1,940 sentences, all of them in CI too).
 */
public final class ClaimBusterClaims implements EvalTask {
    static final String F1 = "claims.claimbuster.f1";

    @Override
    public String name() {
        return "claimbuster_claims";
    }

    @Override
    public List<String> metrics() {
        return List.of(F1);
    }

    @Override
    public List<Path> requiredData() {
        return List.of(ClaimData.CLAIMBUSTER);
    }

    @Override
    public void run(EvalContext ctx, MetricSink out) throws Exception {
        out.put(F1, SentenceModelScores.dev(ctx, name(), ClaimModel.builtIn(),
                ClaimData.claimBuster(ctx.dataDir().resolve(ClaimData.CLAIMBUSTER))).f1());
    }
}
