package org.newsift.actors;

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
}
