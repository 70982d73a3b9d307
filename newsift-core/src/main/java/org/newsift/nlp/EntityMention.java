package org.newsift.nlp;

/**
 * A named-entity mention found by the annotator.
 *
 * @param sentence   index of its sentence
 * @param firstToken index of its first token in the sentence
 * @param lastToken  index of its last token in the sentence (inclusive)
 * @param gender     for a person, the gender the annotator's first-name list gives ("female", "male"), else null
 */
public record EntityMention(int start, int end, String text, String type, int sentence, int firstToken, int lastToken,
                            String gender) {
}
