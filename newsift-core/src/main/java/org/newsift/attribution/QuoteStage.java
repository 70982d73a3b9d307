package org.newsift.attribution;

import org.newsift.actors.ActorLayers;
import org.newsift.attribution.QuoteMarks.Stretch;
import org.newsift.model.Quote;
import org.newsift.nlp.NlpLayers;
import org.newsift.nlp.NlpResult;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.SentenceSpans;
import org.newsift.nlp.Token;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.LayerKey;
import org.newsift.pipeline.Stage;
import org.newsift.text.CodePoints;
import org.newsift.text.SpanIndex;

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
    public Set<LayerKey<?>> requires() {
        return Set.of(NlpLayers.NLP, ActorLayers.ACTORS);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(AttributionLayers.QUOTES);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        NlpResult nlp = doc.get(NlpLayers.NLP);
        Speakers speakers = new Speakers(doc.text(), nlp, doc.get(ActorLayers.ACTORS));
        doc.put(AttributionLayers.QUOTES, find(doc.text(), nlp.sentences(), speakers));
    }

    private List<Quote> find(String text, List<Sentence> sentences, Speakers speakers) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        List<Stretch> stretches = QuoteMarks.find(text);
        List<Quote> direct = new DirectQuotes(text, sentences, cues, speakers).find(stretches);
        IndirectQuotes indirect = new IndirectQuotes(text, cues, speakers);
        List<Quote> out = new ArrayList<>();
        List<List<Stretch>> bySentence = SentenceSpans.overlapping(sentences, stretches, Stretch::start, Stretch::end);
        for (int i = 0; i < sentences.size(); i++) {
            out.addAll(indirect.find(sentences.get(i), quoted(sentences.get(i), bySentence.get(i))));
        }
        out.addAll(wordsWithin(text, stretches, direct, out));
        out.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
        return out;
    }

    /**
     * "He said the delegation came with “honesty and seriousness”": a quotation inside reported speech is the
     * speaker's own words, with the reported clause's speaker and cue; alone it would pass for a scare quote, or
     * for a quotation whose speaker is unknown.
     */
    private static List<Quote> wordsWithin(String text, List<Stretch> stretches, List<Quote> direct, List<Quote> reported) {
        SpanIndex<Quote> directSpans = new SpanIndex<>(direct, Quote::start, Quote::end);
        SpanIndex<Quote> reportedSpans = new SpanIndex<>(reported, Quote::start, Quote::end);
        List<Quote> out = new ArrayList<>();
        for (Stretch q : stretches) {
            // a quote that contains q overlaps q widened by one (q may be empty)
            Quote found = directSpans.overlapping(q.start() - 1, q.end() + 1).stream()
                    .filter(f -> f.start() <= q.start() && q.end() <= f.end()).findFirst().orElse(null);
            if (found != null && found.speaker() != null) {
                out.add(found);
                continue;
            }
            Quote within = reportedSpans.overlapping(q.start(), q.start() + 1).stream().findFirst().orElse(null);
            if (within != null) {
                out.add(new Quote(q.start(), q.end(), CodePoints.substring(text, q.start(), q.end()), true,
                        within.speaker(), within.cue(), null, "quotation marks inside the reported speech of '"
                        + within.cue().text() + "': the speaker's own words"));
            } else if (found != null) {
                out.add(found);
            }
        }
        return out;
    }

    /**
     * Per token, whether a quotation mark pair encloses it (quote marks themselves are outside).
     *
     * @param stretches the stretches that overlap the sentence (or more)
     */
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
