package org.newsift.model;

/**
 * A direct or indirect quotation with its speaker and cue ("said", "according to"); {@code about} is what the
 * words were said of where the cue names it ("described the talks as “complex”": the talks), else null; the
 * explanation says which rules found the words, the speaker and the speaker's actor.
 */
public record Quote(int start, int end, String text, boolean direct, Speaker speaker, TextSpan cue, TextSpan about,
                    String explanation) {
}
