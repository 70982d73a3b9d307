package org.newsift.pipeline;

/** The annotation layers that stages add to a document, in the spirit of CoreNLP's requires/provides. */
public enum Layer {
    LANGUAGE, SENTENCES, TOKENS, ENTITIES, ENCODINGS, ACTORS, SENTENCE_KINDS, EVENTS, QUOTES, CLAIMS, RHETORIC,
    /** Per-sentence bias probabilities (newsift-models' bias stage); not in the output contract. */
    BIAS
}
