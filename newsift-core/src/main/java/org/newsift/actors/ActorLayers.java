package org.newsift.actors;

import org.newsift.pipeline.LayerKey;

import java.util.List;

/** The layer the actor stage adds. */
public final class ActorLayers {
    /** The actors with their token-level mentions, which later stages use to find who an argument is. */
    public static final LayerKey<Resolution> ACTORS = LayerKey.of("actors", new Resolution(List.of(), List.of()));

    private ActorLayers() {
    }
}
