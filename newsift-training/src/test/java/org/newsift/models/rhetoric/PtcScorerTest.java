package org.newsift.models.rhetoric;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PtcScorerTest {

    private static PtcCorpus.Span span(int start, int end, String technique) {
        return new PtcCorpus.Span(start, end, technique);
    }

    @Test
    void partialOverlapCreditAsTheTaskScorerGivesIt() {
        // gold [0,10) and [20,30); predicted [5,15) overlaps the first by 5 of its 10 characters, [40,50) nothing
        Map<String, List<PtcCorpus.Span>> gold = Map.of("a", List.of(span(0, 10, "Doubt"), span(20, 30, "Slogans")));
        Map<String, List<PtcCorpus.Span>> predicted = Map.of("a", List.of(span(5, 15, "Doubt"), span(40, 50, "Doubt")));
        PtcScorer.Score si = PtcScorer.spanIdentification(predicted, gold);
        assertEquals(0.5 / 2, si.precision(), 1e-12); // (5/10 + 0) / 2 predicted spans
        assertEquals(0.5 / 2, si.recall(), 1e-12);    // (5/10 + 0) / 2 gold spans
        assertEquals(0.25, si.f1(), 1e-12);
        PtcScorer.Score wrongTechnique = PtcScorer.spanAndTechnique(
                Map.of("a", List.of(span(5, 15, "Slogans"))), gold);
        assertEquals(0, wrongTechnique.f1());
    }

    @Test
    void overlappingSpansOfOneLabelAreMergedFirst() {
        // two predicted pieces of one gold span count as one span covering 8 of its 10 characters
        Map<String, List<PtcCorpus.Span>> gold = Map.of("a", List.of(span(0, 10, "Doubt")));
        Map<String, List<PtcCorpus.Span>> predicted = Map.of("a", List.of(span(0, 6, "Doubt"), span(4, 8, "Doubt")));
        PtcScorer.Score si = PtcScorer.spanIdentification(predicted, gold);
        assertEquals(1.0, si.precision(), 1e-12);
        assertEquals(0.8, si.recall(), 1e-12);
        // with different techniques they stay apart for span+technique, and only the Doubt one counts
        Map<String, List<PtcCorpus.Span>> mixed = Map.of("a", List.of(span(0, 6, "Doubt"), span(4, 8, "Slogans")));
        PtcScorer.Score flc = PtcScorer.spanAndTechnique(mixed, gold);
        assertEquals(0.5, flc.precision(), 1e-12);
        assertEquals(0.6, flc.recall(), 1e-12);
    }

    @Test
    void articlesWithoutPredictionsStillCountTheirGoldSpans() {
        Map<String, List<PtcCorpus.Span>> gold = Map.of("a", List.of(span(0, 10, "Doubt")),
                "b", List.of(span(0, 10, "Doubt")));
        PtcScorer.Score si = PtcScorer.spanIdentification(Map.of("a", List.of(span(0, 10, "x"))), gold);
        assertEquals(1.0, si.precision(), 1e-12);
        assertEquals(0.5, si.recall(), 1e-12);
    }

    @Test
    void techniqueMicroF1IsTheShareOfGoldSpansLabelledRight() {
        assertEquals(2.0 / 3, PtcScorer.techniqueMicroF1(List.of("Doubt", "Slogans", "Doubt"),
                List.of("Doubt", "Slogans", "Repetition")), 1e-12);
    }
}
