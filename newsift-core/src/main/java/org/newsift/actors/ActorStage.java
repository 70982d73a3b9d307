package org.newsift.actors;

import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.Layer;
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
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ACTORS);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        doc.setResolution(resolver.resolve(doc.text(), doc.nlp(), doc.article().publishedDate()));
    }
}
