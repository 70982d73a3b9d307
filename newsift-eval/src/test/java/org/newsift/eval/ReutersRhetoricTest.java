package org.newsift.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-story statistics of the false-alarm budget. */
class ReutersRhetoricTest {

    @Test
    void medianAndMeanOfSpansPerStory() {
        assertEquals(1.0, ReutersRhetoric.median(new int[]{3, 0, 1}));
        assertEquals(0.5, ReutersRhetoric.median(new int[]{0, 5, 1, 0}), "even count: the mean of the middle two");
        assertEquals(1.5, ReutersRhetoric.mean(new int[]{0, 5, 1, 0}));
        assertTrue(Double.isNaN(ReutersRhetoric.median(new int[0])), "no stories: no value, so the floor check fails");
    }

    @Test
    void itIsRegisteredWithBothMetrics() {
        assertTrue(EvalTasks.ALL.stream().anyMatch(t -> t instanceof ReutersRhetoric));
        assertEquals(2, new ReutersRhetoric().metrics().size());
    }
}
