package org.newsift.models.claims;

import org.newsift.models.BinaryModelTrainer;
import org.newsift.models.finetune.FineTunedClassifier;
import org.newsift.models.finetune.FineTuner;
import org.newsift.models.finetune.ModelCard;
import org.newsift.models.finetune.Reliability;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code newsift train claims}: fine-tunes the {@link CheckWorthiness} model through the project's one fine-tuning
 * path on ClaimBuster's {@code kfold_25ncs.json}, split by the hash of the sentence id as
 * {@link BinaryModelTrainer} splits: buckets 30-99 train, 20-29 calibrate and choose the threshold for
 * precision {@value #PRECISION}, 0-19 are dev (scored here into the card, and by {@code eval/run}). Deterministic.
 */
public final class ClaimTrainer {
    /** The calibration precision the shipped threshold is chosen for. */
    static final double PRECISION = 0.93;
    /** Wordpieces read of a sentence: nearly every news sentence fits, and attention costs grow with the square. */
    public static final int MAX_LENGTH = 64;
    /**
     * Encoder layers kept (0: all six). Fewer would cost less, but two layers scored a bond rating and a filing
     * deadline as high as a killing (docs/models.md, checkworthy-minilm-1, Cost): all six ship.
     */
    public static final int LAYERS = 0;
    static final List<String> LABELS = List.of("not check-worthy", "check-worthy");

    private ClaimTrainer() {
    }

    public static ModelCard train(Path dataDir, FineTuner.Settings settings, Path out, PrintStream log)
            throws IOException, InterruptedException {
        List<BinaryModelTrainer.Example> all = ClaimData.claimBuster(dataDir.resolve(ClaimData.CLAIMBUSTER));
        List<FineTuner.Example> train = part(all, BinaryModelTrainer.CALIBRATION_END, 100);
        List<FineTuner.Example> calibration = part(all, BinaryModelTrainer.DEV_END, BinaryModelTrainer.CALIBRATION_END);
        List<FineTuner.Example> dev = part(all, 0, BinaryModelTrainer.DEV_END);
        log.printf(Locale.ROOT, "[train] ClaimBuster: train %d (%d check-worthy), calibration %d (%d), dev %d (%d)%n",
                train.size(), positives(train), calibration.size(), positives(calibration), dev.size(), positives(dev));
        ModelCard card = new FineTuner(settings).train(CheckWorthiness.NAME, LABELS, train, calibration, PRECISION, out);
        return withDevScores(card, dev, out, log);
    }

    /** Scores the dev part at the shipped threshold and records it in the card beside the calibration scores. */
    private static ModelCard withDevScores(ModelCard card, List<FineTuner.Example> dev, Path out, PrintStream log)
            throws IOException {
        FineTunedClassifier model = FineTunedClassifier.fromDirectory(out);
        double[] p = model.probabilities(dev.stream().map(e -> new FineTunedClassifier.TextPair(e.first(), null)).toList());
        boolean[] yes = new boolean[dev.size()];
        for (int i = 0; i < yes.length; i++) {
            yes[i] = dev.get(i).label() == 1;
        }
        Reliability reliability = new Reliability(p, yes);
        BinaryModelTrainer.Scores s = BinaryModelTrainer.score(p, yes, card.threshold());
        Map<String, Object> scores = new LinkedHashMap<>(card.scores());
        Map<String, Object> devScores = new LinkedHashMap<>(reliability.summary(card.threshold()));
        devScores.put("f1_at_threshold", Math.round(s.f1() * 10000) / 10000.0);
        devScores.put("examples", dev.size());
        scores.put("dev", devScores);
        log.printf(Locale.ROOT, "[train] dev (buckets 0-19) at threshold %.2f: P %.3f R %.3f F1 %.3f%n%s%n",
                card.threshold(), s.precision(), s.recall(), s.f1(), reliability.table());
        ModelCard scored = card.with(card.calibration(), card.threshold(), scores);
        scored.write(out.resolve(ModelCard.FILE));
        return scored;
    }

    static List<FineTuner.Example> part(List<BinaryModelTrainer.Example> all, int from, int to) {
        return all.stream().filter(e -> e.bucket() >= from && e.bucket() < to)
                .map(e -> new FineTuner.Example(e.text(), null, e.yes() ? 1 : 0)).toList();
    }

    private static long positives(List<FineTuner.Example> examples) {
        return examples.stream().filter(e -> e.label() == 1).count();
    }
}
