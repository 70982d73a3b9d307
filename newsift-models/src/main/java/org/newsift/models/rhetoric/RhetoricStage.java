package org.newsift.models.rhetoric;

import org.newsift.encoding.SentenceEncoding;
import org.newsift.model.Rhetoric;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.Layer;
import org.newsift.pipeline.Stage;
import org.newsift.rhetoric.ArticleStance;
import org.newsift.rhetoric.RhetoricSpans;
import org.newsift.text.CodePoints;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds the {@link RhetoricModel}'s spans to the cue stage's (docs/rhetoric.md, "Combining cues and the
 * model"): a model span that overlaps a cue span of the same technique confirms it (the cue keeps its
 * words and reason, its score becomes the higher of the two); any other model span above the model's
 * threshold is added with the technique head's label; cue spans the model does not see keep their prior.
 * Then the genre and spin are recomputed. Without encodings (no encoder ran) the cue spans stand alone.
 */
public final class RhetoricStage implements Stage {
    private final RhetoricModel model;

    public RhetoricStage(RhetoricModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "rhetoric-model";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.ENCODINGS, Layer.RHETORIC);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.RHETORIC);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        List<SentenceEncoding> encodings = doc.encodings();
        if (encodings.isEmpty()) {
            return;
        }
        doc.setRhetoric(combine(doc.rhetoric(), modelSpans(doc.text(), encodings)));
        ArticleStance.assess(doc);
    }

    /** The model's spans of an article, each labelled and explained. */
    List<Rhetoric> modelSpans(String text, List<SentenceEncoding> encodings) {
        List<Rhetoric> out = new ArrayList<>();
        for (SentenceEncoding e : encodings) {
            for (RhetoricModel.Found f : model.spans(text, e)) {
                RhetoricModel.Scored t = model.classify(text, f.start(), f.end(), encodings);
                String words = f.strongest().stream().map(w -> "'" + w + "'").collect(Collectors.joining(", "));
                double score = round(model.atBaseRate(f.probability()));
                out.add(new Rhetoric(f.start(), f.end(), CodePoints.substring(text, f.start(), f.end()), t.technique(),
                        score, String.format(Locale.ROOT,
                        "model %s: wording like %s marks persuasion spans in the PTC training articles (p=%.2f); "
                                + "the span resembles %s spans (p=%.2f)", model.name(), words, score,
                        t.technique(), t.probability())));
            }
        }
        return out;
    }

    /** The combination rule of the class comment. */
    static List<Rhetoric> combine(List<Rhetoric> cues, List<Rhetoric> modelled) {
        List<Rhetoric> out = new ArrayList<>(cues);
        for (Rhetoric m : modelled) {
            int confirmed = -1;
            for (int i = 0; i < cues.size() && confirmed < 0; i++) {
                Rhetoric c = out.get(i);
                if (c.technique().equals(m.technique()) && c.start() < m.end() && m.start() < c.end()) {
                    confirmed = i;
                }
            }
            if (confirmed < 0) {
                out.add(m);
            } else {
                Rhetoric c = out.get(confirmed);
                out.set(confirmed, new Rhetoric(c.start(), c.end(), c.text(), c.technique(), Math.max(c.score(), m.score()),
                        c.explanation() + String.format(Locale.ROOT, "; the model agrees (p=%.2f)", m.score())));
            }
        }
        return RhetoricSpans.resolve(out);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
