package org.newsift.models;

import org.newsift.events.EventClassifier;
import org.newsift.models.encoder.MiniLmSentenceEncoder;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Codes a predicate that no pattern reaches: embeds its clause with the quantized all-MiniLM-L6-v2
 * sentence encoder (bundled by langchain4j, run in-process by ONNX Runtime) and applies a softmax
 * regression head over the 16 PLOVER types plus NONE, trained by {@code newsift train event-types}
 * (docs/models.md). A prediction is returned when the best type is not NONE and its probability
 * reaches the model's threshold; its CAMEO code is the type's root ({@link PloverRoots}).
 * Immutable and thread-safe: the encoder's ONNX session and tokenizer are shared, read-only.
 */
public final class MiniLmEventClassifier implements EventClassifier {

    /** The built-in weights, next to this class. */
    public static final String RESOURCE = "minilm-plover.tsv";
    /** The label of the "no event" class. */
    public static final String NONE_LABEL = "NONE";

    private static final Set<String> CLAUSE_BREAKS = Set.of("parataxis", "advcl", "punct", "discourse");

    private final String name;
    private final List<String> labels;
    private final SoftmaxRegression head;
    private final double threshold;
    private final Encoder encoder;

    /** Turns text into a feature vector; the built-in one is MiniLM. */
    @FunctionalInterface
    public interface Encoder {
        float[] embed(String text);
    }

    /**
     * The all-MiniLM-L6-v2 (quantized) sentence embedding: 384 floats, L2-normalised, from the one encoder
     * session the model stages share (the same vector langchain4j's embedding model gives).
     */
    public static Encoder miniLm() {
        return text -> MiniLmSentenceEncoder.shared().encode(text).pooled();
    }

    private static final class Holder {
        static final MiniLmEventClassifier BUILT_IN = load(ModelFiles.open(MiniLmEventClassifier.class, RESOURCE),
                RESOURCE, miniLm());
    }

    /** The model with the project's trained weights, loaded on first use. */
    public static MiniLmEventClassifier builtIn() {
        return Holder.BUILT_IN;
    }

    public MiniLmEventClassifier(String name, List<String> labels, SoftmaxRegression head, double threshold,
                                 Encoder encoder) {
        if (labels.size() != head.classes()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + head.classes() + " classes");
        }
        for (String l : labels) {
            if (!l.equals(NONE_LABEL) && !PloverRoots.CAMEO.containsKey(l)) {
                throw new IllegalArgumentException("unknown label " + l);
            }
        }
        this.name = name;
        this.labels = List.copyOf(labels);
        this.head = head;
        this.threshold = threshold;
        this.encoder = encoder;
    }

    public String name() {
        return name;
    }

    public List<String> labels() {
        return labels;
    }

    public double threshold() {
        return threshold;
    }

    SoftmaxRegression head() {
        return head;
    }

    /** The same model with another threshold (for evaluation). */
    public MiniLmEventClassifier withThreshold(double t) {
        return new MiniLmEventClassifier(name, labels, head, t, encoder);
    }

    /** Class probabilities of a text, in {@link #labels()} order. */
    public double[] probabilities(String text) {
        return head.probabilities(encoder.embed(text));
    }

    /** The best label of a text with its probability, whatever the threshold. */
    public Scored best(String text) {
        double[] p = probabilities(text);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return new Scored(labels.get(best), p[best]);
    }

    /** A label and its probability. */
    public record Scored(String label, double probability) {
    }

    /** Codes a text: null when the best label is NONE or below the threshold. */
    public Prediction classify(String text) {
        Scored s = best(text);
        if (s.label().equals(NONE_LABEL) || s.probability() < threshold) {
            return null;
        }
        return new Prediction(PloverRoots.CAMEO.get(s.label()), s.probability(), String.format(Locale.ROOT,
                "model %s (newsift train event-types): %s p=%.2f", name, s.label(), s.probability()));
    }

    @Override
    public Prediction classify(Sentence s, int predicate, String sentenceText) {
        return classify(clause(s, predicate, sentenceText));
    }

    /**
     * The predicate's clause: its subtree without attached clauses of their own (parataxis, adverbial
     * clauses, conjoined verbs) and punctuation, plus the borrowed subject of an xcomp or conjoined verb;
     * the whole sentence when that leaves fewer than four tokens.
     */
    static String clause(Sentence s, int predicate, String sentenceText) {
        boolean[] in = new boolean[s.tokens().size()];
        mark(s, predicate, in, true);
        Token p = s.token(predicate);
        if ((p.deprel().equals("xcomp") || p.deprel().equals("conj")) && p.head() >= 0
                && s.children(predicate).stream().noneMatch(c -> c.deprel().startsWith("nsubj"))) {
            for (Token c : s.children(p.head())) {
                if (c.deprel().startsWith("nsubj")) {
                    mark(s, c.index(), in, false);
                }
            }
        }
        List<String> words = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (in[t.index()]) {
                words.add(t.text());
            }
        }
        return words.size() < 4 ? sentenceText : String.join(" ", words);
    }

    private static void mark(Sentence s, int i, boolean[] in, boolean top) {
        in[i] = true;
        for (Token c : s.children(i)) {
            boolean clauseOfItsOwn = CLAUSE_BREAKS.contains(c.deprel())
                    || (top && c.deprel().equals("conj") && c.isVerb());
            if (!clauseOfItsOwn && !in[c.index()]) {
                mark(s, c.index(), in, false);
            }
        }
    }

    /**
     * Reads weights in the format {@link #write} produces: {@code #} comment lines, then {@code name},
     * {@code threshold} and {@code features} lines ({@code key<TAB>value}), then one line per class:
     * the label, D weights, the bias.
     */
    public static MiniLmEventClassifier load(InputStream in, String source, Encoder encoder) {
        if (in == null) {
            throw new IllegalStateException("missing resource " + source);
        }
        String name = null;
        double threshold = Double.NaN;
        int features = -1;
        List<String> labels = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
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
                    case "features" -> features = Integer.parseInt(f[1]);
                    default -> {
                        if (f.length != features + 2) {
                            throw new IllegalArgumentException(source + ":" + n + ": expected " + (features + 2)
                                    + " fields, got " + f.length);
                        }
                        double[] w = new double[features + 1];
                        for (int j = 0; j <= features; j++) {
                            w[j] = Double.parseDouble(f[j + 1]);
                        }
                        labels.add(f[0]);
                        rows.add(w);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
        if (name == null || Double.isNaN(threshold) || rows.isEmpty()) {
            throw new IllegalArgumentException(source + ": needs name, threshold, features and class rows");
        }
        return new MiniLmEventClassifier(name, labels, new SoftmaxRegression(rows.toArray(double[][]::new)),
                threshold, encoder);
    }

    /** The weights file: comments, then the header lines and the class rows that {@link #load} reads. */
    public String write(List<String> comments) {
        StringBuilder b = new StringBuilder();
        for (String c : comments) {
            b.append("# ").append(c).append('\n');
        }
        b.append("name\t").append(name).append('\n');
        b.append("threshold\t").append(String.format(Locale.ROOT, "%.4f", threshold)).append('\n');
        b.append("features\t").append(head.features()).append('\n');
        for (int k = 0; k < labels.size(); k++) {
            b.append(labels.get(k));
            for (double w : head.row(k)) {
                b.append('\t').append(String.format(Locale.ROOT, "%.6g", w));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
