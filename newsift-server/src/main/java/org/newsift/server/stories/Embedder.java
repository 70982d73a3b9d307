package org.newsift.server.stories;

/** Turns a short text into an L2-normalised sentence embedding. */
@FunctionalInterface
public interface Embedder {
    float[] embed(String text);
}
