package org.newsift.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FloorsTest {
    private static final Floors FLOORS = Floors.parse("""
            # comment
            a.recall\t0.50

            b.f1\t0.25
            """);

    @Test
    void parses() {
        assertEquals(Map.of("a.recall", 0.50, "b.f1", 0.25), FLOORS.floors());
    }

    @Test
    void passesAtOrAboveFloor() {
        Floors.Check c = FLOORS.check(Map.of("a.recall", 0.5, "b.f1", 0.9, "unfloored", 0.0), Map.of());
        assertTrue(c.passed(), c.failures().toString());
    }

    @Test
    void metricBelowFloorFails() {
        Floors.Check c = FLOORS.check(Map.of("a.recall", 0.4999, "b.f1", 0.9), Map.of());
        assertFalse(c.passed());
        assertEquals(1, c.failures().size());
        assertTrue(c.failures().get(0).startsWith("a.recall: 0.4999 is below its floor 0.5000"));
    }

    @Test
    void missingMetricFailsUnlessDataAbsent() {
        Floors.Check missing = FLOORS.check(Map.of("a.recall", 0.9), Map.of());
        assertEquals(1, missing.failures().size());
        assertTrue(missing.failures().get(0).contains("b.f1: not computed"));

        Floors.Check skipped = FLOORS.check(Map.of("a.recall", 0.9), Map.of("b.f1", "data absent: x"));
        assertTrue(skipped.passed());
        assertEquals(1, skipped.skips().size());
    }

    @Test
    void nanFails() {
        assertFalse(FLOORS.check(Map.of("a.recall", Double.NaN, "b.f1", 1.0), Map.of()).passed());
    }

    @Test
    void badLineIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Floors.parse("a.recall 0.5\n"));
    }

    @Test
    void ceilingFailsAboveAndPassesAtOrBelow() {
        Floors f = Floors.parse("share.figurative\t0.05\tmax\nx.f1\t0.5\n");
        assertEquals(Map.of("share.figurative", 0.05), f.ceilings());
        assertEquals(Map.of("x.f1", 0.5), f.floors());
        assertTrue(f.check(Map.of("share.figurative", 0.05, "x.f1", 0.5), Map.of()).passed());
        Floors.Check above = f.check(Map.of("share.figurative", 0.0501, "x.f1", 0.9), Map.of());
        assertEquals(List.of("share.figurative: 0.0501 is above its ceiling 0.0500"), above.failures());
        assertFalse(f.check(Map.of("x.f1", 0.9), Map.of()).passed(), "an uncomputed ceilinged metric fails");
        assertTrue(f.check(Map.of("x.f1", 0.9), Map.of("share.figurative", "file absent")).passed());
    }

    @Test
    void restrictedBoundsCheckOnlyTheGivenMetrics() {
        Floors f = Floors.parse("a.recall\t0.5\nb.f1\t0.25\nc.share\t0.05\tmax\n").restrictTo(List.of("b.f1"));
        assertEquals(Map.of("b.f1", 0.25), f.floors());
        assertEquals(Map.of(), f.ceilings());
        assertTrue(f.check(Map.of("b.f1", 0.3), Map.of()).passed());
    }

    @Test
    void thirdColumnOtherThanMaxIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Floors.parse("a.share\t0.05\tmaximum\n"));
    }
}
