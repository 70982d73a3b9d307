package org.newsift.models.genre;

import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.Layer;
import org.newsift.pipeline.Stage;
import org.newsift.rhetoric.ArticleStance;

import java.util.EnumSet;
import java.util.Set;

/**
 * Sets the article's genre from the {@link GenreModel} (docs/rhetoric.md, "Genre"), replacing the rules'
 * genre that the rhetoric stages set; an article that declares itself satire ({@link ArticleStance#declaresSatire})
 * stays satire. Runs after the bias stage, whose sentence scores it reads. The spin is left as it is.
 */
public final class GenreStage implements Stage {
    /** What the features are computed from (the rhetoric layer: the rules' genre, which this stage replaces). */
    static final Set<Layer> REQUIRES = Set.copyOf(EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.QUOTES, Layer.BIAS,
            Layer.RHETORIC));
    private final GenreModel model;

    public GenreStage(GenreModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "genre";
    }

    @Override
    public Set<Layer> requires() {
        return REQUIRES;
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.RHETORIC); // the genre is part of the rhetoric layer's article reading
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        if (doc.nlp().sentences().isEmpty() || ArticleStance.declaresSatire(doc)) {
            return;
        }
        doc.setGenre(model.genre(GenreFeatures.of(doc)));
    }
}
