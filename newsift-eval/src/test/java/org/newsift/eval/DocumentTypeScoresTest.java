package org.newsift.eval;

import org.junit.jupiter.api.Test;
import org.newsift.model.Event;
import org.newsift.model.Plover;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentTypeScoresTest {

    @Test
    void perTypeAndMacroF1() {
        DocumentTypeScores s = new DocumentTypeScores(List.of("AGREE", "ASSAULT", "PROTEST"));
        s.add("AGREE", Set.of("AGREE"));               // AGREE tp
        s.add("AGREE", Set.of("ASSAULT"));             // AGREE fn, ASSAULT fp
        s.add("ASSAULT", Set.of("ASSAULT", "PROTEST")); // ASSAULT tp, PROTEST fp
        s.add("PROTEST", Set.of());                    // PROTEST fn
        s.add("PROTEST", Set.of("PROTEST", "FOO"));    // PROTEST tp, FOO outside the list
        assertEquals(5, s.documents());
        assertEquals(1, s.tp("AGREE"));
        assertEquals(0, s.fp("AGREE"));
        assertEquals(1, s.fn("AGREE"));
        assertEquals(2, s.support("AGREE"));
        assertEquals(2.0 / 3, s.f1("AGREE"), 1e-9);      // P 1, R 1/2
        assertEquals(2.0 / 3, s.f1("ASSAULT"), 1e-9);    // P 1/2, R 1
        assertEquals(0.5, s.precision("PROTEST"), 1e-9);
        assertEquals(0.5, s.recall("PROTEST"), 1e-9);
        assertEquals(0.5, s.f1("PROTEST"), 1e-9);
        assertEquals((2.0 / 3 + 2.0 / 3 + 0.5) / 3, s.macroF1(), 1e-9);
        assertEquals(Map.of("FOO", 1L), s.otherPredictions());
    }

    @Test
    void aTypeNeverLabelledNorPredictedScoresZero() {
        DocumentTypeScores s = new DocumentTypeScores(List.of("AGREE", "AID"));
        s.add("AGREE", Set.of("AGREE"));
        assertEquals(1.0, s.f1("AGREE"));
        assertEquals(0.0, s.f1("AID"));
        assertEquals(0.5, s.macroF1(), 1e-9);
    }

    @Test
    void predictedTypesAreThePloverTypesOfTheEvents() {
        Event a = event(new Plover("assault", "beat", List.of()));
        Event b = event(new Plover("ASSAULT", null, List.of()));
        Event c = event(new Plover("PROTEST", null, List.of()));
        Event none = event(null);
        assertEquals(Set.of("ASSAULT", "PROTEST"), NgecSynthEvents.types(List.of(a, b, c, none)));
    }

    private static Event event(Plover p) {
        return new Event("e", null, List.of(), null, List.of(), List.of(), "190", null, null, null, p, null, null, null,
                null, 1.0, null);
    }
}
