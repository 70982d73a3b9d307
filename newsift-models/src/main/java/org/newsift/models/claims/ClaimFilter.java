package org.newsift.models.claims;

import org.newsift.model.SentenceKind;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What is not a claim, whatever the model would say: a fact-checker checks what has happened or is the case,
 * and these sentences assert nothing of the kind. Cheap rules over the parse, run before the model so that the
 * model reads only sentences that can be claims. The sentence kinds come from {@code SentenceKindStage}
 * (newsift-core), whose opinion reading (evaluative words, stance markers, the writer's verdicts and forecasts)
 * is reused here rather than repeated.
 */
public final class ClaimFilter {
    /** Fewer words than this is a fragment: a dateline, a byline, a headline scrap. */
    static final int MIN_WORDS = 6;
    /** Modal auxiliaries of what will or may happen (lemmas); "can" says what is possible now, and stays. */
    private static final Set<String> PREDICTIVE_MODALS = Set.of("will", "would", "could", "might", "may", "shall", "'ll");
    /** Predicates that forecast with an infinitive: "is likely to change", "is expected to rise". */
    private static final Set<String> FORECASTING = Set.of("likely", "unlikely", "expected", "poised", "projected",
            "forecast", "predicted", "set", "due", "bound");
    /**
     * Verbs that report a demand or an appeal (lemmas): what they govern is asked for, not asserted ("Islamabad
     * demanded that Kabul act", "the UN urged both sides to keep talking"). "Call" is left out: "called the strike
     * a violation" reports a judgement.
     */
    private static final Set<String> DIRECTIVES = Set.of("urge", "demand", "ask", "appeal", "implore", "beg", "exhort");
    /** Finite verb tags: past, present (both persons) and modals; a sentence without one asserts nothing. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    /** Why a sentence was withheld; its {@link #explanation} is what docs/attribution.md lists. */
    public enum Reason {
        QUESTION("a question asks, it does not assert"),
        CALL_TO_ACTION("a call to action asks for something, it does not assert"),
        DEMAND("a reported demand or appeal: what it asks for is not asserted"),
        OPINION("an opinion in the writer's voice (sentence kind 'opinion')"),
        PREDICTION("a prediction: the main clause speaks of what will, would or could happen"),
        FRAGMENT("a fragment: no finite verb, or fewer than " + MIN_WORDS + " words");

        private final String explanation;

        Reason(String explanation) {
            this.explanation = explanation;
        }

        public String explanation() {
            return explanation;
        }
    }

    private ClaimFilter() {
    }

    /** Why the sentence cannot be a claim, or null when the model should read it. */
    public static Reason withheld(Sentence s, SentenceKind kind) {
        if (kind == SentenceKind.QUESTION) {
            return Reason.QUESTION;
        }
        if (kind == SentenceKind.CALL_TO_ACTION) {
            return Reason.CALL_TO_ACTION;
        }
        if (kind == SentenceKind.OPINION) {
            return Reason.OPINION;
        }
        if (fragment(s)) {
            return Reason.FRAGMENT;
        }
        if (demands(s)) {
            return Reason.DEMAND;
        }
        return predicts(s) ? Reason.PREDICTION : null;
    }

    /** The root is a verb of demand or appeal that governs a clause: what it asks for. */
    static boolean demands(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.head() < 0 && t.lemma() != null && DIRECTIVES.contains(t.lemma().toLowerCase(Locale.ROOT))
                    && s.children(t.index()).stream().anyMatch(c -> c.deprel().equals("ccomp") || c.deprel().equals("xcomp"))) {
                return true;
            }
        }
        return false;
    }

    static boolean fragment(Sentence s) {
        long words = s.tokens().stream().filter(t -> t.text().codePoints().anyMatch(Character::isLetterOrDigit)).count();
        return words < MIN_WORDS || s.tokens().stream().noneMatch(t -> FINITE.contains(t.pos()));
    }

    /**
     * The main clause, or a clause it reports ("officials said the rate will rise"), is about the future or the
     * possible: a predictive modal, or a forecasting predicate with an infinitive. A modal in a side clause ("the
     * firm, which will report on Friday, lost $2 billion") leaves the claim standing.
     */
    static boolean predicts(Sentence s) {
        for (Token head : mainClauses(s)) {
            List<Token> children = s.children(head.index());
            boolean modal = children.stream().anyMatch(c -> c.deprel().equals("aux")
                    && PREDICTIVE_MODALS.contains(c.lemma().toLowerCase(Locale.ROOT)));
            boolean forecast = FORECASTING.contains(head.text().toLowerCase(Locale.ROOT))
                    && children.stream().anyMatch(c -> c.deprel().equals("xcomp"));
            if (modal || forecast) {
                return true;
            }
        }
        return false;
    }

    /** The root and the clauses it reports or that share its subject: ccomp and xcomp, followed down. */
    private static List<Token> mainClauses(Sentence s) {
        List<Token> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.head() < 0) {
                out.add(t);
            }
        }
        for (int i = 0; i < out.size(); i++) {
            for (Token c : s.children(out.get(i).index())) {
                if (c.deprel().equals("ccomp") || c.deprel().equals("xcomp")) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
