package org.newsift.nlp;

/**
 * The NLP backbone behind newsift's own interface: sentences, tokens, POS, lemmas, NER and a
 * Universal Dependencies parse. Implementations must be safe to call from several threads at once,
 * so one instance (with its models loaded once) serves a whole batch.
 */
public interface NlpAnnotator {

    /** Annotates English text. All offsets in the result are code points into {@code text}. */
    NlpResult annotate(String text);

    /** A short name with version, reported in explanations and benchmarks. */
    String name();
}
