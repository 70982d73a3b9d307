package org.newsift.models.events;

import org.newsift.model.Event;
import org.newsift.models.finetune.FineTunedClassifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The learned check every rule-coded event candidate passes before it is output: a fine-tuned MiniLM reads
 * the candidate ({@link CandidateText}) and gives the calibrated probability that it is fully right (a
 * literal, asserted act of that type, by that source, on that target). That probability becomes the event's
 * {@code confidence}; candidates below the threshold are not output. Thread-safe.
 */
public final class EventVerifier {
    static final String BUILT_IN = "/org/newsift/models/events/verifier";

    private final FineTunedClassifier model;

    public EventVerifier(FineTunedClassifier model) {
        this.model = model;
    }

    /** The verifier that ships with newsift (docs/models.md). */
    public static EventVerifier builtIn() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final EventVerifier INSTANCE = new EventVerifier(FineTunedClassifier.fromResources(BUILT_IN + "/model"));
    }

    /** The threshold chosen for precision on dev data when the model was trained. */
    public double defaultThreshold() {
        return model.card().threshold();
    }

    /**
     * The candidates whose calibrated probability is at least {@code minConfidence}, with that probability as
     * confidence and the verifier's score added to the explanation, in their order. A candidate without a
     * source is withheld unscored: who acted is the first thing an analyst needs, and of the 456 such
     * candidates the project annotated, 16 were fully right (3.5 %), so scoring them cost a quarter of the
     * verifier's time for next to nothing.
     */
    public List<Event> verify(String text, List<Event> candidates, double minConfidence) {
        List<Event> sourced = candidates.stream().filter(e -> !e.source().isEmpty()).toList();
        double[] p = model.probabilities(sourced.stream().map(e -> CandidateText.of(text, e)).toList());
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            double confidence = Math.round(p[i] * 100) / 100.0;
            if (confidence >= minConfidence) {
                out.add(scored(sourced.get(i), confidence));
            }
        }
        return out;
    }

    private static Event scored(Event e, double confidence) {
        String explanation = e.explanation() + String.format(Locale.ROOT, "; verifier: %.2f", confidence);
        return new Event(e.id(), e.sentence(), e.evidence(), e.trigger(), e.source(), e.target(), e.cameo(),
                e.cameoName(), e.goldstein(), e.quadClass(), e.plover(), e.location(), e.date(), e.datePrecision(),
                e.modality(), confidence, explanation);
    }
}
