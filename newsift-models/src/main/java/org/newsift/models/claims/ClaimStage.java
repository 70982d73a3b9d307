package org.newsift.models.claims;

import org.newsift.encoding.SentenceEncoding;
import org.newsift.model.Claim;
import org.newsift.model.Quote;
import org.newsift.models.BinarySentenceModel;
import org.newsift.nlp.Sentence;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.Layer;
import org.newsift.pipeline.Stage;
import org.newsift.text.CodePoints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds the claims layer: every sentence whose check-worthiness (the {@link ClaimModel} on the shared
 * sentence embedding) reaches the model's threshold. When a quotation covers most of the sentence the
 * claim is the quoted part and is attributed to the speaker's actor; otherwise the writer makes it
 * ({@code attributedTo} null). Claims come most check-worthy first.
 */
public final class ClaimStage implements Stage {
    private final BinarySentenceModel model;

    public ClaimStage(BinarySentenceModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.ENCODINGS, Layer.QUOTES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.CLAIMS);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        List<Sentence> sentences = doc.nlp().sentences();
        List<SentenceEncoding> encodings = doc.encodings();
        if (encodings.size() != sentences.size()) {
            return; // no encoder ran: no claims rather than a wrong pairing
        }
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String text = CodePoints.substring(doc.text(), s.start(), s.end());
            double p = model.probability(encodings.get(i).pooled(), text);
            if (p >= model.threshold()) {
                claims.add(claim(doc.text(), s, p, doc.quotes()));
            }
        }
        claims.sort(Comparator.comparingDouble(Claim::checkworthiness).reversed().thenComparingInt(Claim::start));
        doc.setClaims(claims);
    }

    /**
     * The sentence as a claim; its quoted part, attributed to the speaker, when one quotation covers most
     * of it; the whole sentence attributed to the speaker when several of one speaker's do ("X accused Y
     * of ... and said ...").
     */
    static Claim claim(String text, Sentence s, double p, List<Quote> quotes) {
        double score = Math.round(p * 1000) / 1000.0;
        int length = s.end() - s.start();
        int covered = 0;
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
            covered += end - start;
            speakers.add(actor == null ? "" : actor);
        }
        String actor = 2 * covered >= length && speakers.size() == 1 && !speakers.contains("") ? speakers.iterator().next() : null;
        return new Claim(s.start(), s.end(), CodePoints.substring(text, s.start(), s.end()), score, actor);
    }
}
