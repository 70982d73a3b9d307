package org.newsift.models.claims;

import org.newsift.attribution.AttributionLayers;
import org.newsift.encoding.EncodingLayers;
import org.newsift.encoding.SentenceReading;
import org.newsift.kinds.SentenceKindLayers;
import org.newsift.model.Claim;
import org.newsift.model.Quote;
import org.newsift.model.SentenceKind;
import org.newsift.model.TextSpan;
import org.newsift.nlp.NlpLayers;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.SentenceSpans;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.LayerKey;
import org.newsift.pipeline.Stage;
import org.newsift.text.CodePoints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds the claims layer (docs/attribution.md). Questions, calls to action, the writer's opinions, predictions and
 * fragments are withheld first ({@link ClaimFilter}); the {@link CheckWorthiness} head scores the rest from the
 * sentence model's reading, and every sentence whose calibrated check-worthiness reaches the minimum score is a claim.
 * When a quotation covers most of the sentence the claim is the quoted part and is attributed to the speaker's
 * actor; otherwise the writer makes it ({@code attributedTo} null). Claims come most check-worthy first.
 */
public final class ClaimStage implements Stage {
    private final CheckWorthiness model;
    private final double minScore;

    /**
     * @param minScore sentences below this calibrated check-worthiness are no claims; 0 to 1 (the model's
     *                 {@link CheckWorthiness#defaultThreshold} is the one chosen for precision)
     */
    public ClaimStage(CheckWorthiness model, double minScore) {
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("the minimum claim score must be between 0 and 1, not " + minScore);
        }
        this.model = model;
        this.minScore = minScore;
    }

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(NlpLayers.NLP, AttributionLayers.QUOTES, SentenceKindLayers.SENTENCE_KINDS,
                EncodingLayers.SENTENCE_READINGS);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(AttributionLayers.CLAIMS);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        List<Sentence> sentences = doc.get(NlpLayers.NLP).sentences();
        List<SentenceKind> kinds = doc.get(SentenceKindLayers.SENTENCE_KINDS);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            SentenceKind kind = i < kinds.size() ? kinds.get(i) : SentenceKind.REPORT;
            if (ClaimFilter.withheld(sentences.get(i), kind) == null) {
                candidates.add(i);
            }
        }
        List<SentenceReading> readings = doc.get(EncodingLayers.SENTENCE_READINGS);
        double[] p = candidates.stream().mapToDouble(i -> model.probability(readings.get(i))).toArray();
        List<List<Quote>> quotes = SentenceSpans.overlapping(sentences, doc.get(AttributionLayers.QUOTES), Quote::start,
                Quote::end);
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            if (p[i] >= minScore) {
                int sentence = candidates.get(i);
                claims.add(claim(doc.text(), sentences.get(sentence), p[i], quotes.get(sentence)));
            }
        }
        claims.sort(Comparator.comparingDouble(Claim::checkworthiness).reversed().thenComparingInt(Claim::start));
        doc.put(AttributionLayers.CLAIMS, claims);
    }

    /**
     * The sentence as a claim; its quoted part, attributed to the speaker, when one quotation covers most
     * of it; the whole sentence attributed to the speaker when one speaker's quotes, with their speaker, cue and
     * what they are about, do ("X accused Y of ... and said ...", "The Taliban called the strike a violation").
     */
    static Claim claim(String text, Sentence s, double p, List<Quote> quotes) {
        double score = Math.round(p * 1000) / 1000.0;
        int length = s.end() - s.start();
        boolean[] covered = new boolean[length];
        Set<String> speakers = new HashSet<>();
        for (Quote q : quotes) {
            int start = Math.max(q.start(), s.start());
            int end = Math.min(q.end(), s.end());
            if (end <= start) {
                continue;
            }
            String actor = q.speaker() == null ? null : q.speaker().actor();
            if (2 * (end - start) >= length) {
                return new Claim(start, end, CodePoints.substring(text, start, end), score, actor);
            }
            // the report of the words is the speaker's too: "The Taliban called the strike a violation"
            mark(covered, s, start, end);
            if (q.speaker() != null && q.speaker().start() != null) {
                mark(covered, s, q.speaker().start(), q.speaker().end());
            }
            for (TextSpan part : new TextSpan[]{q.cue(), q.about()}) {
                if (part != null) {
                    mark(covered, s, part.start(), part.end());
                }
            }
            speakers.add(actor == null ? "" : actor);
        }
        int share = 0;
        for (boolean c : covered) {
            share += c ? 1 : 0;
        }
        String actor = 2 * share >= length && speakers.size() == 1 && !speakers.contains("") ? speakers.iterator().next() : null;
        return new Claim(s.start(), s.end(), CodePoints.substring(text, s.start(), s.end()), score, actor);
    }

    private static void mark(boolean[] covered, Sentence s, int start, int end) {
        for (int i = Math.max(start, s.start()); i < Math.min(end, s.end()); i++) {
            covered[i - s.start()] = true;
        }
    }
}
