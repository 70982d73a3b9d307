package org.newsift.server.alerts;

import org.junit.jupiter.api.Test;
import org.newsift.store.SeriesPoint;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EscalationDetectorTest {
    private final EscalationDetector detector = new EscalationDetector(2.0, 4, 3);

    private static SeriesPoint week(int n, int cooperative, int conflict, double goldstein) {
        return new SeriesPoint(LocalDate.of(2025, 1, 6).plusWeeks(n).toString(), cooperative + conflict,
                List.of((long) cooperative, 0L, 0L, (long) conflict), goldstein, List.of("a" + n));
    }

    @Test
    void aWeekOfMaterialConflictAfterCalmWeeksRaisesBothSignals() {
        List<Alert> alerts = detector.detect("KGZ", "TJK", List.of(week(0, 4, 0, 3.0), week(1, 5, 0, 3.5),
                week(2, 3, 0, 2.5), week(3, 1, 4, -7.0)));
        assertEquals(List.of("material-conflict-share", "goldstein"), alerts.stream().map(Alert::signal).toList());
        Alert share = alerts.get(0);
        assertEquals("2025-01-27", share.week());
        assertEquals(0.8, share.value(), 1e-9);
        assertEquals(0.0, share.baseline(), 1e-9);
        assertEquals(8.0, share.deviation(), 1e-9); // (0.8 - 0) / the floor 0.10
        assertEquals(List.of("a3"), share.articleIds());
    }

    @Test
    void aSteadilyHostileDyadIsNotNews() {
        assertTrue(detector.detect("A", "B", List.of(week(0, 1, 4, -7), week(1, 1, 4, -7.5), week(2, 1, 5, -8),
                week(3, 1, 4, -7.2))).isEmpty());
    }

    @Test
    void aThinWeekOrAShortHistoryRaisesNothing() {
        assertTrue(detector.detect("A", "B", List.of(week(0, 4, 0, 3), week(1, 4, 0, 3), week(2, 0, 2, -9))).isEmpty(),
                "fewer events than the minimum");
        assertTrue(detector.detect("A", "B", List.of(week(0, 4, 0, 3), week(1, 0, 5, -9))).isEmpty(),
                "one baseline week");
    }

    @Test
    void theBaselineTrailsByTheConfiguredWeeks() {
        // hostile long ago, calm in the four weeks before: the new conflict stands out against the calm
        List<Alert> alerts = detector.detect("A", "B", List.of(week(0, 0, 6, -9), week(1, 0, 6, -9), week(2, 5, 0, 3),
                week(3, 5, 0, 3), week(4, 5, 0, 3), week(5, 5, 0, 3), week(6, 0, 5, -9)));
        assertEquals(2, alerts.size());
        assertTrue(alerts.stream().allMatch(a -> a.week().equals("2025-02-17")));
    }
}
