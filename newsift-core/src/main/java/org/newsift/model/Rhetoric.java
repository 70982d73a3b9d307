package org.newsift.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A span that uses one of the 14 PTC persuasion techniques, with a score and a readable cue. {@code voice} says whose
 * words the span is: {@link #WRITER} or {@link #QUOTED} (a quotation, reported speech, or a fear or belief the
 * article reports of someone else; docs/rhetoric.md, "Voice"); null only while the stance stage has not read it.
 */
public record Rhetoric(int start, int end, String text, String technique, double score, String explanation,
                       // absent, not null, in a version-1 analysis read back from a store (docs/contract.md, Versioning)
                       @JsonInclude(JsonInclude.Include.NON_NULL) String voice) {
    /** The writer's own words. */
    public static final String WRITER = "writer";
    /** Words the article quotes or reports of someone else. */
    public static final String QUOTED = "quoted";

    /** A span whose voice is not read yet: the stance stage reads it once every span is found. */
    public Rhetoric(int start, int end, String text, String technique, double score, String explanation) {
        this(start, end, text, technique, score, explanation, null);
    }

    public Rhetoric withVoice(String voice) {
        return new Rhetoric(start, end, text, technique, score, explanation, voice);
    }
}
