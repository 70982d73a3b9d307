package org.newsift.events;

import org.newsift.actors.ActorLayers;
import org.newsift.kinds.SentenceKindLayers;
import org.newsift.nlp.NlpLayers;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.LayerKey;
import org.newsift.pipeline.Stage;

import java.util.Set;

/** Adds the events layer: who did what to whom, where and when, coded to CAMEO and PLOVER. */
public final class EventStage implements Stage {
    public static final String NAME = "events";

    private final EventCoder coder;

    public EventStage(EventCoder coder) {
        this.coder = coder;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(NlpLayers.NLP, ActorLayers.ACTORS, SentenceKindLayers.SENTENCE_KINDS);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(EventLayers.EVENTS);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        doc.put(EventLayers.EVENTS, coder.code(doc));
    }
}
