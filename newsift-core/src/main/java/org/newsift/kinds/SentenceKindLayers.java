package org.newsift.kinds;

import org.newsift.model.SentenceKind;
import org.newsift.pipeline.LayerKey;

import java.util.List;

/** The layer the sentence-kind stage adds. */
public final class SentenceKindLayers {
    /** One kind per sentence of the NLP layer, in the same order. */
    public static final LayerKey<List<SentenceKind>> SENTENCE_KINDS = LayerKey.list("sentence-kinds");

    private SentenceKindLayers() {
    }
}
