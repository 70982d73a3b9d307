package org.newsift.models.finetune;

/**
 * Platt scaling: the probability that a candidate is right is {@code sigmoid(a * margin + b)}, where the
 * margin is the model's log-odds of the positive class. Fitted on dev data that the model never trained on,
 * so that a score of 0.8 means right about 8 times in 10 there.
 */
public record Calibration(double a, double b) {
    public static final Calibration IDENTITY = new Calibration(1, 0);

    public double probability(double margin) {
        return 1 / (1 + Math.exp(-(a * margin + b)));
    }

    /**
     * Maximum-likelihood fit by Newton's method, with Platt's smoothed targets ((n+ + 1) / (n+ + 2) and
     * 1 / (n- + 2)) so that a separable dev set does not drive the slope to infinity.
     */
    public static Calibration fit(double[] margins, boolean[] right) {
        int pos = 0;
        for (boolean r : right) {
            pos += r ? 1 : 0;
        }
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (margins.length - pos + 2.0);
        double a = 1;
        double b = 0;
        for (int iter = 0; iter < 100; iter++) {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (int i = 0; i < margins.length; i++) {
                double p = 1 / (1 + Math.exp(-(a * margins[i] + b)));
                double t = right[i] ? hi : lo;
                double w = p * (1 - p);
                ga += (p - t) * margins[i];
                gb += p - t;
                haa += w * margins[i] * margins[i];
                hab += w * margins[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-9) {
                break;
            }
        }
        return new Calibration(a, b);
    }
}
