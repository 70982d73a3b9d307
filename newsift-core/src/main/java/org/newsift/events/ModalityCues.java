package org.newsift.events;

import org.newsift.text.WordGroups;

/**
 * The words that tell how a text asserts an event: negators, hypothetical and future auxiliaries, conditional
 * marks, and the verbs and nouns of intent ({@code modality-cues.tsv}, then the user's {@code --modality-cues}
 * files). Immutable.
 */
public final class ModalityCues {
    static final String RESOURCE = "modality-cues.tsv";

    /** The groups of modality-cues.tsv. */
    public enum Group { NEGATOR, HYPOTHETICAL, FUTURE, CONDITIONAL, INTENT_VERB, INTENT_NOUN }

    private final WordGroups<Group> words;

    private ModalityCues(WordGroups<Group> words) {
        this.words = words;
    }

    private static final class Holder {
        static final ModalityCues BUILT_IN = new ModalityCues(builder().build());
    }

    /** The built-in cues, loaded once. */
    public static ModalityCues builtIn() {
        return Holder.BUILT_IN;
    }

    /** A builder holding the built-in cues; add the user's files to it. */
    public static WordGroups.Builder<Group> builder() {
        return WordGroups.builder(Group.class).addResource(ModalityCues.class, RESOURCE);
    }

    public static ModalityCues of(WordGroups<Group> words) {
        return new ModalityCues(words);
    }

    boolean has(Group g, String word) {
        return words.has(g, word);
    }
}
