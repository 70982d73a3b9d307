package org.newsift.events;

import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.Layer;
import org.newsift.pipeline.Stage;

import java.util.Set;

/** Adds the events layer: who did what to whom, where and when, coded to CAMEO and PLOVER. */
public final class EventStage implements Stage {
    private final EventCoder coder;

    public EventStage(EventCoder coder) {
        this.coder = coder;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.ACTORS, Layer.SENTENCE_KINDS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        doc.setEvents(coder.code(doc));
    }
}
