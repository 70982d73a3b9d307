package org.newsift.models.finetune;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalibrationTest {

    @Test
    void plattScalingMatchesTheRateOfRightAnswers() {
        // margins 2 are right 3 times in 4, margins -2 right 1 time in 4: a calibrated score says so
        double[] margins = new double[400];
        boolean[] right = new boolean[400];
        for (int i = 0; i < 400; i++) {
            margins[i] = i < 200 ? 2 : -2;
            right[i] = i < 200 ? i % 4 != 0 : i % 4 == 0;
        }
        Calibration c = Calibration.fit(margins, right);
        assertEquals(0.75, c.probability(2), 0.01);
        assertEquals(0.25, c.probability(-2), 0.01);
    }

    @Test
    void thresholdIsTheLowestScoreThatKeepsThePrecisionAsked() {
        double[] scores = new double[40];
        boolean[] right = new boolean[40];
        for (int i = 0; i < 40; i++) {
            scores[i] = i / 40.0;
            right[i] = i >= 20 || i % 5 == 0; // the upper half all right, the lower half right 1 in 5
        }
        Reliability r = new Reliability(scores, right);
        double t = r.thresholdFor(0.9);
        assertTrue(r.precisionAt(t) >= 0.9, "precision at the threshold " + r.precisionAt(t));
        assertTrue(t <= 0.5, "the threshold keeps the whole right half: " + t);
        assertEquals(1.0, r.thresholdFor(1.01), "silent when no score reaches the precision asked for");
        assertEquals(5, r.bands().size());
        assertEquals(40, r.bands().stream().mapToInt(Reliability.Band::count).sum());
    }
}
