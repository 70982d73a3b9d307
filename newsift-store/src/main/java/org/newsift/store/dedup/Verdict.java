package org.newsift.store.dedup;

/**
 * Whether a body is new or a copy of a stored one.
 *
 * @param original   the first copy's article id, or null for a new body
 * @param similarity 1 for an exact copy, the estimated Jaccard similarity for a near copy, 0 for a new body
 */
public record Verdict(Kind kind, String original, double similarity) {

    public enum Kind { NEW, EXACT, NEAR }

    public static final Verdict NEW = new Verdict(Kind.NEW, null, 0);

    public boolean isCopy() {
        return kind != Kind.NEW;
    }
}
