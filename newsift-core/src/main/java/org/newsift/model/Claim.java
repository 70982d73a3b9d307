package org.newsift.model;

/** A check-worthy factual claim; {@code attributedTo} is an actor id or null when the writer makes it. */
public record Claim(int start, int end, String text, double checkworthiness, String attributedTo) {
}
