package org.newsift.models.claims;

import org.newsift.encoding.SentenceReading;
import org.newsift.models.sentence.SentenceModel;

import java.util.List;

/**
 * Check-worthiness (docs/models.md): the {@code claims} head of the {@link SentenceModel} gives the calibrated
 * probability that a sentence is a check-worthy factual claim (ClaimBuster's CFS class). Trained by
 * {@code newsift train sentence}. Thread-safe.
 */
public final class CheckWorthiness {
    private final SentenceModel model;

    public CheckWorthiness(SentenceModel model) {
        this.model = model;
    }

    /** The head of the model that ships with newsift. */
    public static CheckWorthiness builtIn() {
        return new CheckWorthiness(SentenceModel.builtIn());
    }

    public String name() {
        return model.head(SentenceModel.CLAIMS).name();
    }

    /** The threshold chosen for precision on the calibration part when the model was trained. */
    public double defaultThreshold() {
        return model.head(SentenceModel.CLAIMS).threshold();
    }

    /** The calibrated probability that the sentence the model read is a check-worthy claim. */
    public double probability(SentenceReading reading) {
        return model.probability(SentenceModel.CLAIMS, reading);
    }

    /** The calibrated probability that each sentence is a check-worthy claim, read by the model here. */
    public double[] probabilities(List<String> sentences) {
        return model.read(sentences).stream().mapToDouble(this::probability).toArray();
    }
}
