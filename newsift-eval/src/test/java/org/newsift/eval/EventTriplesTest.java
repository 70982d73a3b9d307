package org.newsift.eval;

import org.junit.jupiter.api.Test;
import org.newsift.model.Event;
import org.newsift.model.EventArgument;
import org.newsift.model.Modality;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventTriplesTest {

    private static EventTriples.Triple t(String s, String t, String c) {
        return new EventTriples.Triple(s, t, c);
    }

    private static EventArgument arg(String code) {
        return new EventArgument("a", code, null, null, code);
    }

    private static Event event(List<EventArgument> source, List<EventArgument> target, String cameo) {
        return new Event("e", null, List.of(), null, source, target, cameo, null, null, null, null, null, null, null,
                (Modality) null, 1.0, null);
    }

    @Test
    void predictedTriplesAreTheProductOfCodedSourcesAndTargets() {
        Set<EventTriples.Triple> p = EventTriples.predicted(List.of(
                event(List.of(arg("ARN"), arg("GON")), List.of(arg("MOR")), "111"),
                event(List.of(arg("ARN")), List.of(arg(null), arg(" ")), "042"), // no coded target: ignored
                event(List.of(), List.of(arg("MOR")), "042"),                      // no source: ignored
                event(List.of(arg("---GOV")), List.of(arg("MOR")), "0231")));
        assertEquals(Set.of(t("ARN", "MOR", "111"), t("GON", "MOR", "111"), t("GOV", "MOR", "0231")), p);
    }

    @Test
    void countryLessAgentMatchesItsBareCode() {
        assertEquals(t("---GOV", "ARN", "041"), t("GOV", "ARN", "041"));
        assertEquals("GOV", EventTriples.normalizeActor(" ---GOV "));
        assertEquals("---", EventTriples.normalizeActor("---"));
    }

    @Test
    void precisionRecallAndRootAgreementOnTwoSentences() {
        EventTriples.Score s = new EventTriples.Score();
        // sentence 1: gold ARN>GON 064 and GON>ARN 033; predicted ARN>GON 064 (exact), GON>ARN 036 (same root 03),
        // MOR>GON 190 (spurious)
        s.add(Set.of(t("ARN", "GON", "064"), t("GON", "ARN", "033")),
                Set.of(t("ARN", "GON", "064"), t("GON", "ARN", "036"), t("MOR", "GON", "190")));
        // sentence 2: gold ITH>MOR 111 and ARN>ITH 042; predicted ITH>MOR 120 (pair right, root wrong)
        s.add(Set.of(t("ITH", "MOR", "111"), t("ARN", "ITH", "042")), Set.of(t("ITH", "MOR", "120")));
        // sentence 3: no event expected, one predicted
        s.add(Set.of(), Set.of(t("ARN", "GON", "010")));
        assertEquals(1, s.tp());
        assertEquals(4, s.fp());
        assertEquals(3, s.fn());
        assertEquals(1 / 5.0, s.precision(), 1e-9);
        assertEquals(1 / 4.0, s.recall(), 1e-9);
        // pairs predicted: ARN>GON (root 06 = 06), GON>ARN (03 = 03), ITH>MOR (11 vs 12): 2 of 3
        assertEquals(3, s.pairMatched());
        assertEquals(2, s.rootAgreed());
        assertEquals(2 / 3.0, s.rootAgreement(), 1e-9);
    }

    @Test
    void emptyPredictionsScoreZeroNotNaN() {
        EventTriples.Score s = new EventTriples.Score().add(Set.of(t("ARN", "GON", "064")), Set.of());
        assertEquals(0.0, s.precision());
        assertEquals(0.0, s.recall());
        assertEquals(0.0, s.rootAgreement());
        assertTrue(Double.isNaN(new EventTriples.Score().recall()));
    }

    @Test
    void scoresAdd() {
        EventTriples.Score a = new EventTriples.Score().add(Set.of(t("A", "B", "01")), Set.of(t("A", "B", "01")));
        EventTriples.Score b = new EventTriples.Score().add(Set.of(t("A", "B", "01")), Set.of(t("A", "B", "02")));
        a.add(b);
        assertEquals(1, a.tp());
        assertEquals(1, a.fp());
        assertEquals(1, a.fn());
        assertEquals(1, a.rootAgreed());
        assertEquals(2, a.pairMatched());
    }
}
