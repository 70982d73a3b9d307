package org.newsift.actors;

import org.newsift.model.Actor;

import java.util.List;

/** What the resolver found in a document: the actors, and for each mention the actor it belongs to. */
public record Resolution(List<Actor> actors, List<ResolvedMention> mentions) {

    public Resolution {
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
    }
}
