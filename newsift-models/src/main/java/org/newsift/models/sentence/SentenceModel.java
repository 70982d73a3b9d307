package org.newsift.models.sentence;

import org.newsift.encoding.SentenceReading;
import org.newsift.models.ModelFiles;
import org.newsift.models.finetune.FineTunedClassifier;
import org.newsift.models.finetune.ModelCard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentence model (docs/models.md, sentence-minilm-1): one fine-tuned MiniLM that reads each sentence once and
 * gives three heads: persuasion spans (a token head, for the rhetoric stage), check-worthiness (claims) and bias
 * (for the genre). Each head has its own card ({@code HEAD.json}: labels, calibration, threshold, scores) beside the
 * model's ({@code model.json}: tokenizer, length limit, training). Trained by {@code newsift train sentence}
 * (newsift-training's {@code SentenceModelTrainer}). Thread-safe; load once.
 */
public final class SentenceModel {
    public static final String NAME = "sentence-minilm-1";
    public static final String SPANS = "spans";
    public static final String CLAIMS = "claims";
    public static final String BIAS = "bias";
    static final List<String> CLAIM_LABELS = List.of("not check-worthy", "check-worthy");
    static final List<String> BIAS_LABELS = List.of("non-biased", "biased");
    private static final String BUILT_IN = "/org/newsift/models/sentence/";
    private static final List<String> HEADS = List.of(SPANS, CLAIMS, BIAS);

    private final FineTunedClassifier model;
    private final Map<String, ModelCard> heads;

    private SentenceModel(FineTunedClassifier model, Map<String, ModelCard> heads) {
        this.model = model;
        this.heads = Map.copyOf(heads);
    }

    /** The model that ships with newsift. */
    public static SentenceModel builtIn() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final SentenceModel INSTANCE = fromResources();
    }

    private static SentenceModel fromResources() {
        Map<String, ModelCard> heads = new LinkedHashMap<>();
        for (String head : HEADS) {
            try (InputStream in = ModelFiles.open(SentenceModel.class, BUILT_IN + head + ".json")) {
                if (in == null) {
                    throw new IOException(BUILT_IN + head + ".json is not on the classpath");
                }
                heads.put(head, ModelCard.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in sentence model", e);
            }
        }
        return new SentenceModel(FineTunedClassifier.fromResources(BUILT_IN + "model"), heads);
    }

    /** The model in {@code dir}, as newsift-training's {@code SentenceModelTrainer} writes it. */
    public static SentenceModel fromDirectory(Path dir) throws IOException {
        Map<String, ModelCard> heads = new LinkedHashMap<>();
        for (String head : HEADS) {
            try (InputStream in = Files.newInputStream(dir.resolve(head + ".json"))) {
                heads.put(head, ModelCard.read(in));
            }
        }
        return new SentenceModel(FineTunedClassifier.fromDirectory(dir), heads);
    }

    public String name() {
        return model.card().name();
    }

    /** A head's card: its labels, calibration, threshold and scores. */
    public ModelCard head(String name) {
        ModelCard card = heads.get(name);
        if (card == null) {
            throw new IllegalArgumentException("the sentence model has no head " + name + "; it has " + HEADS);
        }
        return card;
    }

    /** Each sentence read once, with every head's logits, in batches of similar length. */
    public List<SentenceReading> read(List<String> sentences) {
        return model.read(sentences);
    }

    /** The calibrated probability of a yes/no sentence head's positive label. */
    public double probability(String head, SentenceReading reading) {
        return head(head).calibration().probability(FineTunedClassifier.logOdds(reading.sentence().get(head)));
    }
}
