package org.newsift.model;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What a sentence does: reports, opines, asks, calls to act, or quotes someone. */
public enum SentenceKind {
    REPORT, OPINION, QUESTION, CALL_TO_ACTION, QUOTE;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
