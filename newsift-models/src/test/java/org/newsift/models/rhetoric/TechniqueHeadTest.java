package org.newsift.models.rhetoric;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TechniqueHeadTest {
    // written for this test: a phrase hammered home three times, a question casting doubt, and a causal leap
    private static final List<TechniqueHead.Query> SPANS = List.of(
            new TechniqueHead.Query("Never again", "Never again, never again, never again will we let them do this."),
            new TechniqueHead.Query("Can we really trust anything he says?", "Can we really trust anything he says?"),
            new TechniqueHead.Query("because the mayor opened the borders",
                    "Crime is up in every street because the mayor opened the borders."));

    @Test
    void theModelSpansNeverTakeATechniqueLeftToTheCuesAndTheirProbabilityIsAmongTheRest() {
        TechniqueHead head = TechniqueHead.builtIn();
        List<TechniqueHead.Scored> all = head.classify(SPANS);
        List<TechniqueHead.Scored> rest = head.classify(SPANS, RhetoricStage.CUES_ONLY);
        assertEquals(SPANS.size(), rest.size());
        for (int i = 0; i < SPANS.size(); i++) {
            TechniqueHead.Scored r = rest.get(i);
            assertTrue(!RhetoricStage.CUES_ONLY.contains(r.technique()), r.toString());
            assertTrue(r.probability() > 0 && r.probability() <= 1, r.toString());
            if (!RhetoricStage.CUES_ONLY.contains(all.get(i).technique())) {
                assertEquals(all.get(i).technique(), r.technique());
                assertTrue(r.probability() >= all.get(i).probability());
            }
        }
        // the question is what the head alone calls Doubt: without it, another technique is named
        assertEquals("Doubt", all.get(1).technique());
        assertNotEquals("Doubt", rest.get(1).technique());
        // the same for the causal leap, which the head alone calls Causal_Oversimplification
        assertEquals("Causal_Oversimplification", all.get(2).technique());
        assertNotEquals("Causal_Oversimplification", rest.get(2).technique());
    }
}
