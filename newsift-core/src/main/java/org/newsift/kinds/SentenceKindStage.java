package org.newsift.kinds;

import org.newsift.model.SentenceKind;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.Layer;
import org.newsift.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives each sentence a kind from its form: a question ends in "?", a sentence that opens with a
 * quotation mark is a quote, one led by a bare imperative verb is a call to action, and the rest
 * report. Opinion needs the attribution and rhetoric stages, which refine these kinds.
 */
public final class SentenceKindStage implements Stage {

    @Override
    public String name() {
        return "sentence-kinds";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.SENTENCE_KINDS);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        List<SentenceKind> kinds = new ArrayList<>();
        for (Sentence s : doc.nlp().sentences()) {
            kinds.add(kindOf(s));
        }
        doc.setSentenceKinds(kinds);
    }

    static SentenceKind kindOf(Sentence s) {
        List<Token> t = s.tokens();
        Token last = t.get(t.size() - 1);
        if (last.text().equals("?") || (t.size() > 1 && last.text().matches("[\"'\u201d\u2019]") && t.get(t.size() - 2).text().equals("?"))) {
            return SentenceKind.QUESTION;
        }
        if (t.get(0).text().matches("[\"\u201c\u2018`]+|''")) {
            return SentenceKind.QUOTE;
        }
        // "Stop the war." / "Let us ..." : a base-form verb leading a sentence with no subject.
        Token first = t.get(0);
        boolean hasSubject = t.stream().anyMatch(x -> x.deprel().startsWith("nsubj"));
        if (first.pos().equals("VB") && !hasSubject && t.size() > 2) {
            return SentenceKind.CALL_TO_ACTION;
        }
        return SentenceKind.REPORT;
    }
}
