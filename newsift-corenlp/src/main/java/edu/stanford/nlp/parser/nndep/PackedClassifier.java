// newsift: GPL-3.0-or-later, like the Stanford CoreNLP code it plugs into.
package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;

/**
 * The scoring step of CoreNLP's neural dependency parser, with the same weights laid out so that the JIT can use the
 * CPU's vector units. It lives in CoreNLP's package because {@link DependencyParser} calls the package-private
 * {@link Classifier#computeScores(int[])} for every transition, and that call is three quarters of CoreNLP's time on
 * news articles (docs/performance.md, "CoreNLP per annotator").
 *
 * <p>CoreNLP's own classifier (a) keeps the precomputed input products as rows of 1,000 doubles, (b)
 * finds them through a {@code HashMap<Integer, Integer>}, and (c) computes the output layer and the features outside
 * the precomputed set as dot products, which HotSpot does not vectorise. Here the precomputed rows are floats (half the memory),
 * found through an {@code int[]}, and every product is written as "add multiples of rows", which it does vectorise.
 * The scores are the same up to float rounding, so the parses are the same except where two transitions score within
 * that rounding: none in the 40 PTC articles of docs/performance.md, and {@code BasicDependencyParseTest} compares
 * the parses with CoreNLP's own.
 */
public final class PackedClassifier extends Classifier {
    private final int hiddenSize;
    private final int embeddingSize;
    private final int numTokens;
    private final int numLabels;
    private final float[][] embeddings;
    private final float[] bias;
    /** Row of {@link #precomputed} for each feature index {@code token * numTokens + position}, or -1. */
    private final int[] precomputedRow;
    /** Hidden-layer input of each precomputed (token, position). */
    private final float[][] precomputed;
    /** The input weights by position and embedding dimension: {@code [position * embeddingSize + dimension][unit]}. */
    private final float[][] inputWeights;
    /** The output weights by hidden unit: {@code [unit][label]}. */
    private final float[][] outputWeights;

    private PackedClassifier(Config config, Classifier original, List<Integer> precomputedFeatures) {
        super(config, original.getE(), original.getW1(), original.getb1(), original.getW2(), List.of());
        float[][] w1 = original.getW1();
        float[][] w2 = original.getW2();
        embeddings = original.getE();
        bias = original.getb1();
        hiddenSize = w1.length;
        embeddingSize = embeddings[0].length;
        numTokens = w1[0].length / embeddingSize;
        numLabels = w2.length;
        inputWeights = new float[numTokens * embeddingSize][hiddenSize];
        for (int column = 0; column < numTokens * embeddingSize; column++) {
            for (int unit = 0; unit < hiddenSize; unit++) {
                inputWeights[column][unit] = w1[unit][column];
            }
        }
        outputWeights = new float[hiddenSize][numLabels];
        for (int label = 0; label < numLabels; label++) {
            for (int unit = 0; unit < hiddenSize; unit++) {
                outputWeights[unit][label] = w2[label][unit];
            }
        }
        precomputedRow = new int[embeddings.length * numTokens];
        java.util.Arrays.fill(precomputedRow, -1);
        precomputed = new float[precomputedFeatures.size()][];
        int row = 0;
        for (int feature : precomputedFeatures) {
            precomputedRow[feature] = row;
            precomputed[row] = new float[hiddenSize];
            addInput(precomputed[row++], feature / numTokens, feature % numTokens);
        }
    }

    /**
     * Gives {@code parser} this classifier in place of its own, precomputing the products of the model's
     * {@code precompute} commonest features (the model file lists them, commonest first). Load the parser with
     * {@code numPreComputed=0} so that CoreNLP does not first build its own table. Safe to call twice.
     */
    public static void install(DependencyParser parser, int precompute) {
        try {
            Field classifierField = DependencyParser.class.getDeclaredField("classifier");
            classifierField.setAccessible(true);
            Classifier original = (Classifier) classifierField.get(parser);
            if (original instanceof PackedClassifier) {
                return;
            }
            Field configField = DependencyParser.class.getDeclaredField("config");
            configField.setAccessible(true);
            Field preComputedField = DependencyParser.class.getDeclaredField("preComputed");
            preComputedField.setAccessible(true);
            @SuppressWarnings("unchecked")
            List<Integer> features = (List<Integer>) preComputedField.get(parser);
            features = features.subList(0, Math.min(Math.max(precompute, 0), features.size()));
            classifierField.set(parser, new PackedClassifier((Config) configField.get(parser), original, features));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this CoreNLP version's dependency parser has another layout: " + e, e);
        }
    }

    @Override
    double[] computeScores(int[] feature) {
        float[] input = new float[hiddenSize];
        float[][] rows = new float[feature.length][];
        int precomputedCount = 0;
        for (int position = 0; position < feature.length; position++) {
            int token = feature[position];
            int row = precomputedRow[token * numTokens + position];
            if (row >= 0) {
                rows[precomputedCount++] = precomputed[row];
            } else {
                addInput(input, token, position);
            }
        }
        addScaledRows(input, null, rows, 0, precomputedCount);
        float[] activations = new float[hiddenSize];
        for (int unit = 0; unit < hiddenSize; unit++) {
            double activation = input[unit] + bias[unit];
            activations[unit] = (float) (activation * activation * activation);
        }
        float[] scores = new float[numLabels];
        addScaledRows(scores, activations, outputWeights, 0, hiddenSize);
        double[] result = new double[numLabels];
        for (int label = 0; label < numLabels; label++) {
            result[label] = scores[label];
        }
        return result;
    }

    /** Adds the hidden-layer input of {@code token} at feature {@code position} to {@code target}. */
    private void addInput(float[] target, int token, int position) {
        addScaledRows(target, embeddings[token], inputWeights, position * embeddingSize, embeddingSize);
    }

    /**
     * Adds {@code scales[r] * rows[from + r]} for each of {@code count} rows to {@code target} ({@code scales == null}:
     * a scale of 1). Four rows at a time, so that the target is loaded and stored once for four rows. Every row is an
     * array of its own, read from its start: HotSpot 17 turns such loops into vector instructions, but not loops over
     * two stretches of one array, which it cannot prove apart (four times slower, measured).
     */
    private static void addScaledRows(float[] target, float[] scales, float[][] rows, int from, int count) {
        int r = 0;
        for (; r + 3 < count; r += 4) {
            float s0 = scale(scales, r), s1 = scale(scales, r + 1), s2 = scale(scales, r + 2), s3 = scale(scales, r + 3);
            float[] row0 = rows[from + r], row1 = rows[from + r + 1], row2 = rows[from + r + 2], row3 = rows[from + r + 3];
            for (int i = 0; i < target.length; i++) {
                target[i] += s0 * row0[i] + s1 * row1[i] + s2 * row2[i] + s3 * row3[i];
            }
        }
        for (; r < count; r++) {
            float s = scale(scales, r);
            float[] row = rows[from + r];
            for (int i = 0; i < target.length; i++) {
                target[i] += s * row[i];
            }
        }
    }

    private static float scale(float[] scales, int row) {
        return scales == null ? 1f : scales[row];
    }
}
