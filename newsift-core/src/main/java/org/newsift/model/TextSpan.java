package org.newsift.model;

/** A piece of the analysed text: code-point offsets (end exclusive) and the text they cover. */
public record TextSpan(int start, int end, String text) {
}
