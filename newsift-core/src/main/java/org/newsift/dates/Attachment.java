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
 * one, the sentence root), the tense of the clause it belongs to, and whether an event without one is told as
 * background (before the report).
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
    /** Whether the predicate is inside a relative clause ("Pakistan, which attacked the posts, met ..."). */
    private final boolean relative;

    /** @param predicate the event predicate's token index, or -1 to use the sentence root */
    Attachment(Sentence sentence, int predicate) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.predicate = predicate >= 0 ? predicate : root();
        this.quote = quotes();
        this.relative = this.predicate >= 0 && inRelativeClause(this.predicate);
    }

    private boolean inRelativeClause(int token) {
        int cur = token;
        for (int steps = 0; cur >= 0 && cur < tokens.size() && steps <= tokens.size(); steps++) {
            if (tokens.get(cur).deprel().equals("acl:relcl")) {
                return true;
            }
            cur = tokens.get(cur).head();
        }
        return false;
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
                if (clausal || gov < 0 && relative) {
                    return IGNORED; // a relative clause tells what happened before: the main clause's date is not its
                }
                if (nominal && !(direct && gov == predicate)) {
                    return NOMINAL; // "Tuesday's attack" dates the attack itself, and is a last resort for others
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

    /**
     * Why an event that no expression dates was told as having happened before the report, or null when it reads
     * as the news of the day: its clause is in the past perfect ("troops had fired first") or is a relative
     * clause in the past ("airstrikes that sparked clashes"), or its trigger noun has such a relative clause
     * ("the airstrikes that sparked clashes"). Present, present perfect and future clauses are never background.
     *
     * @param trigger the event's trigger; the predicate given to the constructor is its clause
     */
    String background(int trigger) {
        int clause = clause(predicate);
        if (clause >= 0) {
            String why = pastBefore(clause);
            if (why != null) {
                return why;
            }
        }
        if (trigger >= 0 && tokens.get(trigger).isNoun()) {
            for (Token t : sentence.children(trigger)) {
                if (t.deprel().equals("acl:relcl") && t.isVerb() && simplePast(t.index())) {
                    return "past relative clause '" + t.text() + "'";
                }
            }
        }
        return null;
    }

    private String pastBefore(int clause) {
        Token verb = tokens.get(clause);
        if (pluperfect(clause)) {
            return "past perfect 'had " + verb.text() + "'";
        }
        if (verb.deprel().equals("acl:relcl") && simplePast(clause)) {
            return "past relative clause '" + verb.text() + "'";
        }
        return null;
    }

    /** The verb (or copular head) whose clause a token is in: the token itself, or the first such above it. */
    private int clause(int token) {
        int cur = token;
        for (int steps = 0; cur >= 0 && cur < tokens.size() && steps <= tokens.size(); steps++) {
            if (tokens.get(cur).isVerb() || hasAuxiliary(cur)) {
                return cur;
            }
            cur = tokens.get(cur).head();
        }
        return -1;
    }

    private boolean pluperfect(int v) {
        return tokens.get(v).pos().equals("VBN") && auxiliaries(v).stream().anyMatch(a -> a.equals("had") || a.equals("'d"));
    }

    /** "sparked", "was closed", "did not stop"; not the present perfect ("has sparked"). */
    private boolean simplePast(int v) {
        List<String> aux = auxiliaries(v);
        if (aux.stream().anyMatch(a -> HAVE.contains(a) && !a.equals("had") || FUTURE_AUX.contains(a) || MODALS.contains(a))) {
            return false;
        }
        return tokens.get(v).pos().equals("VBD") || aux.stream().anyMatch(PAST_AUX::contains);
    }

    private List<String> auxiliaries(int v) {
        return sentence.children(v).stream()
                .filter(t -> t.deprel().startsWith("aux") || t.deprel().equals("cop"))
                .map(t -> t.text().replace('\u2019', '\'').toLowerCase(Locale.ROOT))
                .toList();
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
        return !auxiliaries(i).isEmpty();
    }

    private Tense tense(int v, int depth) {
        Token verb = tokens.get(v);
        String word = verb.text().toLowerCase(Locale.ROOT);
        boolean future = false;
        boolean modal = false;
        boolean perfect = false;
        boolean pastAux = false;
        boolean presentAux = false;
        for (String a : auxiliaries(v)) {
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
