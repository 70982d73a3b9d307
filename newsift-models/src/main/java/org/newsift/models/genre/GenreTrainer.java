package org.newsift.models.genre;

import org.newsift.models.SoftmaxRegression;
import org.newsift.pipeline.Pipeline;

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
 * weights: {@link SoftmaxRegression} with every genre weighing the same. The reporting threshold is
 * chosen by cross-validation inside the training articles (the one that maximises the macro-F1 of reporting
 * against the rest there; of equal ones the highest, for precision); satire needs {@value #SATIRE_THRESHOLD}. Cross-validated scores
 * nest that choice: each fold's model and threshold come from the other folds alone. Deterministic.
 */
public final class GenreTrainer {
    /** L2 strength: strong, as 210 articles with 21 reporting and 5 satire ones cannot carry more. */
    static final SoftmaxRegression.Options OPTIONS = SoftmaxRegression.Options.DEFAULT.withL2(1.0);
    /** Satire only when the model is this sure: 5 training articles are no basis for more. */
    static final double SATIRE_THRESHOLD = 0.9;
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

    /** The model fitted on all of {@code examples}, its threshold chosen by cross-validation among them. */
    public static GenreModel fit(List<Example> examples) {
        SoftmaxRegression head = weights(examples);
        List<Integer> folds = examples.stream().map(Example::fold).distinct().sorted().toList();
        double[] share = new double[examples.size()];
        int[] gold = new int[examples.size()];
        for (int fold : folds) {
            SoftmaxRegression h = weights(examples.stream().filter(e -> e.fold() != fold).toList());
            for (int i = 0; i < examples.size(); i++) {
                if (examples.get(i).fold() == fold) {
                    share[i] = GenreModel.reportingShare(h.probabilities(examples.get(i).features()));
                }
            }
        }
        for (int i = 0; i < examples.size(); i++) {
            gold[i] = examples.get(i).genre();
        }
        return new GenreModel(head, reportingThreshold(share, gold), SATIRE_THRESHOLD);
    }

    /** Out-of-fold genres: each article's from the model {@link #fit} on the other folds. */
    public static int[] crossValidate(List<Example> examples) {
        int[] predicted = new int[examples.size()];
        for (int fold : examples.stream().map(Example::fold).distinct().sorted().toList()) {
            GenreModel m = fit(examples.stream().filter(e -> e.fold() != fold).toList());
            for (int i = 0; i < examples.size(); i++) {
                Example e = examples.get(i);
                if (e.fold() == fold) {
                    predicted[i] = GenreModel.decide(m.probabilities(e.features()), m.reportingThreshold(), m.satireThreshold());
                }
            }
        }
        return predicted;
    }

    private static SoftmaxRegression weights(List<Example> examples) {
        float[][] x = examples.stream().map(Example::features).toArray(float[][]::new);
        int[] y = examples.stream().mapToInt(Example::genre).toArray();
        return SoftmaxRegression.fit(x, y, GenreModel.GENRES.size(), OPTIONS);
    }

    /**
     * The threshold with the best macro-F1 of reporting against the rest on these out-of-fold shares; of equal
     * ones the highest.
     */
    static double reportingThreshold(double[] share, int[] gold) {
        double best = REPORTING_THRESHOLDS[0];
        double bestF1 = -1;
        for (double t : REPORTING_THRESHOLDS) {
            int[][] c = new int[2][2]; // [gold reporting][predicted reporting]
            for (int i = 0; i < share.length; i++) {
                c[gold[i] == GenreModel.REPORTING ? 1 : 0][share[i] >= t ? 1 : 0]++;
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
                "rows: opinion/reporting/satire, one weight per feature (raw values), then the bias",
                String.format(Locale.ROOT, "trained on %d SemEval-2023 genre articles (%s), L2 %.2f", examples.size(),
                        counts(examples), OPTIONS.l2())));
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
