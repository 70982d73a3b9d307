package org.newsift.models.rhetoric;

import org.newsift.encoding.EncodingLayers;
import org.newsift.encoding.SentenceReading;
import org.newsift.model.Rhetoric;
import org.newsift.nlp.NlpLayers;
import org.newsift.nlp.Sentence;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.LayerKey;
import org.newsift.pipeline.Stage;
import org.newsift.rhetoric.RhetoricLayers;
import org.newsift.rhetoric.RhetoricSpans;
import org.newsift.text.CodePoints;
import org.newsift.text.SpanIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The learned rhetoric layer (docs/rhetoric.md, "How spans are chosen"): the {@link SpanTagger} finds spans in
 * every sentence the sentence model read, those whose calibrated score reaches {@code minScore} are kept, and the {@link TechniqueHead}
 * names their technique. A cue span of the cue stage that overlaps a kept span of its own technique is that span's
 * evidence: the model span quotes it and keeps its extent and score, and the cue is not output apart (otherwise a
 * cue word with a higher prior would replace the tagger's phrase, which matches PTC's span extents better). A cue
 * that overlaps a kept span of another technique is confirmed: it keeps its words and technique and takes the higher
 * of its prior and the tagger's score. A cue the tagger does not confirm is output only when its prior (the
 * probability that its span is a persuasion span, calibrated on PTC articles) reaches the minimum score too. On dev
 * articles the cues that pass were right more often than the tagger's spans (docs/rhetoric.md), so they raise
 * precision. The head never names a technique of
 * {@link #CUES_ONLY}. The stance stage after it settles the combined spans (names alone dropped, voices read) and
 * reads the genre and spin from the writer's.
 */
public final class RhetoricStage implements Stage {
    /**
     * Techniques that only the cues output, not the model. Repetition: the technique head reads one sentence, so
     * it cannot see that a phrase repeats. Doubt: the head names it for most questions and hedges. On the PTC
     * calibration articles (buckets 20-29) at the shipped threshold, the model's Repetition spans were persuasion
     * spans 6 times in 22 and never Repetition; its Doubt spans 17 times in 51 and Doubt 5 times, against 53 %
     * and 24 % for all its spans. Causal_Oversimplification: a causal leap spans a clause, and the head gives the
     * name to a few loaded words inside one; its spans there were persuasion spans 10 times in 28 and the right
     * technique once. The cue stage's article-wide repetition detector, its doubt patterns and its causal cues stay.
     */
    static final Set<String> CUES_ONLY = Set.of("Repetition", "Doubt", "Causal_Oversimplification");
    private final SpanTagger tagger;
    private final TechniqueHead head;
    private final double minScore;

    public RhetoricStage(SpanTagger tagger, TechniqueHead head, double minScore) {
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("minimum span score must be between 0 and 1, not " + minScore);
        }
        this.tagger = tagger;
        this.head = head;
        this.minScore = minScore;
    }

    @Override
    public String name() {
        return "rhetoric-model";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(NlpLayers.NLP, RhetoricLayers.RHETORIC, EncodingLayers.SENTENCE_READINGS);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(RhetoricLayers.RHETORIC);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        List<Sentence> sentences = doc.get(NlpLayers.NLP).sentences();
        if (sentences.isEmpty()) {
            return;
        }
        List<Rhetoric> learned = modelSpans(doc.text(), sentences, doc.get(EncodingLayers.SENTENCE_READINGS));
        doc.put(RhetoricLayers.RHETORIC, combine(doc.get(RhetoricLayers.RHETORIC), learned, minScore));
    }

    /** The tagger's spans at or above the minimum score, each with its technique and explanation. */
    List<Rhetoric> modelSpans(String text, List<Sentence> sentences, List<SentenceReading> readings) {
        List<String> texts = sentences.stream().map(s -> CodePoints.substring(text, s.start(), s.end())).toList();
        List<List<SpanTagger.Found>> found = tagger.find(texts, readings);
        List<Rhetoric> kept = new ArrayList<>();
        List<TechniqueHead.Query> queries = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = texts.get(i);
            for (SpanTagger.Found f : found.get(i)) {
                double score = Math.round(f.score() * 1000) / 1000.0;
                if (score < minScore) {
                    continue;
                }
                String words = sentence.substring(f.start(), f.end());
                int start = sentences.get(i).start() + sentence.codePointCount(0, f.start());
                kept.add(new Rhetoric(start, start + words.codePointCount(0, words.length()), words, "", score, ""));
                queries.add(new TechniqueHead.Query(words, sentence));
            }
        }
        List<TechniqueHead.Scored> techniques = head.classify(queries, CUES_ONLY);
        List<Rhetoric> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Rhetoric r = kept.get(i);
            TechniqueHead.Scored t = techniques.get(i);
            // the score is calibrated on spans of its kind (SpanCalibration), and the explanation says which
            String kind = SpanTagger.isOneWord(r.text(), 0, r.text().length()) ? "one-word spans" : "longer spans";
            out.add(new Rhetoric(r.start(), r.end(), r.text(), t.technique(), r.score(), String.format(Locale.ROOT,
                    "model %s: %.0f%% of %s scored like this were persuasion spans in held-out PTC articles; "
                            + "technique %s (p=%.2f)", tagger.name(), r.score() * 100, kind, t.technique(),
                    t.probability())));
        }
        return out;
    }

    /** The combination rule of the class comment. */
    static List<Rhetoric> combine(List<Rhetoric> cues, List<Rhetoric> modelled, double minScore) {
        SpanIndex<Rhetoric> modelledSpans = new SpanIndex<>(modelled, Rhetoric::start, Rhetoric::end);
        SpanIndex<Rhetoric> cueSpans = new SpanIndex<>(cues, Rhetoric::start, Rhetoric::end);
        List<Rhetoric> out = new ArrayList<>();
        for (Rhetoric c : cues) {
            List<Rhetoric> overlapping = modelledSpans.overlapping(c.start(), c.end());
            if (overlapping.stream().anyMatch(m -> m.technique().equals(c.technique()))) {
                continue;
            }
            Rhetoric confirming = overlapping.stream().max(Comparator.comparingDouble(Rhetoric::score)).orElse(null);
            if (confirming != null) {
                out.add(new Rhetoric(c.start(), c.end(), c.text(), c.technique(), Math.max(c.score(), confirming.score()),
                        c.explanation() + String.format(Locale.ROOT, "; the tagger marks this stretch (p=%.2f)",
                                confirming.score())));
            } else if (c.score() >= minScore) {
                out.add(c);
            }
        }
        for (Rhetoric m : modelled) {
            StringBuilder explanation = new StringBuilder(m.explanation());
            cueSpans.overlapping(m.start(), m.end()).stream().filter(c -> c.technique().equals(m.technique()))
                    .forEach(c -> explanation.append("; ").append(c.explanation()));
            out.add(new Rhetoric(m.start(), m.end(), m.text(), m.technique(), m.score(), explanation.toString()));
        }
        return RhetoricSpans.resolve(out);
    }
}
