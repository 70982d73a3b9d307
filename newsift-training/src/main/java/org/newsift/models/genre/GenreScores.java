package org.newsift.models.genre;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Precision, recall and F1 per genre, macro-F1 and the confusion matrix of predicted against gold genres. */
public record GenreScores(int[][] confusion) {

    /** From gold and predicted class indices of {@link GenreModel#GENRES}. */
    public static GenreScores of(int[] gold, int[] predicted) {
        int k = GenreModel.GENRES.size();
        int[][] c = new int[k][k];
        for (int i = 0; i < gold.length; i++) {
            c[gold[i]][predicted[i]]++;
        }
        return new GenreScores(c);
    }

    public double precision(int k) {
        int predicted = 0;
        for (int[] row : confusion) {
            predicted += row[k];
        }
        return predicted == 0 ? 0 : (double) confusion[k][k] / predicted;
    }

    public double recall(int k) {
        int gold = 0;
        for (int v : confusion[k]) {
            gold += v;
        }
        return gold == 0 ? 0 : (double) confusion[k][k] / gold;
    }

    public double f1(int k) {
        double p = precision(k);
        double r = recall(k);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The mean F1 over the three genres (a genre never predicted counts 0). */
    public double macroF1() {
        double sum = 0;
        for (int k = 0; k < confusion.length; k++) {
            sum += f1(k);
        }
        return sum / confusion.length;
    }

    /** A readable report: macro-F1, each genre's precision and recall, the confusion matrix (rows gold). */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "macro-F1 %.3f", macroF1()));
        for (int k = 0; k < confusion.length; k++) {
            out.add(String.format(Locale.ROOT, "%-9s P %.3f R %.3f F1 %.3f", GenreModel.GENRES.get(k), precision(k),
                    recall(k), f1(k)));
        }
        out.add("gold \\ predicted   opinion reporting  satire");
        for (int k = 0; k < confusion.length; k++) {
            out.add(String.format(Locale.ROOT, "%-18s %7d %9d %7d", GenreModel.GENRES.get(k), confusion[k][0], confusion[k][1],
                    confusion[k][2]));
        }
        return out;
    }
}
