package org.newsift.pipeline;

/** The annotation layers that stages add to a document, in the spirit of CoreNLP's requires/provides. */
public enum Layer {
    LANGUAGE, SENTENCES, TOKENS, ENTITIES, ACTORS, SENTENCE_KINDS, EVENTS, QUOTES, CLAIMS, RHETORIC,
    /** Per-sentence readings of the sentence model, shared by the model stages; not in the output contract. */
    SENTENCE_READINGS,
    /** Per-sentence bias probabilities (newsift-models' bias stage); not in the output contract. */
    BIAS
}
