package org.newsift.eval;

import org.junit.jupiter.api.Test;
import org.newsift.models.rhetoric.PtcCorpus;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParagraphTechniquesTest {
    // Three paragraphs (lines) of an article written for this test: [0, 10), [11, 20), [21, 30).
    private static final PtcCorpus.Article ARTICLE = new PtcCorpus.Article("1", "x".repeat(30), List.of(),
            List.of(new PtcCorpus.Line(0, 10), new PtcCorpus.Line(11, 20), new PtcCorpus.Line(21, 30)));

    @Test
    void scoresTechniquePairsPerParagraphAndCountsAlarmsOnCleanOnes() {
        List<PtcCorpus.Span> gold = List.of(new PtcCorpus.Span(2, 5, "Doubt"), new PtcCorpus.Span(6, 8, "Doubt"),
                new PtcCorpus.Span(12, 15, "Slogans"));
        List<PtcCorpus.Span> predicted = List.of(
                new PtcCorpus.Span(0, 3, "Doubt"),         // right: paragraph 1 has Doubt
                new PtcCorpus.Span(8, 9, "Doubt"),         // the same pair again: counted once
                new PtcCorpus.Span(13, 14, "Repetition"),  // wrong technique in paragraph 2
                new PtcCorpus.Span(22, 25, "Slogans"));    // an alarm on the clean paragraph 3
        ParagraphTechniques p = new ParagraphTechniques();
        p.add(ARTICLE, predicted, gold);
        assertEquals(1.0 / 3, p.precision(), 1e-9);
        assertEquals(1.0 / 2, p.recall(), 1e-9);
        assertEquals(2.0 / 5, p.microF1(), 1e-9);
        assertEquals(1, p.cleanParagraphs());
        assertEquals(1.0, p.cleanFalseAlarmRate(), 1e-9);
    }

    @Test
    void aSpanAcrossTwoParagraphsCountsInBoth() {
        ParagraphTechniques p = new ParagraphTechniques();
        p.add(ARTICLE, List.of(new PtcCorpus.Span(5, 15, "Slogans")), List.of(new PtcCorpus.Span(12, 14, "Slogans")));
        assertEquals(0.5, p.precision(), 1e-9);
        assertEquals(1.0, p.recall(), 1e-9);
        assertEquals(2, p.cleanParagraphs());
        assertEquals(0.5, p.cleanFalseAlarmRate(), 1e-9);
    }
}
