package org.newsift.attribution;

import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.Locale;
import java.util.Set;

/** Token-range helpers over one dependency tree. */
final class Clauses {
    /** Verbs that name what their object is: "called the plan a farce". */
    private static final Set<String> NAMING = Set.of("call", "label", "brand", "dub", "term");

    private Clauses() {
    }

    /** The tokens under {@code head}, itself included. */
    static boolean[] subtree(Sentence s, int head) {
        boolean[] in = new boolean[s.tokens().size()];
        mark(s, head, in);
        return in;
    }

    private static void mark(Sentence s, int i, boolean[] in) {
        in[i] = true;
        for (Token c : s.children(i)) {
            if (!in[c.index()]) {
                mark(s, c.index(), in);
            }
        }
    }

    /**
     * The first and last marked token, with punctuation and a leading conjunction trimmed off both
     * ends; null when nothing but those is marked.
     */
    static int[] range(Sentence s, boolean[] in) {
        int first = 0;
        while (first < in.length && (!in[first] || trimmed(s.token(first)))) {
            first++;
        }
        int last = in.length - 1;
        while (last >= first && (!in[last] || isPunct(s.token(last)))) {
            last--;
        }
        return first > last ? null : new int[]{first, last};
    }

    private static boolean trimmed(Token t) {
        return isPunct(t) || t.deprel().equals("cc");
    }

    static boolean isPunct(Token t) {
        return t.deprel().equals("punct") || !t.text().codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** The child of {@code head} with this relation, or null. */
    static Token child(Sentence s, int head, String deprel) {
        for (Token c : s.children(head)) {
            if (c.deprel().equals(deprel)) {
                return c;
            }
        }
        return null;
    }

    /**
     * What a verb calls its object: the phrase marked "as" ("described the talks as complex"), or for "call"
     * and its kin the second complement ("called the plan a farce"); null when there is none.
     */
    static Token asComplement(Sentence s, Token verb) {
        for (Token c : s.children(verb.index())) {
            boolean complement = c.deprel().startsWith("obl") || c.deprel().startsWith("advcl") || c.deprel().equals("xcomp");
            if (complement && hasMarker(s, c.index(), "as")) {
                return c;
            }
        }
        Token object = child(s, verb.index(), "obj");
        if (!NAMING.contains(verb.lemma().toLowerCase(Locale.ROOT)) || object == null) {
            return null;
        }
        Token xcomp = child(s, verb.index(), "xcomp");
        // the parser may hang "a violation" in "called the strike a violation" on the object
        Token hung = child(s, object.index(), "dep");
        return xcomp != null ? xcomp : hung != null && hung.isNoun() ? hung : null;
    }

    /** The verb's object without what the verb calls it ("the air strike", not "… a violation"); null without one. */
    static boolean[] objectWithout(Sentence s, Token verb, Token complement) {
        Token object = child(s, verb.index(), "obj");
        if (object == null) {
            return null;
        }
        boolean[] tokens = subtree(s, object.index());
        boolean[] called = subtree(s, complement.index());
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] &= !called[i];
        }
        return tokens;
    }

    /** True when {@code head} has a function-word child ("mark", "case") that reads {@code word}. */
    static boolean hasMarker(Sentence s, int head, String word) {
        for (Token c : s.children(head)) {
            if ((c.deprel().equals("mark") || c.deprel().equals("case")) && c.text().toLowerCase(Locale.ROOT).equals(word)) {
                return true;
            }
        }
        return false;
    }
}
