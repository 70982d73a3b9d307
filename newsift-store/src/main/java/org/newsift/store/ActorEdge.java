package org.newsift.store;

/** Directed edge of the actor graph: events from one actor code to another, with their mean Goldstein score. */
public record ActorEdge(String source, String target, long events, Double meanGoldstein) {
}
