package org.newsift.model;

/** Who speaks: the words that name them and, where resolved, their actor id. */
public record Speaker(String text, Integer start, Integer end, String actor) {
}
