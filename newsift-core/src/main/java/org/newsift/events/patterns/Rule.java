package org.newsift.events.patterns;

import org.newsift.nlp.Token;

import java.util.List;

/**
 * One loaded pattern.
 *
 * @param pos         'V' verbs only, 'N' nouns only, '*' either
 * @param lemma       normalized head lemma ({@link Context#norm})
 * @param constraints all must hold
 * @param cameo       CAMEO code, or null for a pattern that says "no event" (PETRARCH's "---")
 * @param pattern     readable form
 * @param origin      file:line
 */
record Rule(char pos, String lemma, List<Constraint> constraints, String cameo, String pattern, String origin) {

    Rule {
        constraints = List.copyOf(constraints);
    }

    /** The highest specificity this rule can reach. */
    int maxSpecificity() {
        int s = 1;
        for (Constraint c : constraints) {
            s += c.weight();
        }
        return s;
    }

    boolean posFits(Token t) {
        return switch (pos) {
            case 'V' -> t.isVerb();
            case 'N' -> t.isNoun();
            default -> true;
        };
    }

    /** Specificity reached in this context (1 for the lemma + words matched), or -1 when a constraint fails. */
    int score(Context c) {
        int s = 1;
        for (Constraint k : constraints) {
            int w = k.score(c);
            if (w < 0) {
                return -1;
            }
            s += w;
        }
        return s;
    }

    static String show(String lemma, List<Constraint> constraints) {
        StringBuilder b = new StringBuilder(lemma);
        for (Constraint k : constraints) {
            b.append(" + ").append(k.show());
        }
        return b.toString();
    }
}
