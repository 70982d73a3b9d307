package org.newsift.models.genre;

import org.newsift.assembly.Pipeline;
import org.newsift.model.Article;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.LayerKey;
import org.newsift.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An analysis pipeline that ends by computing an article's {@link GenreFeatures} instead of its genre:
 * what the genre model is trained and cross-validated on, computed exactly as {@link GenreStage} computes
 * them at run time. Thread-safe.
 */
public final class GenreFeaturePipeline {
    private final Pipeline pipeline;
    private final ThreadLocal<float[]> last = new ThreadLocal<>();

    /** From the pipeline the genre stage follows ({@code ModelPipelines.withoutGenre}). */
    public GenreFeaturePipeline(Pipeline analysis) {
        List<Stage> stages = new ArrayList<>(analysis.stages());
        stages.add(new Stage() {
            @Override
            public String name() {
                return "genre-features";
            }

            @Override
            public Set<LayerKey<?>> requires() {
                return GenreStage.REQUIRES;
            }

            @Override
            public Set<LayerKey<?>> provides() {
                return Set.of();
            }

            @Override
            public void apply(AnnotatedDocument doc) {
                last.set(GenreFeatures.of(doc));
            }
        });
        this.pipeline = new Pipeline(stages);
    }

    /** The features of one article (the analysis runs on the calling thread). */
    public float[] features(Article article) {
        pipeline.analyze(article);
        return last.get();
    }
}
