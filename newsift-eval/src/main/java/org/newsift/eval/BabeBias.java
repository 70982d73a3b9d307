package org.newsift.eval;

import org.newsift.models.bias.BabeData;
import org.newsift.models.BinaryExamples;
import org.newsift.models.BinaryExamples.Example;
import org.newsift.models.sentence.SentenceModel;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code bias.babe.f1}: F1 of the Biased class for the bias head of the built-in sentence model at its threshold,
 * on the dev part of BABE's babe_sg2_dev.csv (sentence-hash buckets 0-19, never fitted on; 539 of the 2,568
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
        List<Example> dev = BabeData.read(ctx.dataDir().resolve(BabeData.FILE)).stream()
                .filter(e -> e.bucket() < BinaryExamples.DEV_END).toList();
        SentenceModel model = SentenceModel.builtIn();
        double[] p = model.read(dev.stream().map(Example::text).toList()).stream()
                .mapToDouble(r -> model.probability(SentenceModel.BIAS, r)).toArray();
        boolean[] yes = new boolean[dev.size()];
        for (int i = 0; i < yes.length; i++) {
            yes[i] = dev.get(i).yes();
        }
        double threshold = model.head(SentenceModel.BIAS).threshold();
        BinaryExamples.Scores s = BinaryExamples.score(p, yes, threshold);
        System.err.printf(Locale.ROOT, "[%s] dev (buckets 0-19): %d sentences, %d biased; threshold %.2f: precision %.3f "
                + "recall %.3f F1 %.3f%n", name(), dev.size(), dev.stream().filter(Example::yes).count(), threshold,
                s.precision(), s.recall(), s.f1());
        out.put(F1, s.f1());
    }
}
