package org.newsift.eval;

import org.newsift.models.ModelPipelines;
import org.newsift.models.PolnearMetadata;
import org.newsift.models.genre.GenreData;
import org.newsift.models.genre.GenreFeaturePipeline;
import org.newsift.models.genre.GenreModel;
import org.newsift.models.genre.GenreScores;
import org.newsift.models.genre.GenreTrainer;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.model.Article;
import org.newsift.rhetoric.ArticleStance;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code rhetoric.genre.macro_f1}: macro-F1 over opinion, reporting and satire of the genre model on the
 * SemEval-2023 genre articles (210), cross-validated: 10 folds by a hash of the article id, each fold's
 * genres from a model (weights and threshold) trained on the other nine and the 20 Reuters-21578 wire
 * stories, as {@code newsift train genre} trains the built-in one. Every article goes through the full pipeline up
 * to the genre stage. Prints each genre's precision and recall and the confusion matrix. CI and {@code --full} alike:
 * all 210 articles. {@code rhetoric.genre.polnear_wire_reporting_share}: of the 69 PolNeAR training articles credited
 * to a news agency (AP, AFP, Reuters, UPI copy republished in 2016; never trained on), the share that a model fitted
 * on all the training articles calls reporting.
 */
public final class SemevalGenre implements EvalTask {
    static final String MACRO_F1 = "rhetoric.genre.macro_f1";
    static final String WIRE_REPORTING = "rhetoric.genre.polnear_wire_reporting_share";

    @Override
    public String name() {
        return "semeval_genre";
    }

    @Override
    public List<String> metrics() {
        return List.of(MACRO_F1, WIRE_REPORTING);
    }

    @Override
    public List<Path> requiredData() {
        return List.of(GenreData.DIR.resolve(GenreData.LABELS), GenreData.REUTERS,
                PolnearMetadata.DIR.resolve(PolnearMetadata.FILE), PolnearMetadata.DIR.resolve("train").resolve("text"));
    }

    @Override
    public void run(EvalContext ctx, MetricSink out) throws Exception {
        List<GenreData.Labelled> articles = GenreData.trainingArticles(ctx.dataDir());
        GenreFeaturePipeline features = new GenreFeaturePipeline(ModelPipelines.withoutGenre(ctx.annotator(),
                NewsiftConfig.defaults(), ModelPipelines.Options.defaults()));
        List<GenreTrainer.Example> examples = ctx.map(name(), articles,
                a -> GenreTrainer.example(a, features.features(a.article())));
        GenreScores cv = GenreTrainer.crossValidate(examples);
        System.err.printf("[%s] %d articles, %d-fold cross-validation by id hash over the SemEval ones%n", name(),
                articles.size(), GenreData.FOLDS);
        cv.lines().forEach(l -> System.err.println("[" + name() + "] " + l));
        out.put(MACRO_F1, cv.macroF1());

        // modern news-agency copy that the model never saw: reporting, as the built-in model (fitted on all) calls it
        GenreModel model = GenreTrainer.fit(examples);
        List<Article> wire = GenreData.polnearWire(ctx.dataDir().resolve(PolnearMetadata.DIR));
        List<String> genres = ctx.map(name() + "-wire", wire, a -> model.genre(features.features(a)));
        long reporting = genres.stream().filter(ArticleStance.REPORTING::equals).count();
        System.err.printf("[%s] %d PolNeAR wire stories (never trained on): %d called reporting, %d opinion%n", name(),
                wire.size(), reporting, wire.size() - reporting);
        out.put(WIRE_REPORTING, (double) reporting / wire.size());
    }
}
