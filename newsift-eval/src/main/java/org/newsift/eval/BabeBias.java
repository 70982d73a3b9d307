package org.newsift.eval;

import org.newsift.models.bias.BabeData;
import org.newsift.models.bias.BiasModel;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code bias.babe.f1}: F1 of the Biased class for the built-in bias model at its threshold, on the
 * dev part of BABE's babe_sg2_dev.csv (sentence-hash buckets 0-19, never fitted on; 539 of the 2,568
 * agreed sentences, all of them in CI too).
 */
public final class BabeBias implements EvalTask {
    static final String F1 = "bias.babe.f1";

    @Override
    public String name() {
        return "babe_bias";
    }

    @Override
    public List<String> metrics() {
        return List.of(F1);
    }

    @Override
    public List<Path> requiredData() {
        return List.of(BabeData.FILE);
    }

    @Override
    public void run(EvalContext ctx, MetricSink out) throws Exception {
        out.put(F1, SentenceModelScores.dev(ctx, name(), BiasModel.builtIn(), BabeData.read(ctx.dataDir().resolve(BabeData.FILE))).f1());
    }
}
