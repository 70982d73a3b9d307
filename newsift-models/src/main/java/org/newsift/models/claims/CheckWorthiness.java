package org.newsift.models.claims;

import org.newsift.models.finetune.FineTunedClassifier;

import java.util.List;

/**
 * The check-worthiness model (docs/models.md): a fine-tuned MiniLM reads a sentence and gives the calibrated
 * probability that it is a check-worthy factual claim (ClaimBuster's CFS class). Trained by
 * {@code newsift train claims} ({@link ClaimTrainer}). Thread-safe.
 */
public final class CheckWorthiness {
    public static final String NAME = "checkworthy-minilm-1";
    static final String BUILT_IN = "/org/newsift/models/claims/checkworthy/model";

    private final FineTunedClassifier model;

    public CheckWorthiness(FineTunedClassifier model) {
        this.model = model;
    }

    /** The model that ships with newsift. */
    public static CheckWorthiness builtIn() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final CheckWorthiness INSTANCE = new CheckWorthiness(FineTunedClassifier.fromResources(BUILT_IN));
    }

    public String name() {
        return model.card().name();
    }

    /** The threshold chosen for precision on the calibration part when the model was trained. */
    public double defaultThreshold() {
        return model.card().threshold();
    }

    /** The calibrated probability that each sentence is a check-worthy claim, in batches of similar length. */
    public double[] probabilities(List<String> sentences) {
        return model.probabilities(sentences.stream().map(s -> new FineTunedClassifier.TextPair(s, null)).toList());
    }
}
