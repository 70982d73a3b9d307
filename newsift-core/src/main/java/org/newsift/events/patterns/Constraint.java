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

    /**
     * How many words of this constraint the context matched (the specificity it adds: for
     * alternatives, the words of the longest alternative that matched), or -1 when it does not hold.
     */
    int score(Context c);

    /** The most {@link #score} can return. */
    int weight();

    /** Readable form, e.g. "sanctions" or "on|against". */
    String show();

    static int maxWords(List<List<String>> alts) {
        int m = 0;
        for (List<String> a : alts) {
            m = Math.max(m, a.size());
        }
        return m;
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

    /** Words of the longest alternative that matches at {@code t}, or -1. */
    static int phraseScore(Context c, Token t, List<List<String>> alts) {
        int best = -1;
        for (List<String> a : alts) {
            if (a.size() > best && c.phraseAt(t, a)) {
                best = a.size();
            }
        }
        return best;
    }


    /** Where a phrase constraint looks: the tokens it checks, and how it is shown. */
    enum Slot {
        /** an object (obj; for verbs also the passive subject): TSV {@code obj=} */
        OBJECT("", ""),
        /** a subject ("jets struck"): TSV {@code subj=} */
        SUBJECT("", " *"),
        /** an xcomp verb ("agreed to meet"): TSV {@code xcomp=} */
        XCOMP("to ", ""),
        /** the object of an xcomp verb ("threatened to impose sanctions"): TSV {@code xobj=} */
        XOBJ("", ""),
        /** a subject or an object, whichever the parser made of it: TSV {@code arg=} */
        ARGUMENT("", " (argument)");

        private final String before;
        private final String after;

        Slot(String before, String after) {
            this.before = before;
            this.after = after;
        }

        List<Token> tokens(Context c) {
            return switch (this) {
                case OBJECT -> c.objects();
                case SUBJECT -> c.subjects();
                case XCOMP -> c.xcomps();
                case XOBJ -> c.xcomps().stream().flatMap(x -> c.objectsOf(x).stream()).toList();
                case ARGUMENT -> c.coreArguments();
            };
        }
    }

    /** A token in a slot (object, subject, xcomp, xcomp's object) is one of the phrases. */
    record InSlot(Slot slot, List<List<String>> alts) implements Constraint {
        public int score(Context c) {
            int best = -1;
            for (Token t : slot.tokens(c)) {
                best = Math.max(best, phraseScore(c, t, alts));
            }
            return best;
        }

        public int weight() {
            return maxWords(alts);
        }

        public String show() {
            return slot.before + showAlts(alts) + slot.after;
        }
    }

    /**
     * A prepositional attachment with one of the prepositions, and when {@code alts} is not empty a head
     * that is one of the phrases (or, for a clause such as "of waging war", whose object is).
     */
    record Prep(List<String> preps, List<List<String>> alts) implements Constraint {
        public int score(Context c) {
            int best = -1;
            for (Context.Attachment a : c.attachments()) {
                if (!preps.contains(a.prep())) {
                    continue;
                }
                if (alts.isEmpty()) {
                    return 1;
                }
                best = Math.max(best, phraseScore(c, a.head(), alts));
                if (a.head().isVerb()) {
                    for (Token o : c.objectsOf(a.head())) {
                        best = Math.max(best, phraseScore(c, o, alts));
                    }
                }
            }
            return best < 0 ? -1 : 1 + best;
        }

        public int weight() {
            return 1 + maxWords(alts);
        }

        public String show() {
            String p = String.join("|", preps);
            return alts.isEmpty() ? p : p + " " + showAlts(alts);
        }
    }



    /** True when a token's lemma or text is one of the words. */
    private static boolean anyIsOneOf(List<Token> tokens, Set<String> words) {
        return tokens.stream().anyMatch(t -> words.contains(Context.norm(t.lemma())) || words.contains(Context.norm(t.text())));
    }

    /** A particle (compound:prt): "call off", "step up". */
    record Prt(Set<String> words) implements Constraint {
        public int score(Context c) {
            return anyIsOneOf(c.particles(), words) ? 1 : -1;
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
        public int score(Context c) {
            if (anyIsOneOf(c.modifiers(), words)) {
                return 1;
            }
            String text = c.pred.text();
            int dash = text.lastIndexOf('-');
            if (dash > 0) {
                for (String part : text.substring(0, dash).split("-")) {
                    if (words.contains(Context.norm(part))) {
                        return 1;
                    }
                }
            }
            return -1;
        }

        public int weight() {
            return 1;
        }

        public String show() {
            return String.join("|", new java.util.TreeSet<>(words));
        }
    }


    /** One of the phrases is found anywhere after the predicate in its subtree (TSV {@code dep=}). */
    record Dep(List<List<String>> alts) implements Constraint {
        public int score(Context c) {
            int best = -1;
            BitSet a = c.after();
            for (int i = a.nextSetBit(0); i >= 0; i = a.nextSetBit(i + 1)) {
                best = Math.max(best, phraseScore(c, c.sentence.token(i), alts));
            }
            return best;
        }

        public int weight() {
            return maxWords(alts);
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
        public int score(Context c) {
            return bagMatch(c, beforeVerb ? c.before() : c.after(), alts);
        }

        public int weight() {
            return maxWords(alts);
        }

        public String show() {
            return label;
        }
    }

    /** Words of the longest alternative whose words are all in {@code side}, or -1. */
    static int bagMatch(Context c, BitSet side, List<List<String>> alts) {
        int best = -1;
        outer:
        for (List<String> a : alts) {
            if (a.size() <= best) {
                continue;
            }
            for (String w : a) {
                if (!c.anyIn(side, w, -1)) {
                    continue outer;
                }
            }
            best = a.size();
        }
        return best;
    }

    /**
     * A TABARI/PETRARCH prepositional phrase "(PREP W ...)": a token after the verb carries the
     * preposition as case or mark, and each group of words is found in that token's subtree.
     */
    record PrepPhrase(Set<String> preps, List<List<List<String>>> groups, String label) implements Constraint {
        public int score(Context c) {
            int best = -1;
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
                int sum = 1;
                for (List<List<String>> g : groups) {
                    int k = bagMatch(c, sub, g);
                    if (k < 0) {
                        sum = -1;
                        break;
                    }
                    sum += k;
                }
                best = Math.max(best, sum);
            }
            return best;
        }

        public int weight() {
            int w = 1;
            for (List<List<String>> g : groups) {
                w += maxWords(g);
            }
            return w;
        }

        public String show() {
            return label;
        }
    }
}
