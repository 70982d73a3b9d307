package org.newsift.model;

/** A sentence of the analysed text and its kind. */
public record SentenceInfo(int start, int end, SentenceKind kind) {
}
