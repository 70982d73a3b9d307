package org.newsift.models.genre;

import org.newsift.attribution.AttributionLayers;
import org.newsift.models.bias.BiasStage;
import org.newsift.nlp.NlpLayers;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.LayerKey;
import org.newsift.pipeline.Stage;
import org.newsift.rhetoric.ArticleStance;
import org.newsift.rhetoric.RhetoricLayers;

import java.util.Set;

/**
 * Sets the article's genre from the {@link GenreModel} (docs/rhetoric.md, "Genre"), replacing the rules'
 * genre that the stance stage sets; an article that declares itself satire (the stance stage's genre, from
 * {@link ArticleStance#declaresSatire}) stays satire. Runs after the bias stage, whose sentence scores it reads.
 * The spin is left as it is.
 */
public final class GenreStage implements Stage {
    /** What the features are computed from, and the rules' genre (the stance stage's), which this stage replaces. */
    static final Set<LayerKey<?>> REQUIRES = Set.of(NlpLayers.NLP, AttributionLayers.QUOTES, BiasStage.SENTENCE_BIAS,
            RhetoricLayers.GENRE);
    private final GenreModel model;

    public GenreStage(GenreModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "genre";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return REQUIRES;
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(RhetoricLayers.GENRE);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        boolean satire = ArticleStance.SATIRE.equals(doc.get(RhetoricLayers.GENRE));
        if (doc.get(NlpLayers.NLP).sentences().isEmpty() || satire) {
            return;
        }
        doc.put(RhetoricLayers.GENRE, model.genre(GenreFeatures.of(doc)));
    }
}
