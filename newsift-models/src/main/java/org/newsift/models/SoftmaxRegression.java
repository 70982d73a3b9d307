package org.newsift.models;

import java.util.Arrays;

/**
 * Multinomial logistic regression (softmax regression) with L2, fitted by full-batch gradient descent
 * with Nesterov momentum on z-scored features; the scaling is folded back into the weights, so a fitted
 * model is one matrix {@code K x (D + 1)} (the last column is the bias) applied to raw features.
 * Deterministic: the initial weights are zero and the data order does not matter. Immutable once fitted.
 */
public final class SoftmaxRegression {
    private final double[][] weights;

    public SoftmaxRegression(double[][] weights) {
        if (weights.length < 2) {
            throw new IllegalArgumentException("need at least two classes");
        }
        int cols = weights[0].length;
        for (double[] w : weights) {
            if (w.length != cols) {
                throw new IllegalArgumentException("ragged weight matrix");
            }
        }
        this.weights = Arrays.stream(weights).map(double[]::clone).toArray(double[][]::new);
    }

    public int classes() {
        return weights.length;
    }

    public int features() {
        return weights[0].length - 1;
    }

    /** A copy of row {@code k} (D weights, then the bias). */
    public double[] row(int k) {
        return weights[k].clone();
    }

    /** Class probabilities for one feature vector. */
    public double[] probabilities(float[] x) {
        if (x.length != features()) {
            throw new IllegalArgumentException("expected " + features() + " features, got " + x.length);
        }
        double[] z = new double[weights.length];
        for (int k = 0; k < z.length; k++) {
            double[] w = weights[k];
            double s = w[x.length];
            for (int j = 0; j < x.length; j++) {
                s += w[j] * x[j];
            }
            z[k] = s;
        }
        return softmaxInPlace(z);
    }

    static double[] softmaxInPlace(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            z[k] = Math.exp(z[k] - max);
            sum += z[k];
        }
        for (int k = 0; k < z.length; k++) {
            z[k] /= sum;
        }
        return z;
    }

    /** Training settings: L2 strength (on weights, not biases), step size, iterations. */
    public record Options(double l2, double learningRate, int iterations) {
        public static final Options DEFAULT = new Options(1e-3, 0.5, 400);

        public Options withL2(double l2) {
            return new Options(l2, learningRate, iterations);
        }
    }

    /**
     * Fits on rows {@code x} (all of one length) with labels {@code y} in [0, classes); each example is
     * weighted by {@code 1 / (classes * count of its class)}, so every class weighs the same.
     */
    public static SoftmaxRegression fit(float[][] x, int[] y, int classes, Options o) {
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (float[] r : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += r[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        for (float[] r : x) {
            for (int j = 0; j < d; j++) {
                double v = r[j] - mean[j];
                sd[j] += v * v;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j] / n) + 1e-8;
        }
        double[][] z = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                z[i][j] = (x[i][j] - mean[j]) / sd[j];
            }
        }
        int[] count = new int[classes];
        for (int label : y) {
            count[label]++;
        }
        double[] weight = new double[n];
        double present = Arrays.stream(count).filter(c -> c > 0).count();
        for (int i = 0; i < n; i++) {
            weight[i] = 1.0 / (present * count[y[i]]);
        }
        double[][] w = new double[classes][d + 1];
        double[][] v = new double[classes][d + 1];
        double[][] look = new double[classes][d + 1];
        double[][] grad = new double[classes][d + 1];
        double momentum = 0.9;
        for (int it = 0; it < o.iterations(); it++) {
            for (int k = 0; k < classes; k++) {
                for (int j = 0; j <= d; j++) {
                    look[k][j] = w[k][j] + momentum * v[k][j];
                    grad[k][j] = 0;
                }
            }
            double[] p = new double[classes];
            for (int i = 0; i < n; i++) {
                double[] r = z[i];
                for (int k = 0; k < classes; k++) {
                    double[] wk = look[k];
                    double s = wk[d];
                    for (int j = 0; j < d; j++) {
                        s += wk[j] * r[j];
                    }
                    p[k] = s;
                }
                softmaxInPlace(p);
                for (int k = 0; k < classes; k++) {
                    double g = weight[i] * (p[k] - (y[i] == k ? 1 : 0));
                    if (g == 0) {
                        continue;
                    }
                    double[] gk = grad[k];
                    for (int j = 0; j < d; j++) {
                        gk[j] += g * r[j];
                    }
                    gk[d] += g;
                }
            }
            for (int k = 0; k < classes; k++) {
                for (int j = 0; j <= d; j++) {
                    double g = grad[k][j] + (j < d ? o.l2() * look[k][j] : 0);
                    v[k][j] = momentum * v[k][j] - o.learningRate() * g;
                    w[k][j] += v[k][j];
                }
            }
        }
        // fold the z-scoring back in: w . (x - mean) / sd + b = (w / sd) . x + (b - sum w mean / sd)
        double[][] out = new double[classes][d + 1];
        for (int k = 0; k < classes; k++) {
            double b = w[k][d];
            for (int j = 0; j < d; j++) {
                out[k][j] = w[k][j] / sd[j];
                b -= w[k][j] * mean[j] / sd[j];
            }
            out[k][d] = b;
        }
        return new SoftmaxRegression(out);
    }

}
