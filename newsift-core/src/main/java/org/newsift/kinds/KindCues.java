package org.newsift.kinds;

import org.newsift.text.WordGroups;

/**
 * The words that mark a sentence as opinion or a call to action, by group ({@code kind-cues.tsv}, written for the
 * project; docs/attribution.md describes the groups), then the user's {@code --kind-cues} files. Immutable.
 */
public final class KindCues {
    static final String RESOURCE = "kind-cues.tsv";

    /** The groups of kind-cues.tsv. */
    public enum Group { EVALUATIVE, MARKER, STANCE, MODAL, ADDRESSEE, URGING, VERDICT, DENIED, LIMITER, LINKING, FUTURE,
        CONSEQUENCE }

    private final WordGroups<Group> words;

    KindCues(WordGroups<Group> words) {
        this.words = words;
    }

    private static final class Holder {
        static final KindCues BUILT_IN = new KindCues(builder().build());
    }

    /** The built-in cues, loaded once. */
    public static KindCues builtIn() {
        return Holder.BUILT_IN;
    }

    /** A builder holding the built-in cues; add the user's files to it. */
    public static WordGroups.Builder<Group> builder() {
        return WordGroups.builder(Group.class).addResource(KindCues.class, RESOURCE);
    }

    public static KindCues of(WordGroups<Group> words) {
        return new KindCues(words);
    }

    boolean has(Group g, String lemma) {
        return words.has(g, lemma);
    }
}
