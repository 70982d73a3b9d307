package org.newsift.models.rhetoric;

import org.newsift.encoding.SentenceEncoding;
import org.newsift.models.SoftmaxRegression;
import org.newsift.rhetoric.Technique;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The learned half of rhetoric tagging (docs/models.md): a span model that scores each wordpiece of a
 * sentence as inside a persuasion span or not (softmax regression over {@link SpanFeatures#token}),
 * decoded into word-aligned spans, and a technique model that labels a span with one of the 14 PTC
 * techniques (softmax regression over {@link SpanFeatures#span}). Both read the shared encoder's
 * states, so they add no transformer pass. Immutable and thread-safe.
 */
public final class RhetoricModel {
    /** The built-in weights, next to this class. */
    public static final String RESOURCE = "rhetoric-ptc.tsv";
    /** Wordpieces that fall below the threshold but lie between two inside ones join their span. */
    static final int MAX_GAP = 1;

    private final String name;
    private final SoftmaxRegression spanHead;
    private final SoftmaxRegression techniqueHead;
    private final List<String> techniques;
    private final double threshold;
    private final double insideRate;

    /** A decoded span: code-point offsets into the text, mean inside-probability, and its best wordpieces. */
    public record Found(int start, int end, double probability, List<String> strongest) {
    }

    /** A technique and its probability. */
    public record Scored(String technique, double probability) {
    }

    /**
     * @param threshold  a wordpiece is inside a span from this (smoothed) probability on
     * @param insideRate the share of inside wordpieces in the training articles: the span head weighs both
     *                   classes equally, so its probabilities are rescaled to this base rate for scores
     */
    public RhetoricModel(String name, SoftmaxRegression spanHead, SoftmaxRegression techniqueHead,
                         List<String> techniques, double threshold, double insideRate) {
        if (spanHead.classes() != 2 || techniqueHead.classes() != techniques.size()) {
            throw new IllegalArgumentException("span head needs 2 classes, technique head one per technique");
        }
        for (String t : techniques) {
            if (Technique.ofLabel(t).isEmpty()) {
                throw new IllegalArgumentException("unknown technique " + t);
            }
        }
        this.name = name;
        this.spanHead = spanHead;
        this.techniqueHead = techniqueHead;
        this.techniques = List.copyOf(techniques);
        this.threshold = threshold;
        this.insideRate = insideRate;
    }

    private static final class Holder {
        static final RhetoricModel BUILT_IN = load(RhetoricModel.class.getResourceAsStream(RESOURCE), RESOURCE);
    }

    /** The model with the project's trained weights, loaded on first use. */
    public static RhetoricModel builtIn() {
        return Holder.BUILT_IN;
    }

    public String name() {
        return name;
    }

    public double threshold() {
        return threshold;
    }

    public RhetoricModel withThreshold(double t) {
        return new RhetoricModel(name, spanHead, techniqueHead, techniques, t, insideRate);
    }

    /**
     * A span probability from the class-balanced head turned into one at the training data's base rate
     * (Bayes' rule with the prior odds of {@code insideRate}): what a span's score should say.
     */
    public double atBaseRate(double p) {
        double in = p * insideRate;
        return in / (in + (1 - p) * (1 - insideRate));
    }

    /** Probability that each wordpiece lies inside a persuasion span. */
    public double[] insideProbabilities(SentenceEncoding e) {
        double[] p = new double[e.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = spanHead.probabilities(SpanFeatures.token(e, i))[1];
        }
        return p;
    }

    /** The spans of one encoded sentence, word-aligned in {@code text}. */
    public List<Found> spans(String text, SentenceEncoding e) {
        return decode(text, e, insideProbabilities(e), threshold);
    }

    /**
     * Runs of wordpieces whose probability, averaged with its neighbours, reaches {@code t}; runs apart by
     * at most {@link #MAX_GAP} wordpieces join; each span widens to whole words.
     */
    static List<Found> decode(String text, SentenceEncoding e, double[] p, double t) {
        int n = p.length;
        boolean[] inside = new boolean[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int k = 0;
            for (int j = Math.max(0, i - 1); j <= Math.min(n - 1, i + 1); j++) {
                sum += p[j];
                k++;
            }
            inside[i] = sum / k >= t;
        }
        for (int i = 1; i + MAX_GAP < n; i++) {
            if (!inside[i] && inside[i - 1] && inside[i + MAX_GAP]) {
                for (int g = i; g < i + MAX_GAP; g++) {
                    inside[g] = true;
                }
            }
        }
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!inside[i]) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < n && inside[end + 1]) {
                end++;
            }
            out.add(found(text, e, p, i, end));
            i = end + 1;
        }
        return out;
    }

    private static Found found(String text, SentenceEncoding e, double[] p, int from, int to) {
        int[] cps = text.codePoints().toArray();
        int start = e.starts()[from];
        int end = e.ends()[to];
        while (start > 0 && Character.isLetterOrDigit(cps[start - 1])) {
            start--;
        }
        while (end < cps.length && Character.isLetterOrDigit(cps[end])) {
            end++;
        }
        double sum = 0;
        Integer[] order = new Integer[to - from + 1];
        for (int i = from; i <= to; i++) {
            sum += p[i];
            order[i - from] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        List<String> strongest = new ArrayList<>();
        for (Integer i : order) {
            int ws = e.starts()[i];
            int we = e.ends()[i];
            while (ws > 0 && Character.isLetterOrDigit(cps[ws - 1])) {
                ws--;
            }
            while (we < cps.length && Character.isLetterOrDigit(cps[we])) {
                we++;
            }
            String w = new String(cps, ws, we - ws);
            if (strongest.size() < 3 && w.codePoints().anyMatch(Character::isLetter) && !strongest.contains(w)) {
                strongest.add(w);
            }
        }
        return new Found(start, end, sum / (to - from + 1), strongest);
    }

    /** Technique probabilities of a span, in {@link #techniques()} order. */
    public double[] techniqueProbabilities(String text, int start, int end, List<SentenceEncoding> sentences) {
        return techniqueHead.probabilities(SpanFeatures.span(text, start, end, sentences));
    }

    /** The most probable technique of a span. */
    public Scored classify(String text, int start, int end, List<SentenceEncoding> sentences) {
        double[] p = techniqueProbabilities(text, start, end, sentences);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return new Scored(techniques.get(best), p[best]);
    }

    public List<String> techniques() {
        return techniques;
    }

    /** The weights file: comments, name, threshold, inside-rate, then each head as "head NAME" and one row per class. */
    public String write(List<String> comments) {
        StringBuilder b = new StringBuilder();
        comments.forEach(c -> b.append("# ").append(c).append('\n'));
        b.append("name\t").append(name).append('\n');
        b.append("threshold\t").append(String.format(Locale.ROOT, "%.2f", threshold)).append('\n');
        b.append("inside-rate\t").append(String.format(Locale.ROOT, "%.3f", insideRate)).append('\n');
        writeHead(b, "span", List.of("outside", "inside"), spanHead);
        writeHead(b, "technique", techniques, techniqueHead);
        return b.toString();
    }

    private static void writeHead(StringBuilder b, String head, List<String> labels, SoftmaxRegression r) {
        b.append("head\t").append(head).append('\n');
        for (int k = 0; k < labels.size(); k++) {
            b.append(labels.get(k));
            for (double w : r.row(k)) {
                b.append('\t').append(String.format(Locale.ROOT, "%.5g", w));
            }
            b.append('\n');
        }
    }

    /** Reads what {@link #write} writes. */
    public static RhetoricModel load(InputStream in, String source) {
        if (in == null) {
            throw new IllegalStateException("missing resource " + source);
        }
        String name = null;
        double threshold = Double.NaN;
        double insideRate = Double.NaN;
        List<String> spanLabels = new ArrayList<>();
        List<double[]> spanRows = new ArrayList<>();
        List<String> techniqueLabels = new ArrayList<>();
        List<double[]> techniqueRows = new ArrayList<>();
        String head = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "name" -> name = f[1];
                    case "threshold" -> threshold = Double.parseDouble(f[1]);
                    case "inside-rate" -> insideRate = Double.parseDouble(f[1]);
                    case "head" -> head = f[1];
                    default -> {
                        if (head == null) {
                            throw new IllegalArgumentException(source + ":" + n + ": a weight row before any head line");
                        }
                        double[] w = new double[f.length - 1];
                        for (int i = 1; i < f.length; i++) {
                            w[i - 1] = Double.parseDouble(f[i]);
                        }
                        (head.equals("span") ? spanLabels : techniqueLabels).add(f[0]);
                        (head.equals("span") ? spanRows : techniqueRows).add(w);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
        if (name == null || Double.isNaN(threshold) || Double.isNaN(insideRate) || spanRows.size() != 2
                || techniqueRows.isEmpty()) {
            throw new IllegalArgumentException(source + ": needs name, threshold, inside-rate, a span head and a technique head");
        }
        return new RhetoricModel(name, new SoftmaxRegression(spanRows.toArray(double[][]::new)),
                new SoftmaxRegression(techniqueRows.toArray(double[][]::new)), techniqueLabels, threshold, insideRate);
    }
}
