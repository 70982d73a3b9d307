package org.newsift.models.bias;

import org.newsift.encoding.SentenceEncoding;
import org.newsift.models.BinarySentenceModel;
import org.newsift.nlp.Sentence;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.Layer;
import org.newsift.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds each sentence's probability of being biased ({@link BiasModel} on the shared sentence
 * embedding) as {@link AnnotatedDocument#sentenceBias()}, for the rhetoric stage's spin score. Not
 * part of the output contract.
 */
public final class BiasStage implements Stage {
    private final BinarySentenceModel model;

    public BiasStage(BinarySentenceModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "bias";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.ENCODINGS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.BIAS);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        List<Sentence> sentences = doc.nlp().sentences();
        List<SentenceEncoding> encodings = doc.encodings();
        if (encodings.size() != sentences.size()) {
            return;
        }
        List<Double> bias = new ArrayList<>(sentences.size());
        for (SentenceEncoding e : encodings) {
            bias.add(model.probability(e.pooled()));
        }
        doc.setSentenceBias(bias);
    }
}
