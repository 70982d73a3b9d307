package org.newsift.sources;

/** A fetch that produced no page; the message is one line, for an error item. */
public final class FetchException extends Exception {

    /** What went wrong, so callers can count size problems apart from the rest. */
    public enum Kind { REFUSED, TIMEOUT, TOO_LARGE, TOO_MANY_REDIRECTS, HTTP_STATUS, FAILED }

    private final Kind kind;

    public FetchException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
