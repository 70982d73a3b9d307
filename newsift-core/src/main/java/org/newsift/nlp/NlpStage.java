package org.newsift.nlp;

import org.newsift.model.Entity;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.Layer;
import org.newsift.pipeline.Stage;

import java.util.Set;

/** Runs the NLP backbone on English documents and exposes its named entities as the entities layer. */
public final class NlpStage implements Stage {
    private final NlpAnnotator annotator;

    public NlpStage(NlpAnnotator annotator) {
        this.annotator = annotator;
    }

    @Override
    public String name() {
        return annotator.name();
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.LANGUAGE);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        if (!doc.isEnglish() || doc.text().isBlank()) {
            return;
        }
        NlpResult result = annotator.annotate(doc.text());
        doc.setNlp(result);
        doc.setEntities(result.entities().stream()
                .map(e -> new Entity(e.start(), e.end(), e.text(), e.type()))
                .toList());
    }
}
