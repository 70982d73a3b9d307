package org.newsift.models.rhetoric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The SemEval-2020 task 11 scores. Span identification and span+technique use the task scorer's
 * partial-overlap credit: overlapping spans of the same label in one article are merged first; then
 * precision = (sum over predicted s, gold t with the same label of |s n t| / |s|) / |S| and recall =
 * (sum of |s n t| / |t|) / |T|, over all articles; F1 their harmonic mean. For span identification
 * every label is "propaganda". Technique classification is micro-F1 (here: accuracy) on the gold spans.
 */
public final class PtcScorer {
    private PtcScorer() {
    }

    /** Precision, recall and F1. */
    public record Score(double precision, double recall, double f1) {
    }

    /** Span identification: technique ignored. Maps are article id to spans. */
    public static Score spanIdentification(Map<String, List<PtcCorpus.Span>> predicted,
                                           Map<String, List<PtcCorpus.Span>> gold) {
        return score(predicted, gold, false);
    }

    /** Span and technique: only spans of the same technique overlap. */
    public static Score spanAndTechnique(Map<String, List<PtcCorpus.Span>> predicted,
                                         Map<String, List<PtcCorpus.Span>> gold) {
        return score(predicted, gold, true);
    }

    /** Micro-F1 of one predicted technique per gold span: with one label per span, the share right. */
    public static double techniqueMicroF1(List<String> predicted, List<String> gold) {
        if (predicted.size() != gold.size()) {
            throw new IllegalArgumentException(predicted.size() + " predictions for " + gold.size() + " spans");
        }
        if (gold.isEmpty()) {
            return 0;
        }
        int right = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (Objects.equals(predicted.get(i), gold.get(i))) {
                right++;
            }
        }
        return (double) right / gold.size();
    }

    private static Score score(Map<String, List<PtcCorpus.Span>> predicted, Map<String, List<PtcCorpus.Span>> gold,
                               boolean byTechnique) {
        double precisionSum = 0;
        double recallSum = 0;
        int predictedCount = 0;
        int goldCount = 0;
        for (List<PtcCorpus.Span> g : gold.values()) {
            goldCount += merge(g, byTechnique).size();
        }
        for (Map.Entry<String, List<PtcCorpus.Span>> e : predicted.entrySet()) {
            List<PtcCorpus.Span> p = merge(e.getValue(), byTechnique);
            List<PtcCorpus.Span> g = merge(gold.getOrDefault(e.getKey(), List.of()), byTechnique);
            predictedCount += p.size();
            for (PtcCorpus.Span s : p) {
                for (PtcCorpus.Span t : g) {
                    if (byTechnique && !s.technique().equals(t.technique())) {
                        continue;
                    }
                    int overlap = Math.min(s.end(), t.end()) - Math.max(s.start(), t.start());
                    if (overlap > 0) {
                        precisionSum += (double) overlap / (s.end() - s.start());
                        recallSum += (double) overlap / (t.end() - t.start());
                    }
                }
            }
        }
        double p = predictedCount == 0 ? 0 : precisionSum / predictedCount;
        double r = goldCount == 0 ? 0 : recallSum / goldCount;
        double f1 = predictedCount == 0 && goldCount == 0 ? 1 : p > 0 && r > 0 ? 2 * p * r / (p + r) : 0;
        return new Score(p, r, f1);
    }

    /** Overlapping spans of one label become one, as the task scorer merges them (touching ones stay apart). */
    static List<PtcCorpus.Span> merge(List<PtcCorpus.Span> spans, boolean byTechnique) {
        List<PtcCorpus.Span> sorted = new ArrayList<>();
        for (PtcCorpus.Span s : spans) {
            if (s.end() > s.start()) {
                sorted.add(byTechnique ? s : new PtcCorpus.Span(s.start(), s.end(), "propaganda"));
            }
        }
        sorted.sort(Comparator.comparing(PtcCorpus.Span::technique).thenComparingInt(PtcCorpus.Span::start));
        List<PtcCorpus.Span> out = new ArrayList<>();
        for (PtcCorpus.Span s : sorted) {
            PtcCorpus.Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.technique().equals(s.technique()) && s.start() < last.end()) {
                out.set(out.size() - 1, new PtcCorpus.Span(last.start(), Math.max(last.end(), s.end()), s.technique()));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
