package org.newsift.dates;

import org.newsift.dates.Expressions.Candidate;
import org.newsift.dates.Expressions.Tense;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a temporal expression hangs in the dependency tree relative to the event predicate (or, without
 * one, the sentence root), and the tense of the clause it belongs to.
 */
final class Attachment {

    /** Lower is preferred. */
    static final int ATTACHED = 0;  // a dependent of the predicate itself
    static final int NEAR = 1;      // under the predicate through a noun, xcomp or conj ("an attack on Tuesday")
    static final int OUTER = 2;     // elsewhere, not in a subordinate clause ("officials said on Tuesday that ...")
    static final int NOMINAL = 3;   // a possessive or compound on a noun ("Tuesday's vote", "the March 3 election")
    static final int IGNORED = Integer.MAX_VALUE; // in a clause of its own, or inside a quotation the predicate is not in

    private static final Set<String> CLAUSAL = Set.of("acl", "acl:relcl", "advcl", "ccomp", "csubj", "csubj:pass",
            "parataxis");
    private static final Set<String> NOUN_MODIFIER = Set.of("nmod:poss", "compound", "amod");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "ll", "wo");
    private static final Set<String> MODALS = Set.of("can", "ca", "could", "may", "might", "must", "should", "would");
    private static final Set<String> HAVE = Set.of("have", "has", "had", "'ve");
    private static final Set<String> PAST_AUX = Set.of("was", "were", "had", "did");
    private static final Set<String> PRESENT_AUX = Set.of("is", "are", "am", "'s", "'re", "'m");
    /** "is scheduled for Tuesday", "is due on Friday". */
    private static final Set<String> SCHEDULED = Set.of("scheduled", "slated", "set", "due", "planned", "expected");
    /** "is going to meet on Tuesday", "plans to visit in March". */
    private static final Set<String> INTENT = Set.of("going", "set", "due", "scheduled", "slated", "expected",
            "poised", "plan", "plans", "planning", "intend", "intends", "intending", "aim", "aims", "aiming",
            "prepare", "prepares", "preparing", "want", "wants", "hope", "hopes");

    private final Sentence sentence;
    private final List<Token> tokens;
    private final int predicate;
    private final int[] quote;

    /** @param predicate the event predicate's token index, or -1 to use the sentence root */
    Attachment(Sentence sentence, int predicate) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.predicate = predicate >= 0 ? predicate : root();
        this.quote = quotes();
    }

    private int root() {
        int first = -1;
        for (Token t : tokens) {
            if (t.head() < 0) {
                if (t.deprel().equals("root")) {
                    return t.index();
                }
                if (first < 0) {
                    first = t.index();
                }
            }
        }
        return first;
    }

    /** Quotation number of each token, 0 outside quotations; the marks themselves count as outside. */
    private int[] quotes() {
        int[] q = new int[tokens.size()];
        int open = 0;
        int count = 0;
        for (int i = 0; i < q.length; i++) {
            String t = tokens.get(i).text();
            boolean opener = t.equals("\u201C") || t.equals("\u00AB") || t.equals("\u201E") || t.equals("``");
            boolean closer = t.equals("\u201D") || t.equals("\u00BB") || t.equals("''");
            if (t.equals("\"")) {
                opener = open == 0;
                closer = open != 0;
            }
            if (opener) {
                open = ++count;
            } else if (closer) {
                open = 0;
            } else {
                q[i] = open;
            }
        }
        return q;
    }

    /** The token of the expression that the rest of the sentence governs. */
    static int head(Sentence s, Candidate c) {
        for (int i = c.first(); i <= c.last(); i++) {
            int h = s.token(i).head();
            if (h < c.first() || h > c.last()) {
                return i;
            }
        }
        return c.first();
    }

    int rank(Candidate c) {
        int h = head(sentence, c);
        if (predicate >= 0 && quote[h] != 0 && quote[h] != quote[predicate]) {
            return IGNORED;
        }
        if (predicate < 0 || (predicate >= c.first() && predicate <= c.last())) {
            return OUTER;
        }
        boolean clausal = false;
        boolean nominal = false;
        boolean direct = true;
        int cur = h;
        for (int steps = 0; steps <= tokens.size(); steps++) {
            Token t = tokens.get(cur);
            String rel = t.deprel().toLowerCase(Locale.ROOT);
            clausal |= CLAUSAL.contains(rel);
            nominal |= NOUN_MODIFIER.contains(rel);
            int gov = t.head() < tokens.size() ? t.head() : -1; // a head outside the sentence: a root
            if (gov < 0 || gov == predicate) {
                if (clausal) {
                    return IGNORED;
                }
                if (nominal) {
                    return NOMINAL;
                }
                return gov < 0 ? OUTER : direct ? ATTACHED : NEAR;
            }
            if (gov < c.first() || gov > c.last()) {
                direct = false;
            }
            cur = gov;
        }
        return OUTER; // a cycle: malformed tree
    }

    /** Tense of the clause the expression belongs to. */
    Tense tense(Candidate c) {
        int cur = head(sentence, c);
        for (int steps = 0; cur >= 0 && steps <= tokens.size(); steps++) {
            Token t = tokens.get(cur);
            boolean outside = cur < c.first() || cur > c.last();
            if (outside && (t.isVerb() || cur == predicate) || hasAuxiliary(cur)) {
                return tense(cur, 0);
            }
            cur = t.head() < tokens.size() ? t.head() : -1;
        }
        return predicate >= 0 ? tense(predicate, 0) : Tense.UNMARKED;
    }

    private boolean hasAuxiliary(int i) {
        for (Token t : tokens) {
            if (t.head() == i && (t.deprel().startsWith("aux") || t.deprel().equals("cop"))) {
                return true;
            }
        }
        return false;
    }

    private Tense tense(int v, int depth) {
        Token verb = tokens.get(v);
        String word = verb.text().toLowerCase(Locale.ROOT);
        boolean future = false;
        boolean modal = false;
        boolean perfect = false;
        boolean pastAux = false;
        boolean presentAux = false;
        for (Token t : tokens) {
            if (t.head() != v || !(t.deprel().startsWith("aux") || t.deprel().equals("cop"))) {
                continue;
            }
            String a = t.text().replace('\u2019', '\'').toLowerCase(Locale.ROOT);
            future |= FUTURE_AUX.contains(a);
            modal |= MODALS.contains(a);
            perfect |= HAVE.contains(a);
            pastAux |= PAST_AUX.contains(a);
            presentAux |= PRESENT_AUX.contains(a);
        }
        if (future || modal && !perfect) {
            return Tense.FUTURE;
        }
        if (verb.pos().equals("VBD") || pastAux) {
            return Tense.PAST;
        }
        if (SCHEDULED.contains(word) && presentAux) {
            return Tense.FUTURE;
        }
        if (verb.pos().equals("VBN")) {
            return Tense.PAST;
        }
        if (verb.deprel().equals("xcomp") && verb.head() >= 0 && verb.head() < tokens.size() && depth < 4) {
            Tense governing = tense(verb.head(), depth + 1);
            String g = tokens.get(verb.head()).text().toLowerCase(Locale.ROOT);
            if (INTENT.contains(g) && governing != Tense.PAST) {
                return Tense.FUTURE;
            }
            return governing;
        }
        return Tense.UNMARKED;
    }
}
