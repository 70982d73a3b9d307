package org.newsift.models.rhetoric;

import org.junit.jupiter.api.Test;
import org.newsift.model.Rhetoric;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How cue spans combine with the tagger's spans (fixture words written for this test). */
class RhetoricStageTest {
    private static final Rhetoric MODEL = new Rhetoric(10, 30, "a disgraceful cover-up", "Loaded_Language", 0.7, "model");

    @Test
    void aCueTheTaggerDoesNotConfirmIsOutputOnlyFromTheMinimumScore() {
        Rhetoric cue = new Rhetoric(40, 47, "thugs", "Loaded_Language", 0.5, "cue: 'thugs'");
        assertEquals(List.of(MODEL), RhetoricStage.combine(List.of(cue), List.of(MODEL), 0.6));
        assertEquals(List.of(MODEL, cue), RhetoricStage.combine(List.of(cue), List.of(MODEL), 0.5));
    }

    @Test
    void aConfirmingCueOfTheSameTechniqueExplainsTheSpan() {
        Rhetoric cue = new Rhetoric(12, 23, "disgraceful", "Loaded_Language", 0.6, "cue: 'disgraceful'");
        List<Rhetoric> out = RhetoricStage.combine(List.of(cue), List.of(MODEL), 0.9);
        assertEquals(1, out.size(), "one span per stretch and technique: the model's, which scores higher");
        assertEquals(MODEL.start(), out.get(0).start());
        assertTrue(out.get(0).explanation().endsWith("; cue: 'disgraceful'"), out.get(0).explanation());
    }

    @Test
    void aSureCueWordDoesNotShrinkTheTaggersPhraseOfItsTechnique() {
        Rhetoric cue = new Rhetoric(12, 23, "disgraceful", "Loaded_Language", 0.9, "cue: 'disgraceful'");
        List<Rhetoric> out = RhetoricStage.combine(List.of(cue), List.of(MODEL), 0.5);
        assertEquals(1, out.size(), out.toString());
        assertEquals(List.of(MODEL.start(), MODEL.end(), 0.7),
                List.of(out.get(0).start(), out.get(0).end(), out.get(0).score()), "the tagger's extent and score");
        assertTrue(out.get(0).explanation().endsWith("; cue: 'disgraceful'"), out.get(0).explanation());
    }

    @Test
    void aConfirmedCueOfAnotherTechniqueKeepsItsWordsWithTheTaggersScore() {
        Rhetoric cue = new Rhetoric(10, 30, "a disgraceful cover-up", "Doubt", 0.5, "cue: '?'");
        List<Rhetoric> out = RhetoricStage.combine(List.of(cue), List.of(MODEL), 0.9);
        assertEquals(2, out.size());
        Rhetoric doubt = out.stream().filter(r -> r.technique().equals("Doubt")).findFirst().orElseThrow();
        assertEquals(0.7, doubt.score());
        assertTrue(doubt.explanation().contains("the tagger marks this stretch (p=0.70)"), doubt.explanation());
    }

    @Test
    void scoresOutsideZeroToOneAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RhetoricStage(null, null, 1.5));
        assertTrue(e.getMessage().contains("between 0 and 1"), e.getMessage());
    }
}
