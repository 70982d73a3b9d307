package org.newsift.actors;

import org.newsift.nlp.NlpLayers;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.LayerKey;
import org.newsift.pipeline.Stage;

import java.util.Set;

/** Adds the actors layer: every actor the article mentions, coded and with all its mentions. */
public final class ActorStage implements Stage {
    private final ActorResolver resolver;

    public ActorStage(ActorResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(NlpLayers.NLP, NlpLayers.ENTITIES);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(ActorLayers.ACTORS);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        doc.put(ActorLayers.ACTORS,
                resolver.resolve(doc.text(), doc.get(NlpLayers.NLP), doc.article().publishedDate()));
    }
}
