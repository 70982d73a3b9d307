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
 * (cues.tsv and the user's {@code --cues} files), so quotes and events agree on what reports; the other words
 * are {@link ModalityCues} (modality-cues.tsv and the user's {@code --modality-cues} files).
 */
final class ModalityReader {
    private static final Set<String> EMBEDDED = Set.of("ccomp", "parataxis");

    private final CueLexicon cues;
    private final ModalityCues words;

    /**
     * @param cues  the speech and belief verbs of the quote stage, so the two agree
     * @param words the negators, auxiliaries, marks and intent words
     */
    ModalityReader(CueLexicon cues, ModalityCues words) {
        this.cues = cues;
        this.words = words;
    }

    Modality of(Sentence s, int predicate) {
        boolean negated = false;
        boolean hypothetical = false;
        boolean future = false;
        for (Token c : s.children(predicate)) {
            String w = c.text().toLowerCase(Locale.ROOT);
            if ((c.deprel().equals("advmod") || c.deprel().equals("det") || c.deprel().equals("cc:preconj")
                    || c.deprel().equals("neg")) && words.has(ModalityCues.Group.NEGATOR, w)) {
                negated = true;
            }
            if (c.deprel().startsWith("aux")) {
                hypothetical |= words.has(ModalityCues.Group.HYPOTHETICAL, w);
                future |= words.has(ModalityCues.Group.FUTURE, w) || w.equals("going");
            }
            if (c.deprel().equals("mark") && words.has(ModalityCues.Group.CONDITIONAL, w)) {
                hypothetical = true;
            }
        }
        Token p = s.token(predicate);
        future |= isPurposeOrIntent(s, p);
        if (p.deprel().equals("xcomp") && p.head() >= 0) {
            Token governor = s.token(p.head());
            future |= words.has(ModalityCues.Group.INTENT_VERB, governor.lemma());
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
    private boolean isPurposeOrIntent(Sentence s, Token p) {
        boolean infinitive = s.children(p.index()).stream()
                .anyMatch(c -> c.deprel().equals("mark") && c.text().equalsIgnoreCase("to"));
        if (!infinitive || p.head() < 0) {
            return false;
        }
        Token governor = s.token(p.head());
        return p.deprel().equals("advcl")
                || (p.deprel().startsWith("acl") && words.has(ModalityCues.Group.INTENT_NOUN, governor.lemma()));
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
