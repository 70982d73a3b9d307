package org.newsift.models.sentence;

import org.newsift.encoding.SentenceReading;
import org.newsift.models.BinaryExamples;
import org.newsift.models.bias.BabeData;
import org.newsift.models.claims.ClaimData;
import org.newsift.models.finetune.FineTunedClassifier;
import org.newsift.models.finetune.FineTuner;
import org.newsift.models.finetune.ModelCard;
import org.newsift.models.finetune.Reliability;
import org.newsift.models.rhetoric.PtcCorpus;
import org.newsift.models.rhetoric.RhetoricTrainer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code newsift train sentence}: the {@link SentenceModel}, one all-MiniLM-L6-v2 fine-tuned with three heads at
 * once through the project's one fine-tuning path (docs/models.md): {@code spans} (a token head, persuasion spans
 * of the PTC training articles, plus Reuters-21578 wire sentences with none), {@code claims} (check-worthiness,
 * ClaimBuster) and {@code bias} (BABE). Each head is then calibrated on its data's calibration part and scored on
 * its dev part. Every corpus is split by its own hash buckets: 30-99 train, 20-29 calibrate, 0-19 dev.
 * Deterministic: the same data and settings give the same files.
 */
public final class SentenceModelTrainer {
    /** The calibration precision the claim threshold is chosen for. */
    static final double CLAIM_PRECISION = 0.93;
    /** The bias score feeds the genre model as a probability; its threshold is only reported. */
    static final double BIAS_PRECISION = 0.8;

    private SentenceModelTrainer() {
    }

    /** Epochs per head: each head's data passes this many times, in one shuffled schedule. */
    public record Epochs(int spans, int claims, int bias) {
    }

    public static SentenceModel train(Path dataDir, FineTuner.Settings settings, Epochs epochs, Path out, PrintStream log)
            throws IOException, InterruptedException {
        List<PtcCorpus.Article> ptc = PtcCorpus.read(dataDir.resolve(PtcCorpus.DIR));
        List<FineTuner.TokenExample> spans = new ArrayList<>();
        RhetoricTrainer.trainingArticles(ptc).forEach(a -> spans.addAll(RhetoricTrainer.tokenExamples(a)));
        int ptcLines = spans.size();
        for (String s : RhetoricTrainer.wireSentences(dataDir.resolve(Path.of("corpora", "reuters21578")))) {
            spans.add(new FineTuner.TokenExample(s, List.of()));
        }
        List<BinaryExamples.Example> claims = ClaimData.claimBuster(dataDir.resolve(ClaimData.CLAIMBUSTER));
        List<BinaryExamples.Example> bias = BabeData.read(dataDir.resolve(BabeData.FILE));
        log.printf(Locale.ROOT, "[train] spans: %d PTC lines + %d Reuters sentences; claims: %d ClaimBuster sentences; "
                + "bias: %d BABE sentences%n", ptcLines, spans.size() - ptcLines, part(claims, BinaryExamples.CALIBRATION_END, 100).size(),
                part(bias, BinaryExamples.CALIBRATION_END, 100).size());
        ModelCard whole = new FineTuner(settings).trainHeads(SentenceModel.NAME, List.of(
                FineTuner.Head.tokens(SentenceModel.SPANS, spans, epochs.spans()),
                FineTuner.Head.sequence(SentenceModel.CLAIMS, SentenceModel.CLAIM_LABELS, examples(part(claims, BinaryExamples.CALIBRATION_END, 100)),
                        epochs.claims(), true),
                FineTuner.Head.sequence(SentenceModel.BIAS, SentenceModel.BIAS_LABELS, examples(part(bias, BinaryExamples.CALIBRATION_END, 100)),
                        epochs.bias(), true)), out);
        return calibrate(dataDir, whole, out, log);
    }

    /**
     * Calibrates each head of the trained model in {@code out} on its data's calibration part, scores it on dev,
     * and writes the heads' cards beside the model.
     */
    static SentenceModel calibrate(Path dataDir, ModelCard whole, Path out, PrintStream log) throws IOException {
        List<PtcCorpus.Article> ptc = PtcCorpus.read(dataDir.resolve(PtcCorpus.DIR));
        List<BinaryExamples.Example> claims = ClaimData.claimBuster(dataDir.resolve(ClaimData.CLAIMBUSTER));
        List<BinaryExamples.Example> bias = BabeData.read(dataDir.resolve(BabeData.FILE));
        FineTunedClassifier raw = FineTunedClassifier.fromDirectory(out);
        ModelCard spanCard = RhetoricTrainer.calibrateSpans(head(whole, SentenceModel.SPANS, List.of("outside", "inside")),
                texts -> raw.read(texts).stream().map(r -> FineTunedClassifier.TokenScores.of(r, SentenceModel.SPANS)).toList(),
                RhetoricTrainer.calibrationArticles(ptc), log);
        spanCard.write(out.resolve(SentenceModel.SPANS + ".json"));
        binaryHead(raw, head(whole, SentenceModel.CLAIMS, SentenceModel.CLAIM_LABELS), claims, CLAIM_PRECISION, log)
                .write(out.resolve(SentenceModel.CLAIMS + ".json"));
        binaryHead(raw, head(whole, SentenceModel.BIAS, SentenceModel.BIAS_LABELS), bias, BIAS_PRECISION, log)
                .write(out.resolve(SentenceModel.BIAS + ".json"));
        return SentenceModel.fromDirectory(out);
    }

    /** A head's card: the model's card with the head's name and labels. */
    private static ModelCard head(ModelCard whole, String name, List<String> labels) {
        return new ModelCard(whole.name() + "/" + name, whole.base(), whole.tokenizer(), whole.maxLength(), labels,
                whole.calibration(), whole.threshold(), whole.training(), Map.of(), null, null);
    }

    /** Calibrates a yes/no head on buckets 20-29 and scores it on 0-19 (dev), at its threshold. */
    private static ModelCard binaryHead(FineTunedClassifier raw, ModelCard card, List<BinaryExamples.Example> all,
                                        double precision, PrintStream log) {
        String head = card.name().substring(card.name().indexOf('/') + 1);
        List<BinaryExamples.Example> calibration = part(all, BinaryExamples.DEV_END, BinaryExamples.CALIBRATION_END);
        ModelCard calibrated = FineTuner.calibrate(card, margins(raw, head, calibration), yes(calibration), precision);
        List<BinaryExamples.Example> dev = part(all, 0, BinaryExamples.DEV_END);
        double[] p = Arrays.stream(margins(raw, head, dev)).map(calibrated.calibration()::probability).toArray();
        boolean[] yes = yes(dev);
        Reliability reliability = new Reliability(p, yes);
        BinaryExamples.Scores s = BinaryExamples.score(p, yes, calibrated.threshold());
        Map<String, Object> scores = new LinkedHashMap<>(calibrated.scores());
        Map<String, Object> devScores = new LinkedHashMap<>(reliability.summary(calibrated.threshold()));
        devScores.put("f1_at_threshold", Math.round(s.f1() * 10000) / 10000.0);
        devScores.put("examples", dev.size());
        scores.put("dev", devScores);
        log.printf(Locale.ROOT, "[train] %s dev (buckets 0-19) at threshold %.2f: P %.3f R %.3f F1 %.3f%n%s%n", head,
                calibrated.threshold(), s.precision(), s.recall(), s.f1(), reliability.table());
        return calibrated.with(calibrated.calibration(), calibrated.threshold(), scores);
    }

    private static double[] margins(FineTunedClassifier raw, String head, List<BinaryExamples.Example> examples) {
        List<SentenceReading> readings = raw.read(examples.stream().map(BinaryExamples.Example::text).toList());
        return readings.stream().mapToDouble(r -> FineTunedClassifier.logOdds(r.sentence().get(head))).toArray();
    }

    private static boolean[] yes(List<BinaryExamples.Example> examples) {
        boolean[] out = new boolean[examples.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = examples.get(i).yes();
        }
        return out;
    }

    private static List<BinaryExamples.Example> part(List<BinaryExamples.Example> all, int from, int to) {
        return all.stream().filter(e -> e.bucket() >= from && e.bucket() < to).toList();
    }

    /** {@code part} as fine-tuning examples (label 1: yes). */
    private static List<FineTuner.Example> examples(List<BinaryExamples.Example> all) {
        return all.stream().map(e -> new FineTuner.Example(e.text(), null, e.yes() ? 1 : 0)).toList();
    }
}
