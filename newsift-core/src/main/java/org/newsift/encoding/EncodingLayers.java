package org.newsift.encoding;

import org.newsift.pipeline.LayerKey;

import java.util.List;

/** The layer newsift-models' sentence model adds. */
public final class EncodingLayers {
    /**
     * One reading per sentence of the NLP layer, shared by the model stages that follow so that each sentence goes
     * through the encoder once; empty when the sentence model did not run. Not part of the output.
     */
    public static final LayerKey<List<SentenceReading>> SENTENCE_READINGS = LayerKey.list("sentence-readings");

    private EncodingLayers() {
    }
}
