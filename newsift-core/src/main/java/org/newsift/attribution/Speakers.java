package org.newsift.attribution;

import org.newsift.actors.Resolution;
import org.newsift.actors.ResolvedMention;
import org.newsift.model.Speaker;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;
import org.newsift.text.CodePoints;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the subject of a cue into a {@link Speaker}: the words of its phrase and the actor the actor
 * stage resolved them to. The actor stage already makes "a Taliban spokesman" the Taliban, so a
 * spokesman's words are his organisation's. A pronoun subject ("he said") speaks for the most recent
 * person before it, "they" and "it" for the most recent actor, within the last three sentences.
 */
final class Speakers {
    private static final Set<String> PERSONAL = Set.of("he", "she", "i");
    private static final Set<String> COLLECTIVE = Set.of("they", "it", "we");
    private static final int LOOK_BACK = 3;

    private final String text;
    private final List<Sentence> sentences;
    private final List<ResolvedMention> mentions;

    Speakers(String text, List<Sentence> sentences, Resolution resolution) {
        this.text = text;
        this.sentences = sentences;
        this.mentions = resolution.mentions();
    }

    /** The speaker named by the phrase headed by {@code head}, leaving out tokens in {@code exclude}. */
    Speaker of(Sentence s, int head, boolean[] exclude) {
        boolean[] phrase = Clauses.subtree(s, head);
        for (int i = 0; i < phrase.length; i++) {
            // an apposition or relative clause can reach into the quote itself: the phrase stops there
            phrase[i] &= exclude == null || !exclude[i];
        }
        int[] r = Clauses.range(s, phrase);
        if (r == null) {
            return null;
        }
        int start = s.token(r[0]).start();
        int end = s.token(r[1]).end();
        return new Speaker(CodePoints.substring(text, start, end), start, end, actorOf(s, head, r));
    }

    /** The speaker named by tokens {@code first..last} ("PENCE" before a transcript's colon). */
    Speaker ofTokens(Sentence s, int first, int last) {
        int start = s.token(first).start();
        int end = s.token(last).end();
        return new Speaker(CodePoints.substring(text, start, end), start, end, actorOf(s, last, new int[]{first, last}));
    }

    /** The actor of the phrase: a mention covering its head, else one inside it, else a pronoun's antecedent. */
    private String actorOf(Sentence s, int head, int[] range) {
        ResolvedMention inside = null;
        for (ResolvedMention m : mentions) {
            if (m.sentence() != s.index()) {
                continue;
            }
            if (m.first() <= head && head <= m.last()) {
                return m.actorId();
            }
            if (inside == null && m.first() >= range[0] && m.last() <= range[1]) {
                inside = m;
            }
        }
        if (inside != null) {
            return inside.actorId();
        }
        Token h = s.token(head);
        String word = h.text().toLowerCase(Locale.ROOT);
        if (h.pos().startsWith("PRP") && (PERSONAL.contains(word) || COLLECTIVE.contains(word))) {
            return antecedent(s, h, PERSONAL.contains(word));
        }
        return null;
    }

    /** The most recent mention before the pronoun: a person's for "he"/"she" where there is one, else any. */
    private String antecedent(Sentence s, Token pronoun, boolean personal) {
        String any = null;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ResolvedMention m = mentions.get(i);
            boolean before = m.sentence() < s.index() || (m.sentence() == s.index() && m.last() < pronoun.index());
            if (!before) {
                continue;
            }
            if (m.sentence() < s.index() - LOOK_BACK) {
                break;
            }
            boolean person = sentences.get(m.sentence()).token(m.head()).ner().equals("PERSON");
            if (person == personal) {
                return m.actorId();
            }
            if (any == null) {
                any = m.actorId();
            }
        }
        return any;
    }
}
