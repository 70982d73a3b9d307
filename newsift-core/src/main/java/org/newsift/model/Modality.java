package org.newsift.model;

/** How the text asserts an event: negated, hypothetical, future or intended, or reported by someone. */
public record Modality(boolean negated, boolean hypothetical, boolean future, boolean reported) {
}
