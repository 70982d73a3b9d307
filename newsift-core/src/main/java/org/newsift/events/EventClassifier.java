package org.newsift.events;

import org.newsift.nlp.Sentence;

/**
 * A model that codes a predicate the pattern lexicon does not reach. Implementations are immutable
 * and thread-safe; {@link #NONE} codes nothing.
 */
public interface EventClassifier {

    /** A coding by the model: a CAMEO code (usually a root), and why. */
    record Prediction(String cameo, double probability, String explanation) {
    }

    /** The model's coding of the predicate's clause, or null when it is not confident enough. */
    Prediction classify(Sentence s, int predicate, String sentenceText);

    EventClassifier NONE = (s, predicate, text) -> null;
}
