package org.newsift.eval;

import org.newsift.models.BinaryModelTrainer;
import org.newsift.models.BinaryModelTrainer.Example;
import org.newsift.models.BinarySentenceModel;
import org.newsift.models.encoder.MiniLmSentenceEncoder;

import java.util.List;

/** Scores a built-in yes/no sentence model on the dev part (buckets 0-19) of its data, as its trainer split it. */
final class SentenceModelScores {
    private SentenceModelScores() {
    }

    /** The model's probability for each text, embedded on the context's threads. */
    static double[] probabilities(EvalContext ctx, String label, BinarySentenceModel model, List<String> texts)
            throws InterruptedException {
        MiniLmSentenceEncoder encoder = MiniLmSentenceEncoder.shared();
        List<Double> p = ctx.map(label, texts, t -> model.probability(encoder.encode(t).pooled()));
        return p.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Precision, recall and F1 of the model at its threshold on the dev examples. */
    static BinaryModelTrainer.Scores dev(EvalContext ctx, String label, BinarySentenceModel model, List<Example> all)
            throws InterruptedException {
        List<Example> dev = all.stream().filter(e -> e.bucket() < BinaryModelTrainer.DEV_END).toList();
        double[] p = probabilities(ctx, label, model, dev.stream().map(Example::text).toList());
        boolean[] yes = new boolean[dev.size()];
        for (int i = 0; i < yes.length; i++) {
            yes[i] = dev.get(i).yes();
        }
        BinaryModelTrainer.Scores s = BinaryModelTrainer.score(p, yes, model.threshold());
        System.err.printf("[%s] dev (buckets 0-19): %d sentences, %d yes; threshold %.2f: precision %.3f recall %.3f F1 %.3f%n",
                label, dev.size(), dev.stream().filter(Example::yes).count(), model.threshold(), s.precision(), s.recall(), s.f1());
        return s;
    }
}
