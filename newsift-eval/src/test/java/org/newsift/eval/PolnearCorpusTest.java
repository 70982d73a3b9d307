package org.newsift.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsift.eval.AttributionScores.Counts;
import org.newsift.eval.AttributionScores.Predicted;
import org.newsift.eval.PolnearCorpus.Gold;
import org.newsift.eval.PolnearCorpus.Span;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsift.model.Quote;
import org.newsift.model.TextSpan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PolNeAR brat reader and the attribution scoring, on a tiny corpus written for the newsift project. */
class PolnearCorpusTest {
    private static final String TEXT = "The mayor said the bridge will reopen in May. Rain fell, residents said.";
    private static final String ANN = String.join("\n",
            "T1\tSource 0 9\tThe mayor",
            "T2\tCue 10 14\tsaid",
            "T3\tContent 15 44\tthe bridge will reopen in May",
            "T4\tAttribution 10 14\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T5\tContent 46 50;51 55\tRain fell",
            "T6\tAttribution-no-source 66 70\tsaid",
            "E2\tAttribution-no-source:T6 Content:T5",
            "T7\tDiscuss 0 3\tThe",
            "");

    @Test
    void readsAttributionsWithDiscontinuousContent(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/story.txt"), TEXT);
        Files.writeString(dir.resolve("attributions/story_a1.ann"), ANN);
        Files.writeString(dir.resolve("attributions/story_b2.ann"), "");
        List<PolnearCorpus.Article> articles = PolnearCorpus.read(dir);
        assertEquals(1, articles.size());
        List<Gold> gold = articles.get(0).gold();
        assertEquals(2, gold.size(), "the first annotator's file, Attribution lines only");
        assertEquals(new Span(15, 44), gold.get(0).content());
        assertEquals(new Span(0, 9), gold.get(0).source());
        assertEquals(new Span(46, 55), gold.get(1).content());
        assertNull(gold.get(1).source());
    }

    @Test
    void contentMatchesAtHalfTheLongerSpan() {
        assertTrue(AttributionScores.matches(new Span(0, 10), new Span(5, 10)));
        assertFalse(AttributionScores.matches(new Span(0, 10), new Span(6, 10)));
        assertFalse(AttributionScores.matches(new Span(0, 10), new Span(10, 20)));
    }

    @Test
    void eachGoldMatchesOnceAndSourcesNeedOverlap() {
        List<Gold> gold = PolnearCorpus.parse(ANN);
        Counts c = AttributionScores.score(TEXT, gold, List.of(
                new Predicted(new Span(15, 44), new Span(4, 9)),
                new Predicted(new Span(15, 43), new Span(0, 3)),
                new Predicted(new Span(46, 55), null)));
        assertEquals(3, c.predicted());
        assertEquals(2, c.matched());
        assertEquals(1, c.sourced());
        assertEquals(1, c.sourceRight());
        assertEquals(2.0 * 2 / 5, c.f1(), 1e-9);
        assertEquals(2, c.exact(), "both matched predictions have the gold's bounds");
    }

    @Test
    void theQuotesOfOneCueAreOneAttribution() {
        TextSpan said = new TextSpan(20, 24, "said");
        List<Predicted> p = PolnearAttribution.predicted(List.of(
                new Quote(0, 18, "x".repeat(18), true, null, said, null, ""),
                new Quote(26, 40, "y".repeat(14), true, null, said, null, ""),
                new Quote(50, 60, "z".repeat(10), false, null, null, null, "")));
        assertEquals(List.of(new Span(0, 40), new Span(50, 60)), p.stream().map(Predicted::content).toList());
    }
}
