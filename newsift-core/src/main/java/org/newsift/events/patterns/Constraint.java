package org.newsift.events.patterns;

import org.newsift.nlp.Token;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * One condition a pattern puts on the context of its predicate. Words are stored normalized
 * ({@link Context#norm}); a "phrase" is a list of words whose last word is the head and whose other
 * words must be found in the head's subtree; alternatives are lists of phrases.
 */
sealed interface Constraint {

    boolean test(Context c);

    /** How many words this constraint checks: the specificity it adds. */
    int weight();

    /** Readable form, e.g. "sanctions" or "on|against". */
    String show();

    static int minWords(List<List<String>> alts) {
        int m = Integer.MAX_VALUE;
        for (List<String> a : alts) {
            m = Math.min(m, a.size());
        }
        return alts.isEmpty() ? 0 : m;
    }

    static String showAlts(List<List<String>> alts) {
        StringBuilder b = new StringBuilder();
        for (List<String> a : alts) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(String.join(" ", a));
        }
        return b.toString();
    }

    static boolean anyPhraseAt(Context c, Token t, List<List<String>> alts) {
        for (List<String> a : alts) {
            if (c.phraseAt(t, a)) {
                return true;
            }
        }
        return false;
    }

    /** An object (obj; for verbs also the passive subject) is one of the phrases. */
    record Obj(List<List<String>> alts) implements Constraint {
        public boolean test(Context c) {
            for (Token o : c.objects()) {
                if (anyPhraseAt(c, o, alts)) {
                    return true;
                }
            }
            return false;
        }

        public int weight() {
            return minWords(alts);
        }

        public String show() {
            return showAlts(alts);
        }
    }

    /**
     * A prepositional attachment with one of the prepositions, and when {@code alts} is not empty a head
     * that is one of the phrases (or, for a clause such as "of waging war", whose object is).
     */
    record Prep(Set<String> preps, List<List<String>> alts) implements Constraint {
        public boolean test(Context c) {
            for (Context.Attachment a : c.attachments()) {
                if (!preps.contains(a.prep())) {
                    continue;
                }
                if (alts.isEmpty() || anyPhraseAt(c, a.head(), alts)) {
                    return true;
                }
                if (a.head().isVerb()) {
                    for (Token o : c.objectsOf(a.head())) {
                        if (anyPhraseAt(c, o, alts)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        public int weight() {
            return 1 + minWords(alts);
        }

        public String show() {
            String p = String.join("|", new java.util.TreeSet<>(preps));
            return alts.isEmpty() ? p : p + " " + showAlts(alts);
        }
    }

    /** An xcomp verb ("agreed to meet") is one of the words. */
    record Xcomp(List<List<String>> alts) implements Constraint {
        public boolean test(Context c) {
            for (Token x : c.xcomps()) {
                if (anyPhraseAt(c, x, alts)) {
                    return true;
                }
            }
            return false;
        }

        public int weight() {
            return minWords(alts);
        }

        public String show() {
            return "to " + showAlts(alts);
        }
    }

    /** The object of an xcomp verb ("threatened to impose sanctions"). */
    record Xobj(List<List<String>> alts) implements Constraint {
        public boolean test(Context c) {
            for (Token x : c.xcomps()) {
                for (Token o : c.objectsOf(x)) {
                    if (anyPhraseAt(c, o, alts)) {
                        return true;
                    }
                }
            }
            return false;
        }

        public int weight() {
            return minWords(alts);
        }

        public String show() {
            return showAlts(alts);
        }
    }

    /** A particle (compound:prt): "call off", "step up". */
    record Prt(Set<String> words) implements Constraint {
        public boolean test(Context c) {
            for (Token t : c.particles()) {
                if (words.contains(Context.norm(t.lemma())) || words.contains(Context.norm(t.text()))) {
                    return true;
                }
            }
            return false;
        }

        public int weight() {
            return 1;
        }

        public String show() {
            return String.join("|", new java.util.TreeSet<>(words));
        }
    }

    /** A compound or adjectival modifier of the predicate, or a hyphenated prefix of it ("air-strike"). */
    record Mod(Set<String> words) implements Constraint {
        public boolean test(Context c) {
            for (Token t : c.modifiers()) {
                if (words.contains(Context.norm(t.lemma())) || words.contains(Context.norm(t.text()))) {
                    return true;
                }
            }
            String text = c.pred.text();
            int dash = text.lastIndexOf('-');
            if (dash > 0) {
                for (String part : text.substring(0, dash).split("-")) {
                    if (words.contains(Context.norm(part))) {
                        return true;
                    }
                }
            }
            return false;
        }

        public int weight() {
            return 1;
        }

        public String show() {
            return String.join("|", new java.util.TreeSet<>(words));
        }
    }

    /** A subject is one of the phrases ("jets struck"). */
    record Subj(List<List<String>> alts) implements Constraint {
        public boolean test(Context c) {
            for (Token s : c.subjects()) {
                if (anyPhraseAt(c, s, alts)) {
                    return true;
                }
            }
            return false;
        }

        public int weight() {
            return minWords(alts);
        }

        public String show() {
            return showAlts(alts) + " *";
        }
    }

    /** One of the phrases is found anywhere after the predicate in its subtree (TSV {@code dep=}). */
    record Dep(List<List<String>> alts) implements Constraint {
        public boolean test(Context c) {
            BitSet a = c.after();
            for (int i = a.nextSetBit(0); i >= 0; i = a.nextSetBit(i + 1)) {
                if (anyPhraseAt(c, c.sentence.token(i), alts)) {
                    return true;
                }
            }
            return false;
        }

        public int weight() {
            return minWords(alts);
        }

        public String show() {
            return "... " + showAlts(alts);
        }
    }

    /**
     * A TABARI/PETRARCH word or synset: every word of one of the alternatives is found, in any order,
     * on the given side of the verb.
     */
    record Bag(boolean beforeVerb, List<List<String>> alts, String label) implements Constraint {
        public boolean test(Context c) {
            return bagMatch(c, beforeVerb ? c.before() : c.after(), alts);
        }

        public int weight() {
            return minWords(alts);
        }

        public String show() {
            return label;
        }
    }

    static boolean bagMatch(Context c, BitSet side, List<List<String>> alts) {
        outer:
        for (List<String> a : alts) {
            for (String w : a) {
                if (!c.anyIn(side, w, -1)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * A TABARI/PETRARCH prepositional phrase "(PREP W ...)": a token after the verb carries the
     * preposition as case or mark, and each group of words is found in that token's subtree.
     */
    record PrepPhrase(Set<String> preps, List<List<List<String>>> groups, String label) implements Constraint {
        public boolean test(Context c) {
            BitSet a = c.after();
            for (int i = a.nextSetBit(0); i >= 0; i = a.nextSetBit(i + 1)) {
                Token t = c.sentence.token(i);
                if (!(t.deprel().equals("case") || t.deprel().equals("mark")) || !preps.contains(Context.norm(t.text()))) {
                    continue;
                }
                Token head = c.sentence.governor(t);
                if (head == null) {
                    continue;
                }
                BitSet sub = c.subtree(head);
                boolean all = true;
                for (List<List<String>> g : groups) {
                    if (!bagMatch(c, sub, g)) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    return true;
                }
            }
            return false;
        }

        public int weight() {
            int w = 1;
            for (List<List<String>> g : groups) {
                w += minWords(g);
            }
            return w;
        }

        public String show() {
            return label;
        }
    }
}
