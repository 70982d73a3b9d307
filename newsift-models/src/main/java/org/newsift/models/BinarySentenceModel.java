package org.newsift.models;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A yes/no model of a sentence: logistic regression (a two-class {@link SoftmaxRegression}) over the
 * sentence's pooled all-MiniLM-L6-v2 embedding, with the threshold above which a sentence counts as "yes".
 * Used for biased sentences.
 * Immutable.
 */
public final class BinarySentenceModel {
    private final String name;
    private final SoftmaxRegression head;
    private final double threshold;

    public BinarySentenceModel(String name, SoftmaxRegression head, double threshold) {
        if (head.classes() != 2) {
            throw new IllegalArgumentException("a yes/no model has two classes, not " + head.classes());
        }
        this.name = name;
        this.head = head;
        this.threshold = threshold;
    }

    public String name() {
        return name;
    }

    public double threshold() {
        return threshold;
    }

    SoftmaxRegression head() {
        return head;
    }

    public BinarySentenceModel withThreshold(double t) {
        return new BinarySentenceModel(name, head, t);
    }

    /** Probability of "yes" for a sentence with this pooled embedding. */
    public double probability(float[] pooled) {
        return head.probabilities(pooled)[1];
    }

    /**
     * Reads the format {@link #write} produces: {@code #} comments, {@code key<TAB>value} lines for
     * name, threshold and features, then the rows {@code no} and {@code yes} (weights, then the bias).
     */
    public static BinarySentenceModel load(InputStream in, String source) {
        WeightsFile file = WeightsFile.read(in, source);
        Map<String, String> header = file.header();
        Map<String, double[]> rows = file.rows();
        if (!header.keySet().containsAll(List.of("name", "threshold", "features")) || !rows.containsKey("no") || !rows.containsKey("yes")) {
            throw new IllegalArgumentException(source + ": needs name, threshold, features, and the rows no and yes");
        }
        int expected = Integer.parseInt(header.get("features")) + 1;
        if (rows.get("no").length != expected || rows.get("yes").length != expected) {
            throw new IllegalArgumentException(source + ": rows need " + expected + " numbers");
        }
        return new BinarySentenceModel(header.get("name"), new SoftmaxRegression(new double[][]{rows.get("no"), rows.get("yes")}),
                Double.parseDouble(header.get("threshold")));
    }

    /** The weights file, comments first. */
    public String write(List<String> comments) {
        StringBuilder b = new StringBuilder();
        comments.forEach(c -> b.append("# ").append(c).append('\n'));
        b.append("name\t").append(name).append('\n');
        b.append("threshold\t").append(String.format(Locale.ROOT, "%.4f", threshold)).append('\n');
        b.append("features\t").append(head.features()).append('\n');
        List<String> labels = new ArrayList<>(List.of("no", "yes"));
        for (int k = 0; k < 2; k++) {
            b.append(labels.get(k));
            for (double w : head.row(k)) {
                b.append('\t').append(String.format(Locale.ROOT, "%.6g", w));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
