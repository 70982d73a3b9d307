package org.newsift.models.rhetoric;

import org.junit.jupiter.api.Test;
import org.newsift.models.finetune.Calibration;
import org.newsift.models.finetune.FineTunedClassifier;
import org.newsift.models.finetune.ModelCard;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decoding wordpiece scores into spans, on a sentence written for this test. */
class SpanTaggerTest {
    private static final String TEXT = "The mayor's disgraceful cover-up shocked nobody.";

    /** Wordpieces of TEXT (as the tokenizer splits it) with the given inside-probabilities. */
    private static FineTunedClassifier.TokenScores scores(double... inside) {
        return scores(new int[][] {{0, 3}, {4, 9}, {9, 10}, {10, 11}, {12, 18}, {18, 23}, {24, 29}, {29, 30}, {30, 32},
                {33, 40}, {41, 47}, {47, 48}}, inside);
    }

    /** Wordpieces at these [start, end) offsets with the given inside-probabilities. */
    private static FineTunedClassifier.TokenScores scores(int[][] pieces, double... inside) {
        double[][] p = new double[pieces.length][];
        int[] starts = new int[pieces.length];
        int[] ends = new int[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            p[i] = new double[]{1 - inside[i], inside[i]};
            starts[i] = pieces[i][0];
            ends[i] = pieces[i][1];
        }
        return new FineTunedClassifier.TokenScores(starts, ends, p);
    }

    @Test
    void insideWordpiecesBecomeWholeWordSpansWithMeanLogOdds() {
        // "disgrace" + "ful" inside; the second piece alone would still widen to the whole word
        List<SpanTagger.Found> found = SpanTagger.decode(TEXT, scores(0.1, 0.1, 0.1, 0.1, 0.1, 0.9, 0.2, 0.1, 0.1, 0.1,
                0.1, 0.1), 0.5, SpanCalibration.IDENTITY);
        assertEquals(1, found.size());
        assertEquals("disgraceful", TEXT.substring(found.get(0).start(), found.get(0).end()));
        assertEquals(Math.log(9), found.get(0).margin(), 1e-9);
        assertEquals(0.9, found.get(0).score(), 1e-9);
    }

    @Test
    void oneOutsideWordpieceDoesNotSplitASpanButTwoDo() {
        List<SpanTagger.Found> bridged = SpanTagger.decode(TEXT, scores(0.1, 0.1, 0.1, 0.1, 0.8, 0.8, 0.8, 0.4, 0.8, 0.1,
                0.1, 0.1), 0.5, SpanCalibration.IDENTITY);
        assertEquals(List.of("disgraceful cover-up"), texts(bridged));
        List<SpanTagger.Found> split = SpanTagger.decode(TEXT, scores(0.1, 0.1, 0.1, 0.1, 0.8, 0.8, 0.3, 0.3, 0.1, 0.8,
                0.1, 0.1), 0.5, SpanCalibration.IDENTITY);
        assertEquals(List.of("disgraceful", "shocked"), texts(split));
    }

    @Test
    void aSpanOfOneWordIsScoredByTheOneWordCalibration() {
        SpanCalibration calibration = new SpanCalibration(Calibration.IDENTITY, new Calibration(1, -1));
        List<SpanTagger.Found> found = SpanTagger.decode(TEXT, scores(0.1, 0.1, 0.1, 0.1, 0.8, 0.8, 0.1, 0.1, 0.1, 0.1,
                0.1, 0.1), 0.5, calibration);
        assertEquals(List.of("disgraceful"), texts(found));
        assertEquals(1 / (1 + Math.exp(-(Math.log(4) - 1))), found.get(0).score(), 1e-9, "one word");
        found = SpanTagger.decode(TEXT, scores(0.1, 0.1, 0.1, 0.1, 0.8, 0.8, 0.8, 0.8, 0.8, 0.1, 0.1, 0.1), 0.5,
                calibration);
        assertEquals(List.of("disgraceful cover-up"), texts(found));
        assertEquals(0.8, found.get(0).score(), 1e-9, "two words: the longer spans' calibration");
    }

    @Test
    void aCardWithoutAOneWordCalibrationUsesItsCalibrationForEverySpan() {
        ModelCard card = new ModelCard("spans", "base", "tokenizer", 128, List.of("outside", "inside"),
                new Calibration(2, 1), 0.4, Map.of(), Map.of(), 0.25, null);
        assertEquals(new SpanCalibration(new Calibration(2, 1), new Calibration(2, 1)), SpanCalibration.of(card));
        assertEquals(new Calibration(3, 0), SpanCalibration.of(card.withOneWordCalibration(new Calibration(3, 0))).oneWord());
    }

    @Test
    void noInsideWordpieceNoSpan() {
        assertTrue(SpanTagger.decode(TEXT, scores(0.1, 0.1, 0.1, 0.1, 0.1, 0.5, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1),
                0.5, SpanCalibration.IDENTITY).isEmpty(), "0.5 is not more likely inside than outside");
    }

    @Test
    void aSpanDoesNotBeginOnThePossessiveOrContractionOfAWordLeftOutside() {
        // "s" (after "mayor" and "'") through "disgraceful" inside: the span is "disgraceful", not "s disgraceful"
        assertEquals(List.of("disgraceful"), texts(SpanTagger.decode(TEXT, scores(0.1, 0.1, 0.1, 0.8, 0.8, 0.8, 0.1,
                0.1, 0.1, 0.1, 0.1, 0.1), 0.5, SpanCalibration.IDENTITY)));
        assertTrue(SpanTagger.decode(TEXT, scores(0.1, 0.1, 0.1, 0.8, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1), 0.5,
                SpanCalibration.IDENTITY).isEmpty(), "the clitic alone is no span");
    }

    @Test
    void aSpanDoesNotCarryAQuotationMarkItDoesNotClose() {
        String text = "He called it \"a disgrace\" twice.";
        // wordpieces: He, called, it, ", a, disgrace, ", twice, .
        int[][] pieces = {{0, 2}, {3, 9}, {10, 12}, {13, 14}, {14, 15}, {16, 24}, {24, 25}, {26, 31}, {31, 32}};
        assertEquals(List.of("a disgrace"), spans(text, pieces, 0, 0, 0, 0.9, 0.9, 0.9, 0, 0, 0));
        assertEquals(List.of("a disgrace"), spans(text, pieces, 0, 0, 0, 0, 0.9, 0.9, 0.9, 0, 0));
        assertEquals(List.of("\"a disgrace\""), spans(text, pieces, 0, 0, 0, 0.9, 0.9, 0.9, 0.9, 0, 0),
                "a whole quotation keeps its marks");
    }

    @Test
    void aSpanNeitherBeginsOnAPrepositionNorEndsOnAFunctionWord() {
        String text = "Critics of the egregious failures of the council and the mayor spoke.";
        assertEquals("the egregious failures", edges(text, "of the egregious failures of the"));
        assertEquals("egregious failures of the council", edges(text, "egregious failures of the council and"),
                "function words inside a span stay");
        assertEquals("the council", edges(text, "the council and the"));
        assertNull(edges(text, "of the"), "nothing but function words");
        assertNull(SpanTagger.withoutFunctionWordEdges("It is.", 0, 2), "a lone pronoun");
        assertEquals("mayor", edges(text, "mayor"));
    }

    /** The span of {@code words} in {@code text} without its function-word edges, or null. */
    private static String edges(String text, String words) {
        int at = text.indexOf(words);
        int[] span = SpanTagger.withoutFunctionWordEdges(text, at, at + words.length());
        return span == null ? null : text.substring(span[0], span[1]);
    }

    @Test
    void decodedSpansLoseTheirFunctionWordEdges() {
        String text = "It is frankly the worst.";
        // wordpieces: It, is, frankly, the, worst, .
        int[][] pieces = {{0, 2}, {3, 5}, {6, 13}, {14, 17}, {18, 23}, {23, 24}};
        assertEquals(List.of("frankly"), spans(text, pieces, 0, 0, 0.9, 0.9, 0, 0));
        assertEquals(List.of(), spans(text, pieces, 0.9, 0, 0, 0, 0, 0), "a lone 'It' is no span");
    }

    private static List<String> spans(String text, int[][] pieces, double... inside) {
        return SpanTagger.decode(text, scores(pieces, inside), 0.5, SpanCalibration.IDENTITY).stream()
                .map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void cliticsAreTheTailsOfContractionsAndPossessivesOnly() {
        String text = "They don't trust O'Brien's plan, we're told.";
        assertEquals(text.indexOf("don't") + 5, SpanTagger.cliticEnd(text, text.indexOf("'")));
        assertEquals(-1, SpanTagger.cliticEnd(text, text.indexOf("'Brien")), "O'Brien");
        assertEquals(text.indexOf("Brien's") + 7, SpanTagger.cliticEnd(text, text.indexOf("'s")));
        assertEquals(text.indexOf("we're") + 5, SpanTagger.cliticEnd(text, text.indexOf("'re")));
        assertEquals(-1, SpanTagger.cliticEnd(text, 0));
    }

    private static List<String> texts(List<SpanTagger.Found> found) {
        return found.stream().map(f -> TEXT.substring(f.start(), f.end())).toList();
    }
}
