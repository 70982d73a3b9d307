package org.newsift.models.genre;

import org.newsift.models.ModelFiles;
import org.newsift.models.SoftmaxRegression;
import org.newsift.models.WeightsFile;
import org.newsift.rhetoric.ArticleStance;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The built-in genre model (docs/models.md, genre-semeval-1): logistic regression (a two-class
 * {@link SoftmaxRegression}) of opinion against reporting over {@link GenreFeatures}, trained by
 * {@code newsift train genre} on the SemEval-2023 genre articles. Reporting when its probability reaches
 * {@link #reportingThreshold()}, otherwise opinion, the common case. It never answers satire: five satire
 * articles are no basis for recognising satire that does not say so, and an article that does is satire
 * by the rhetoric rules' cues ({@link GenreStage}). Immutable.
 */
public final class GenreModel {
    /** The genres scored; the first two are the model's classes, in the order of its weight rows. */
    public static final List<String> GENRES = List.of(ArticleStance.OPINION, ArticleStance.REPORTING, ArticleStance.SATIRE);
    static final int CLASSES = 2;
    public static final String RESOURCE = "genre-semeval.tsv";
    public static final String NAME = "genre-semeval-1";
    static final int OPINION = 0;
    static final int REPORTING = 1;
    static final int SATIRE = 2;

    private final SoftmaxRegression head;
    private final double reportingThreshold;

    public GenreModel(SoftmaxRegression head, double reportingThreshold) {
        if (head.classes() != CLASSES || head.features() != GenreFeatures.NAMES.size()) {
            throw new IllegalArgumentException("a genre model has " + CLASSES + " classes over "
                    + GenreFeatures.NAMES.size() + " features");
        }
        this.head = head;
        this.reportingThreshold = reportingThreshold;
    }

    private static final class Holder {
        static final GenreModel BUILT_IN = load(ModelFiles.open(GenreModel.class, RESOURCE), RESOURCE);
    }

    public static GenreModel builtIn() {
        return Holder.BUILT_IN;
    }

    public double reportingThreshold() {
        return reportingThreshold;
    }

    /** The probability that an article with these features is reporting rather than opinion. */
    public double reporting(float[] features) {
        return head.probabilities(features)[REPORTING];
    }

    /** The genre by the rule of the class comment. */
    public String genre(float[] features) {
        return GENRES.get(decide(reporting(features), reportingThreshold));
    }

    /** The genre index that a reporting probability gets at this threshold. */
    static int decide(double reporting, double threshold) {
        return reporting >= threshold ? REPORTING : OPINION;
    }

    /**
     * Reads the format {@link #write} produces: {@code #} comments, {@code key<TAB>value} lines (name,
     * features, reporting_threshold), then the rows opinion and reporting (weights, then the bias).
     */
    public static GenreModel load(InputStream in, String source) {
        WeightsFile file = WeightsFile.read(in, source);
        Map<String, String> header = file.header();
        Map<String, double[]> rows = file.rows();
        List<String> classes = GENRES.subList(0, CLASSES);
        if (!header.keySet().containsAll(List.of("features", "reporting_threshold")) || !rows.keySet().containsAll(classes)) {
            throw new IllegalArgumentException(source + ": needs features, reporting_threshold and the rows " + classes);
        }
        if (!header.get("features").equals(String.join(",", GenreFeatures.NAMES))) {
            throw new IllegalArgumentException(source + ": written for other features (" + header.get("features")
                    + "); retrain with `newsift train genre`");
        }
        double[][] w = classes.stream().map(rows::get).toArray(double[][]::new);
        return new GenreModel(new SoftmaxRegression(w), Double.parseDouble(header.get("reporting_threshold")));
    }

    /** The weights file, comments first. */
    public String write(List<String> comments) {
        StringBuilder b = new StringBuilder();
        comments.forEach(c -> b.append("# ").append(c).append('\n'));
        b.append("name\t").append(NAME).append('\n');
        b.append("features\t").append(String.join(",", GenreFeatures.NAMES)).append('\n');
        b.append("reporting_threshold\t").append(String.format(Locale.ROOT, "%.2f", reportingThreshold)).append('\n');
        for (int k = 0; k < CLASSES; k++) {
            b.append(GENRES.get(k));
            for (double w : head.row(k)) {
                b.append('\t').append(String.format(Locale.ROOT, "%.6g", w));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
