package org.newsift.model;

/** A bare code-point range, used where the text would only repeat what the record already holds. */
public record Offsets(int start, int end) {
}
