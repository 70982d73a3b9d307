package org.newsift.nlp;

import org.newsift.lang.LanguageLayers;
import org.newsift.model.Entity;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.LayerKey;
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
    public Set<LayerKey<?>> requires() {
        return Set.of(LanguageLayers.LANGUAGE);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(NlpLayers.NLP, NlpLayers.ENTITIES);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        if (!LanguageLayers.isEnglish(doc) || doc.text().isBlank()) {
            return;
        }
        NlpResult result = annotator.annotate(doc.text());
        doc.put(NlpLayers.NLP, result);
        doc.put(NlpLayers.ENTITIES, result.entities().stream()
                .map(e -> new Entity(e.start(), e.end(), e.text(), e.type()))
                .toList());
    }
}
