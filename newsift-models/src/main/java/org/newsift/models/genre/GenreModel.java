package org.newsift.models.genre;

import org.newsift.models.SoftmaxRegression;
import org.newsift.rhetoric.ArticleStance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The built-in genre model (docs/models.md, genre-semeval-1): softmax regression over
 * {@link GenreFeatures}, trained by {@code newsift train genre} on the SemEval-2023 genre articles. It
 * answers satire only when the satire probability reaches {@link #satireThreshold()}, and reporting only
 * when reporting's share of the opinion and reporting probabilities reaches {@link #reportingThreshold()};
 * otherwise opinion, the common case. Immutable.
 */
public final class GenreModel {
    /** The classes, in the order of the weight rows. */
    public static final List<String> GENRES = List.of(ArticleStance.OPINION, ArticleStance.REPORTING, ArticleStance.SATIRE);
    public static final String RESOURCE = "genre-semeval.tsv";
    public static final String NAME = "genre-semeval-1";
    static final int OPINION = 0;
    static final int REPORTING = 1;
    static final int SATIRE = 2;

    private final SoftmaxRegression head;
    private final double reportingThreshold;
    private final double satireThreshold;

    public GenreModel(SoftmaxRegression head, double reportingThreshold, double satireThreshold) {
        if (head.classes() != GENRES.size() || head.features() != GenreFeatures.NAMES.size()) {
            throw new IllegalArgumentException("a genre model has " + GENRES.size() + " classes over "
                    + GenreFeatures.NAMES.size() + " features");
        }
        this.head = head;
        this.reportingThreshold = reportingThreshold;
        this.satireThreshold = satireThreshold;
    }

    private static final class Holder {
        static final GenreModel BUILT_IN = load(GenreModel.class.getResourceAsStream(RESOURCE), RESOURCE);
    }

    public static GenreModel builtIn() {
        return Holder.BUILT_IN;
    }

    public double reportingThreshold() {
        return reportingThreshold;
    }

    public double satireThreshold() {
        return satireThreshold;
    }

    /** Probabilities of opinion, reporting and satire. */
    public double[] probabilities(float[] features) {
        return head.probabilities(features);
    }

    /** The genre by the rule of the class comment. */
    public String genre(float[] features) {
        return GENRES.get(decide(probabilities(features), reportingThreshold, satireThreshold));
    }

    /** The class index that {@code p} gets at these thresholds. */
    static int decide(double[] p, double reportingThreshold, double satireThreshold) {
        if (p[SATIRE] >= satireThreshold) {
            return SATIRE;
        }
        return reportingShare(p) >= reportingThreshold ? REPORTING : OPINION;
    }

    /** Reporting's share of the opinion and reporting probabilities. */
    static double reportingShare(double[] p) {
        return p[REPORTING] / (p[OPINION] + p[REPORTING]);
    }

    /**
     * Reads the format {@link #write} produces: {@code #} comments, {@code key<TAB>value} lines (name,
     * features, reporting_threshold, satire_threshold), then one row per genre (weights, then the bias).
     */
    public static GenreModel load(InputStream in, String source) {
        if (in == null) {
            throw new IllegalStateException("missing resource " + source);
        }
        Map<String, String> header = new HashMap<>();
        Map<String, double[]> rows = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length == 2) {
                    header.put(f[0], f[1]);
                } else {
                    double[] w = new double[f.length - 1];
                    for (int j = 1; j < f.length; j++) {
                        w[j - 1] = Double.parseDouble(f[j]);
                    }
                    rows.put(f[0], w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
        if (!header.keySet().containsAll(List.of("features", "reporting_threshold", "satire_threshold"))
                || !rows.keySet().containsAll(GENRES)) {
            throw new IllegalArgumentException(source + ": needs features, reporting_threshold, satire_threshold and a row per genre");
        }
        if (!header.get("features").equals(String.join(",", GenreFeatures.NAMES))) {
            throw new IllegalArgumentException(source + ": written for other features (" + header.get("features")
                    + "); retrain with `newsift train genre`");
        }
        double[][] w = GENRES.stream().map(rows::get).toArray(double[][]::new);
        return new GenreModel(new SoftmaxRegression(w), Double.parseDouble(header.get("reporting_threshold")),
                Double.parseDouble(header.get("satire_threshold")));
    }

    /** The weights file, comments first. */
    public String write(List<String> comments) {
        StringBuilder b = new StringBuilder();
        comments.forEach(c -> b.append("# ").append(c).append('\n'));
        b.append("name\t").append(NAME).append('\n');
        b.append("features\t").append(String.join(",", GenreFeatures.NAMES)).append('\n');
        b.append("reporting_threshold\t").append(String.format(Locale.ROOT, "%.2f", reportingThreshold)).append('\n');
        b.append("satire_threshold\t").append(String.format(Locale.ROOT, "%.2f", satireThreshold)).append('\n');
        for (int k = 0; k < GENRES.size(); k++) {
            b.append(GENRES.get(k));
            for (double w : head.row(k)) {
                b.append('\t').append(String.format(Locale.ROOT, "%.6g", w));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
