package org.newsift.model;

/** A span that uses one of the 14 PTC persuasion techniques, with a score and a readable cue. */
public record Rhetoric(int start, int end, String text, String technique, double score, String explanation) {
}
