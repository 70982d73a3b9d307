package org.newsift.store;

/** An actor code and the number of events it takes part in, on either side. */
public record ActorCount(String code, long events) {
}
