package org.newsift.nlp;

import org.newsift.model.Entity;
import org.newsift.pipeline.LayerKey;

import java.util.List;

/** The layers the NLP backbone adds. */
public final class NlpLayers {
    /** Sentences and their tokens (an empty result for a document the backbone did not read). */
    public static final LayerKey<NlpResult> NLP = LayerKey.of("sentences+tokens", new NlpResult(List.of(), List.of()));
    /** The named entities, as output. */
    public static final LayerKey<List<Entity>> ENTITIES = LayerKey.list("entities");

    private NlpLayers() {
    }
}
