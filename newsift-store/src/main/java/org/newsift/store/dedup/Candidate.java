package org.newsift.store.dedup;

/** A stored original that shares at least one LSH band with a body, with its signature for the check. */
public record Candidate(String id, int[] minHash) {
}
