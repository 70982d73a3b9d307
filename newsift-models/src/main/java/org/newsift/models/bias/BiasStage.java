package org.newsift.models.bias;

import org.newsift.encoding.SentenceReading;
import org.newsift.models.sentence.SentenceModel;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.Layer;
import org.newsift.pipeline.Stage;

import java.util.List;
import java.util.Set;



/**
 * Adds each sentence's probability of being biased (the {@code bias} head of the {@link SentenceModel}, trained on
 * BABE) as {@link AnnotatedDocument#sentenceBias()}, for the genre model. Not part of the output contract.
 */
public final class BiasStage implements Stage {
    private final SentenceModel model;

    public BiasStage(SentenceModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "bias";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.SENTENCE_READINGS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.BIAS);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        List<SentenceReading> readings = doc.sentenceReadings();
        if (readings.size() != doc.nlp().sentences().size()) {
            return;
        }
        doc.setSentenceBias(readings.stream().map(r -> model.probability(SentenceModel.BIAS, r)).toList());
    }
}
