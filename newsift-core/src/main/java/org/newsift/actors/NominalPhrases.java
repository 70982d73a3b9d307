package org.newsift.actors;

import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.Set;

/**
 * Finds the nominal phrase a token belongs to by climbing modifier edges of the dependency tree:
 * "Pakistan" in "Pakistan's foreign minister" climbs nmod:poss to "minister"; "Taliban" in
 * "Taliban spokesman Zabihullah Mujahid" climbs compound edges to "Mujahid". Conjuncts and verb
 * arguments are not modifiers, so "Pakistan and Afghanistan" stay two phrases.
 */
final class NominalPhrases {
    private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod:poss", "flat", "appos");
    /** Prepositions that keep a nominal modifier inside its head's actor ("minister of Pakistan"). */
    private static final Set<String> MEMBERSHIP_CASES = Set.of("of", "for", "from");
    /** Prepositions that make a place a location, not an agent ("talks in Islamabad"). */
    private static final Set<String> LOCATIVE_CASES = Set.of("in", "at", "near", "to", "into", "inside", "outside",
            "around", "across", "toward", "towards", "within", "throughout", "via", "over", "onto", "through");

    private NominalPhrases() {
    }

    /** The head of the phrase that contains token {@code i}. */
    static int phraseHead(Sentence s, int i) {
        Token t = s.token(i);
        int guard = s.tokens().size();
        while (guard-- > 0 && t.head() >= 0 && isModifierEdge(s, t)) {
            t = s.token(t.head());
        }
        return t.index();
    }

    private static boolean isModifierEdge(Sentence s, Token t) {
        if (MODIFIERS.contains(t.deprel())) {
            return true;
        }
        return t.deprel().equals("nmod") && MEMBERSHIP_CASES.contains(s.caseMarker(t));
    }

    /** True when the token is the object of a locative preposition. */
    static boolean isLocative(Sentence s, int i) {
        return LOCATIVE_CASES.contains(s.caseMarker(s.token(i)));
    }

    /** The head of a token span: the token whose own head lies outside the span (the last one if several). */
    static int spanHead(Sentence s, int first, int last) {
        int head = last;
        for (int i = last; i >= first; i--) {
            int h = s.token(i).head();
            if (h < first || h > last) {
                head = i;
                break;
            }
        }
        return head;
    }
}
