package org.newsift.server.corpus;

/** Which slice of a list to return; the limit is capped so no request can ask for the whole corpus at once. */
public record Paging(int offset, int limit) {
    public static final int MAX_LIMIT = 500;

    public Paging {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }
}
