package org.newsift.eval;

import org.newsift.models.rhetoric.PtcCorpus;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Techniques scored per paragraph, as SemEval-2023 task 3 (subtask 3) scores them: each paragraph has a set of
 * techniques (those of the spans that overlap it), and a prediction is right when its (paragraph, technique)
 * pair is gold. PTC's non-blank lines are its paragraphs. A clean paragraph is one with
 * no gold technique; its false alarm is any predicted technique, which is what a reader of straight paragraphs
 * sees.
 */
final class ParagraphTechniques {
    private int truePositives;
    private int predictedPairs;
    private int goldPairs;
    private int cleanParagraphs;
    private int falseAlarms;

    /** Adds one article's paragraphs: {@code predicted} and {@code gold} are spans in its code points. */
    void add(PtcCorpus.Article article, List<PtcCorpus.Span> predicted, List<PtcCorpus.Span> gold) {
        for (PtcCorpus.Line line : article.lines()) {
            Set<String> p = techniques(line, predicted);
            Set<String> g = techniques(line, gold);
            predictedPairs += p.size();
            goldPairs += g.size();
            p.stream().filter(g::contains).forEach(t -> truePositives++);
            if (g.isEmpty()) {
                cleanParagraphs++;
                falseAlarms += p.isEmpty() ? 0 : 1;
            }
        }
    }

    private static Set<String> techniques(PtcCorpus.Line line, List<PtcCorpus.Span> spans) {
        Set<String> out = new HashSet<>();
        spans.stream().filter(s -> s.start() < line.end() && line.start() < s.end()).forEach(s -> out.add(s.technique()));
        return out;
    }

    double precision() {
        return predictedPairs == 0 ? 0 : (double) truePositives / predictedPairs;
    }

    double recall() {
        return goldPairs == 0 ? 0 : (double) truePositives / goldPairs;
    }

    /** Micro-F1 over (paragraph, technique) pairs. */
    double microF1() {
        return truePositives == 0 ? 0 : 2.0 * truePositives / (predictedPairs + goldPairs);
    }

    /** The share of clean paragraphs given at least one technique. */
    double cleanFalseAlarmRate() {
        return cleanParagraphs == 0 ? 0 : (double) falseAlarms / cleanParagraphs;
    }

    int cleanParagraphs() {
        return cleanParagraphs;
    }
}
