package org.newsift.events;

import org.newsift.model.Event;
import org.newsift.pipeline.LayerKey;

import java.util.List;

/** The layer the event stages add. */
public final class EventLayers {
    public static final LayerKey<List<Event>> EVENTS = LayerKey.list("events");

    private EventLayers() {
    }
}
