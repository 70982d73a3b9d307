package org.newsift.models.claims;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in check-worthiness model on sentences written for the newsift project. */
class CheckWorthinessTest {
    private static final CheckWorthiness MODEL = CheckWorthiness.builtIn();

    @Test
    void theCardSaysWhatWasShipped() {
        assertEquals("sentence-minilm-1/claims", MODEL.name());
        assertTrue(MODEL.defaultThreshold() > 0.5 && MODEL.defaultThreshold() < 1, "threshold " + MODEL.defaultThreshold());
    }

    @Test
    void aFigureAboutPublicLifeIsCheckWorthyAndAnAsideIsNot() {
        double[] p = MODEL.probabilities(List.of(
                "Exports fell 12 percent to 3.4 billion dollars in the first quarter.",
                "Thanks to everyone who came out tonight."));
        assertTrue(p[0] >= MODEL.defaultThreshold(), "figure " + p[0]);
        assertTrue(p[1] < 0.2, "aside " + p[1]);
    }

    /** Only slightly: the int8 products quantize each batch's inputs with one scale (docs/models.md). */
    @Test
    void scoresHardlyDependOnTheBatch() {
        String s = "The army lost 300 soldiers in 2024.";
        double alone = MODEL.probabilities(List.of(s))[0];
        double[] together = MODEL.probabilities(List.of("A much longer sentence about the budget, the taxes and the deficit "
                + "that the committee debated for most of the week.", s));
        assertEquals(alone, together[1], 2e-3);
    }
}
