package org.newsift.models.events;

import org.newsift.events.EventLayers;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.LayerKey;
import org.newsift.pipeline.Stage;

import java.util.Set;

/** Replaces the events layer with the candidates that pass the {@link EventVerifier}, scored by it. */
public final class EventVerificationStage implements Stage {
    private final EventVerifier verifier;
    private final double minConfidence;

    /** @param minConfidence events whose calibrated confidence is below this are not output */
    public EventVerificationStage(EventVerifier verifier, double minConfidence) {
        this.verifier = verifier;
        this.minConfidence = minConfidence;
    }

    @Override
    public String name() {
        return "event-verification";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(EventLayers.EVENTS);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(EventLayers.EVENTS);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        if (!doc.get(EventLayers.EVENTS).isEmpty()) {
            doc.put(EventLayers.EVENTS, verifier.verify(doc.text(), doc.get(EventLayers.EVENTS), minConfidence));
        }
    }
}
