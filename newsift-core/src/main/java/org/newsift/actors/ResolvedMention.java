package org.newsift.actors;

import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.List;

/**
 * One resolved mention, in token terms, so later stages (events, quotes) can find the actor behind a
 * subject or object token.
 *
 * @param sentence index of the sentence
 * @param first    first token of the mention (inclusive)
 * @param last     last token of the mention (inclusive)
 * @param head     the syntactic head token of the mention
 * @param actorId  id of the actor in {@link Resolution#actors()}
 */
public record ResolvedMention(int sentence, int first, int last, int head, String actorId) {

    /**
     * How much the text is about this mention: 2 for the subject of a main clause, 1 for another
     * subject, 0 for the rest. Pronouns refer back to the most salient recent mention.
     */
    public int salience(List<Sentence> sentences) {
        Sentence s = sentences.get(sentence);
        Token h = s.token(head);
        if (!h.deprel().startsWith("nsubj")) {
            return 0;
        }
        return h.head() >= 0 && s.token(h.head()).deprel().equals("root") ? 2 : 1;
    }
}
