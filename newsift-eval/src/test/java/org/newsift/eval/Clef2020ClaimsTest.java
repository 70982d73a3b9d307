package org.newsift.eval;

import org.junit.jupiter.api.Test;
import org.newsift.models.claims.ClaimData.Line;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Average precision of a ranking, on made-up lines. */
class Clef2020ClaimsTest {

    @Test
    void averagePrecisionOfARanking() {
        List<Line> lines = List.of(new Line("a", false), new Line("b", true), new Line("c", false), new Line("d", true));
        // ranked b (hit at 1), a, d (hit at 3), c: AP = (1/1 + 2/3) / 2
        assertEquals((1 + 2.0 / 3) / 2, Clef2020Claims.averagePrecision(lines, new double[]{0.8, 0.9, 0.1, 0.5}), 1e-9);
        assertTrue(Double.isNaN(Clef2020Claims.averagePrecision(List.of(new Line("x", false)), new double[]{0.3})));
    }
}
