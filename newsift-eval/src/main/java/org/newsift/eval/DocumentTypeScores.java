package org.newsift.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Document-level event-type scoring against one gold label per document. For each type: a document
 * labelled with it is a true positive when the type is predicted, a false negative otherwise; a
 * predicted type other than the label is a false positive for that type. Macro-F1 averages the F1 of a
 * fixed list of types (F1 = 2TP / (2TP + FP + FN), 0 when that is 0/0).
 */
public final class DocumentTypeScores {
    private final List<String> types;
    private final Map<String, long[]> counts = new LinkedHashMap<>(); // type -> {tp, fp, fn}
    private final Map<String, Long> otherPredictions = new LinkedHashMap<>();
    private long documents;

    public DocumentTypeScores(List<String> types) {
        this.types = List.copyOf(types);
        for (String t : types) {
            counts.put(t, new long[3]);
        }
    }

    /** Adds one document: its gold label and its set of predicted types. */
    public DocumentTypeScores add(String label, Set<String> predicted) {
        documents++;
        long[] gold = counts.computeIfAbsent(label, k -> new long[3]);
        gold[predicted.contains(label) ? 0 : 2]++;
        for (String p : predicted) {
            if (p.equals(label)) {
                continue;
            }
            if (counts.containsKey(p)) {
                counts.get(p)[1]++;
            } else {
                otherPredictions.merge(p, 1L, Long::sum);
            }
        }
        return this;
    }

    public long tp(String type) {
        return counts.getOrDefault(type, new long[3])[0];
    }

    public long fp(String type) {
        return counts.getOrDefault(type, new long[3])[1];
    }

    public long fn(String type) {
        return counts.getOrDefault(type, new long[3])[2];
    }

    /** Documents labelled with {@code type}. */
    public long support(String type) {
        return tp(type) + fn(type);
    }

    public double precision(String type) {
        long d = tp(type) + fp(type);
        return d == 0 ? 0.0 : (double) tp(type) / d;
    }

    public double recall(String type) {
        long d = tp(type) + fn(type);
        return d == 0 ? 0.0 : (double) tp(type) / d;
    }

    public double f1(String type) {
        long d = 2 * tp(type) + fp(type) + fn(type);
        return d == 0 ? 0.0 : 2.0 * tp(type) / d;
    }

    /** The mean F1 over the types given at construction. */
    public double macroF1() {
        return types.stream().mapToDouble(this::f1).average().orElse(Double.NaN);
    }

    public long documents() {
        return documents;
    }

    /** Predicted types outside the fixed list, with how many documents predicted them. */
    public Map<String, Long> otherPredictions() {
        return Map.copyOf(otherPredictions);
    }

    /** One line per type: precision, recall, F1, support, TP/FP/FN. */
    public String table(String prefix) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s%-10s %6s %6s %6s %7s %5s %5s %5s%n", prefix, "type", "P", "R", "F1",
                "support", "tp", "fp", "fn"));
        for (String t : types) {
            b.append(String.format(Locale.ROOT, "%s%-10s %6.3f %6.3f %6.3f %7d %5d %5d %5d%n", prefix, t, precision(t),
                    recall(t), f1(t), support(t), tp(t), fp(t), fn(t)));
        }
        return b.toString();
    }
}
