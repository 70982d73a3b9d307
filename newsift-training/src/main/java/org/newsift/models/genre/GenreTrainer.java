package org.newsift.models.genre;

import org.newsift.models.SoftmaxRegression;
import org.newsift.assembly.Pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Fits and cross-validates the genre model ({@code newsift train genre}, the genre eval task). The
 * weights: {@link SoftmaxRegression} of opinion against reporting, both weighing the same; satire articles
 * are left out of the fit ({@link GenreModel} never answers satire) but not out of the scores. The reporting
 * threshold is chosen by cross-validation inside the training articles (the one that maximises the macro-F1
 * of opinion and reporting there; of equal ones the highest, for precision). Cross-validated scores nest that
 * choice: each fold's model and threshold come from the other folds alone. Deterministic.
 */
public final class GenreTrainer {
    /** L2 strength: strong, as 210 articles with 21 reporting and 5 satire ones cannot carry more. */
    static final SoftmaxRegression.Options OPTIONS = SoftmaxRegression.Options.DEFAULT.withL2(1.0);
    private static final double[] REPORTING_THRESHOLDS = IntStream.rangeClosed(6, 18).mapToDouble(i -> i / 20.0).toArray();

    private GenreTrainer() {
    }

    /** One training article: its features, gold genre (index in {@link GenreModel#GENRES}) and fold. */
    public record Example(String id, float[] features, int genre, int fold) {
    }

    /** The articles' features from {@code analysis} (the pipeline before the genre stage), on all cores, in order. */
    public static List<Example> examples(List<GenreData.Labelled> articles, Pipeline analysis) {
        GenreFeaturePipeline features = new GenreFeaturePipeline(analysis);
        return articles.parallelStream().map(a -> example(a, features.features(a.article()))).toList();
    }

    /** One labelled article with its features. */
    public static Example example(GenreData.Labelled a, float[] features) {
        return new Example(a.article().id(), features, GenreModel.GENRES.indexOf(a.genre()), a.fold());
    }

    /**
     * The model fitted on the opinion and reporting articles of {@code examples}, its threshold chosen by
     * cross-validation among those with a fold.
     */
    public static GenreModel fit(List<Example> examples) {
        List<Example> fitted = examples.stream().filter(e -> e.genre() != GenreModel.SATIRE).toList();
        List<Double> reporting = new ArrayList<>();
        List<Integer> gold = new ArrayList<>();
        for (int fold : folds(fitted)) {
            SoftmaxRegression h = weights(fitted.stream().filter(e -> e.fold() != fold).toList());
            for (Example e : fitted) {
                if (e.fold() == fold) {
                    reporting.add(h.probabilities(e.features())[GenreModel.REPORTING]);
                    gold.add(e.genre());
                }
            }
        }
        return new GenreModel(weights(fitted), reportingThreshold(reporting.stream().mapToDouble(Double::doubleValue).toArray(),
                gold.stream().mapToInt(Integer::intValue).toArray()));
    }

    /**
     * Out-of-fold scores of the articles with a fold: each one's genre from the model {@link #fit} on the
     * other folds and the training-only articles.
     */
    public static GenreScores crossValidate(List<Example> examples) {
        List<Integer> gold = new ArrayList<>();
        List<Integer> predicted = new ArrayList<>();
        for (int fold : folds(examples)) {
            GenreModel m = fit(examples.stream().filter(e -> e.fold() != fold).toList());
            for (Example e : examples) {
                if (e.fold() == fold) {
                    gold.add(e.genre());
                    predicted.add(GenreModel.decide(m.reporting(e.features()), m.reportingThreshold()));
                }
            }
        }
        return GenreScores.of(gold.stream().mapToInt(Integer::intValue).toArray(),
                predicted.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The folds that are scored (not {@link GenreData#TRAINING_ONLY}). */
    private static List<Integer> folds(List<Example> examples) {
        return examples.stream().map(Example::fold).filter(f -> f != GenreData.TRAINING_ONLY).distinct().sorted().toList();
    }

    /** Opinion against reporting on these opinion and reporting articles. */
    private static SoftmaxRegression weights(List<Example> examples) {
        float[][] x = examples.stream().map(Example::features).toArray(float[][]::new);
        int[] y = examples.stream().mapToInt(Example::genre).toArray();
        return SoftmaxRegression.fit(x, y, GenreModel.CLASSES, OPTIONS);
    }

    /**
     * The threshold with the best macro-F1 of opinion and reporting on these out-of-fold reporting
     * probabilities; of equal ones the highest.
     */
    static double reportingThreshold(double[] reporting, int[] gold) {
        double best = REPORTING_THRESHOLDS[0];
        double bestF1 = -1;
        for (double t : REPORTING_THRESHOLDS) {
            int[][] c = new int[2][2]; // [gold reporting][predicted reporting]
            for (int i = 0; i < reporting.length; i++) {
                c[gold[i] == GenreModel.REPORTING ? 1 : 0][reporting[i] >= t ? 1 : 0]++;
            }
            double f1 = (f1(c[1][1], c[0][1], c[1][0]) + f1(c[0][0], c[1][0], c[0][1])) / 2;
            if (f1 >= bestF1) {
                bestF1 = f1;
                best = t;
            }
        }
        return best;
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** Writes the model with its training data and cross-validated scores as comments. */
    public static void write(GenreModel model, List<Example> examples, GenreScores cv, Path out) throws IOException {
        List<String> comments = new ArrayList<>(List.of(
                "newsift genre model " + GenreModel.NAME + ": written by `newsift train genre`; see docs/models.md",
                "rows: opinion/reporting, one weight per feature (raw values), then the bias; satire articles are not fitted",
                String.format(Locale.ROOT, "data: %d articles (%s; %d of them Reuters-21578 wire stories, training only), L2 %.2f",
                        examples.size(), counts(examples), examples.stream().filter(e -> e.fold() == GenreData.TRAINING_ONLY).count(),
                        OPTIONS.l2())));
        cv.lines().forEach(l -> comments.add("cross-validated (" + GenreData.FOLDS + " folds by id hash): " + l));
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(out, model.write(comments), StandardCharsets.UTF_8);
    }

    private static String counts(List<Example> examples) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < GenreModel.GENRES.size(); k++) {
            int genre = k;
            parts.add(examples.stream().filter(e -> e.genre() == genre).count() + " " + GenreModel.GENRES.get(k));
        }
        return String.join(", ", parts);
    }
}
