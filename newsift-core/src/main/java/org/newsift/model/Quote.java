package org.newsift.model;

/** A direct or indirect quotation with its speaker and cue ("said", "according to"). */
public record Quote(int start, int end, String text, boolean direct, Speaker speaker, TextSpan cue) {
}
