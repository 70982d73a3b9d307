package org.newsift.models.bias;

import org.newsift.encoding.EncodingLayers;
import org.newsift.encoding.SentenceReading;
import org.newsift.models.sentence.SentenceModel;
import org.newsift.nlp.NlpLayers;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.LayerKey;
import org.newsift.pipeline.Stage;

import java.util.List;
import java.util.Set;

/**
 * Adds each sentence's probability of being biased (the {@code bias} head of the {@link SentenceModel}, trained on
 * BABE) as the {@link #SENTENCE_BIAS} layer, for the genre model. Not part of the output contract.
 */
public final class BiasStage implements Stage {
    /** One probability per sentence of the NLP layer that the sentence is biased; empty when the stage did not run. */
    public static final LayerKey<List<Double>> SENTENCE_BIAS = LayerKey.list("sentence-bias");

    private final SentenceModel model;

    public BiasStage(SentenceModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "bias";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(NlpLayers.NLP, EncodingLayers.SENTENCE_READINGS);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(BiasStage.SENTENCE_BIAS);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        List<SentenceReading> readings = doc.get(EncodingLayers.SENTENCE_READINGS);
        if (readings.size() != doc.get(NlpLayers.NLP).sentences().size()) {
            return;
        }
        doc.put(BiasStage.SENTENCE_BIAS, readings.stream().map(r -> model.probability(SentenceModel.BIAS, r)).toList());
    }
}
