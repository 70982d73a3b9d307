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

    int specificity() {
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

    boolean test(Context c) {
        for (Constraint k : constraints) {
            if (!k.test(c)) {
                return false;
            }
        }
        return true;
    }

    static String show(String lemma, List<Constraint> constraints) {
        StringBuilder b = new StringBuilder(lemma);
        for (Constraint k : constraints) {
            b.append(" + ").append(k.show());
        }
        return b.toString();
    }
}
