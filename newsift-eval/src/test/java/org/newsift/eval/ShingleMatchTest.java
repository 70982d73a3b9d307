package org.newsift.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The benchmark's metric on hand-made texts written for the newsift project. */
class ShingleMatchTest {
    private static final double EPS = 1e-9;

    @Test
    void tokensAreUnicodeWordRunsWithoutMarks() {
        assertEquals(List.of("Café", "au", "lait_2", "Ελλάδα", "東京", "3"), ShingleMatch.tokens("Café-au lait_2! Ελλάδα, 東京… 3%"));
        // a combining accent is not a word character in Python's \w, so it splits the token
        assertEquals(List.of("e", "x"), ShingleMatch.tokens("e\u0301x"));
    }

    @Test
    void shortTextsAreOneShorterShingle() {
        assertEquals(Map.of(List.of("a", "b"), 1), ShingleMatch.shingles("a b"));
        assertEquals(Map.of(), ShingleMatch.shingles(" ... "));
        assertEquals(Map.of(List.of("a", "b", "c", "d"), 1, List.of("b", "c", "d", "e"), 1), ShingleMatch.shingles("a b c d e"));
    }

    @Test
    void countsAreNormalisedPerPage() {
        // truth: a b c d, b c d e, c d e f; prediction: b c d e, c d e f, d e f x
        ShingleMatch.Counts c = ShingleMatch.match("a b c d e f", "b c d e f x");
        assertEquals(0.5, c.tp(), EPS);
        assertEquals(0.25, c.fp(), EPS);
        assertEquals(0.25, c.fn(), EPS);
        assertEquals(2.0 / 3, c.precision(), EPS);
        assertEquals(2.0 / 3, c.recall(), EPS);
    }

    @Test
    void repeatedTextIsCountedAsAMultiset() {
        // prediction: a b c d twice, b c d a, c d a b, d a b c; only one a b c d is in the truth
        ShingleMatch.Counts c = ShingleMatch.match("a b c d", "a b c d a b c d");
        assertEquals(0.2, c.tp(), EPS);
        assertEquals(0.8, c.fp(), EPS);
        assertEquals(0.2, c.precision(), EPS);
        assertEquals(1.0, c.recall(), EPS);
    }

    @Test
    void emptyPredictionCountsForRecallOnly() {
        ShingleMatch.Counts perfect = ShingleMatch.match("one two three four", "one two three four");
        ShingleMatch.Counts empty = ShingleMatch.match("one two three four", "");
        ShingleMatch.Scores s = ShingleMatch.average(List.of(perfect, empty));
        assertEquals(1.0, s.precision(), EPS); // the empty page has tp + fp = 0: left out of the precision mean
        assertEquals(0.5, s.recall(), EPS);
        assertEquals(2 * 0.5 / 1.5, s.f1(), EPS);
    }
}
