package org.newsift.events;

import org.newsift.attribution.CueLexicon;
import org.newsift.model.Modality;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.Locale;
import java.util.Set;

/**
 * How the text asserts an event, from the predicate's dependents and the clauses above it:
 * negated ("did not attack", "no talks"), hypothetical ("could impose", "if ... attacks"), future or
 * intended ("will meet", "plans to visit", "promising to destroy", "a pledge to withdraw", "sent troops
 * to retake"), reported (inside what someone said: "Pakistan said the Taliban attacked", "claimed that
 * the army had raped her", "according to officials"). The speech verbs are the attribution cue lexicon's
 * (cues.tsv and the user's {@code --cues} files), so quotes and events agree on what reports.
 */
final class ModalityReader {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor", "without");
    private static final Set<String> HYPOTHETICAL = Set.of("could", "might", "may", "would", "should", "can");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless", "whether");
    private static final Set<String> INTENT_VERBS = Set.of("plan", "intend", "vow", "pledge", "promise", "threaten",
            "aim", "seek", "prepare", "expect", "hope", "want", "decide", "agree", "propose", "offer");
    /** Nouns whose infinitive is an act not yet done: "a pledge to withdraw", "its bid to retake". */
    private static final Set<String> INTENT_NOUNS = Set.of("plan", "intention", "vow", "pledge", "promise", "threat",
            "aim", "goal", "bid", "attempt", "effort", "offer", "proposal", "decision", "call", "demand", "order");
    private static final Set<String> EMBEDDED = Set.of("ccomp", "parataxis");

    private final CueLexicon cues;

    /** @param cues the speech and belief verbs of the quote stage, so the two agree */
    ModalityReader(CueLexicon cues) {
        this.cues = cues;
    }

    Modality of(Sentence s, int predicate) {
        boolean negated = false;
        boolean hypothetical = false;
        boolean future = false;
        for (Token c : s.children(predicate)) {
            String w = c.text().toLowerCase(Locale.ROOT);
            if ((c.deprel().equals("advmod") || c.deprel().equals("det") || c.deprel().equals("cc:preconj")
                    || c.deprel().equals("neg")) && NEGATORS.contains(w)) {
                negated = true;
            }
            if (c.deprel().startsWith("aux")) {
                hypothetical |= HYPOTHETICAL.contains(w);
                future |= FUTURE.contains(w) || w.equals("going");
            }
            if (c.deprel().equals("mark") && CONDITIONAL_MARKS.contains(w)) {
                hypothetical = true;
            }
        }
        Token p = s.token(predicate);
        future |= isPurposeOrIntent(s, p);
        if (p.deprel().equals("xcomp") && p.head() >= 0) {
            Token governor = s.token(p.head());
            future |= INTENT_VERBS.contains(governor.lemma().toLowerCase(Locale.ROOT));
            Modality above = of(s, governor.index());
            negated |= above.negated();
            hypothetical |= above.hypothetical();
            future |= above.future();
        }
        return new Modality(negated, hypothetical, future, reported(s, predicate));
    }

    /**
     * An infinitive of purpose ("sent troops to retake the city") or of an intent noun ("a pledge to
     * withdraw"): the act is intended, not done.
     */
    private static boolean isPurposeOrIntent(Sentence s, Token p) {
        boolean infinitive = s.children(p.index()).stream()
                .anyMatch(c -> c.deprel().equals("mark") && c.text().equalsIgnoreCase("to"));
        if (!infinitive || p.head() < 0) {
            return false;
        }
        Token governor = s.token(p.head());
        return p.deprel().equals("advcl")
                || (p.deprel().startsWith("acl") && INTENT_NOUNS.contains(governor.lemma().toLowerCase(Locale.ROOT)));
    }

    /** True when the predicate sits in a clause that a speech verb introduces, or the sentence cites a source. */
    private boolean reported(Sentence s, int predicate) {
        Token t = s.token(predicate);
        int guard = s.tokens().size();
        while (t.head() >= 0 && guard-- > 0) {
            Token governor = s.token(t.head());
            boolean speech = cues.isVerb(governor.lemma());
            if (speech && EMBEDDED.contains(t.deprel())) {
                return true;
            }
            t = governor;
        }
        // "The Taliban attacked the post, officials said": the parser hangs the speech verb under the event
        for (Token c : s.children(predicate)) {
            if (c.deprel().equals("parataxis") && cues.isVerb(c.lemma())) {
                return true;
            }
        }
        for (int i = 0; i + 1 < s.tokens().size(); i++) {
            if (s.token(i).text().equalsIgnoreCase("according") && s.token(i + 1).text().equalsIgnoreCase("to")) {
                return true;
            }
        }
        return false;
    }
}
