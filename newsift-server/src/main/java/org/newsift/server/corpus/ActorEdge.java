package org.newsift.server.corpus;

/** A directed edge of the actor graph: events from one actor to another, with their mean Goldstein score. */
public record ActorEdge(String source, String target, long events, Double meanGoldstein) {
}
