package org.newsift.attribution;

import org.newsift.attribution.QuoteMarks.Stretch;
import org.newsift.model.Quote;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.Layer;
import org.newsift.pipeline.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Adds the quotes layer: direct quotations found by pairing quotation marks over the whole text
 * ({@link DirectQuotes}) and reported speech found on the dependency trees ({@link IndirectQuotes}),
 * each with its cue and speaker, and the speaker's actor where the actor stage resolved one
 * (docs/attribution.md). Holds only its immutable cue lexicon.
 */
public final class QuoteStage implements Stage {
    private final CueLexicon cues;

    public QuoteStage(CueLexicon cues) {
        this.cues = cues;
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ACTORS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        doc.setQuotes(find(doc.text(), doc.nlp().sentences(), new Speakers(doc.text(), doc.nlp().sentences(), doc.resolution())));
    }

    private List<Quote> find(String text, List<Sentence> sentences, Speakers speakers) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        List<Stretch> stretches = QuoteMarks.find(text);
        List<Quote> out = new ArrayList<>(new DirectQuotes(text, sentences, cues, speakers).find(stretches));
        IndirectQuotes indirect = new IndirectQuotes(text, cues, speakers);
        for (Sentence s : sentences) {
            out.addAll(indirect.find(s, quoted(s, stretches)));
        }
        out.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
        return out;
    }

    /** Per token, whether a quotation mark pair encloses it (quote marks themselves are outside). */
    private static boolean[] quoted(Sentence s, List<Stretch> stretches) {
        boolean[] in = new boolean[s.tokens().size()];
        for (Stretch q : stretches) {
            if (q.end() <= s.start() || q.start() >= s.end()) {
                continue;
            }
            for (Token t : s.tokens()) {
                in[t.index()] |= t.start() < q.end() && t.end() > q.start();
            }
        }
        return in;
    }
}
