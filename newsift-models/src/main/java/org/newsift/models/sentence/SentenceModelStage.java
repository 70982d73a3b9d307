package org.newsift.models.sentence;

import org.newsift.encoding.EncodingLayers;
import org.newsift.nlp.NlpLayers;
import org.newsift.nlp.Sentence;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.LayerKey;
import org.newsift.pipeline.Stage;
import org.newsift.text.CodePoints;

import java.util.List;
import java.util.Set;

/**
 * Reads every sentence once with the {@link SentenceModel}, for all the model stages that follow (claims, bias,
 * rhetoric), in batches of similar length.
 */
public final class SentenceModelStage implements Stage {
    private final SentenceModel model;

    public SentenceModelStage(SentenceModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "sentence-model";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(NlpLayers.NLP);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(EncodingLayers.SENTENCE_READINGS);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        List<Sentence> sentences = doc.get(NlpLayers.NLP).sentences();
        doc.put(EncodingLayers.SENTENCE_READINGS, model.read(sentences.stream()
                .map(s -> CodePoints.substring(doc.text(), s.start(), s.end())).toList()));
    }
}
