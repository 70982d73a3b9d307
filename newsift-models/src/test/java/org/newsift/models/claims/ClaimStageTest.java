package org.newsift.models.claims;

import org.junit.jupiter.api.Test;
import org.newsift.model.Claim;
import org.newsift.model.Quote;
import org.newsift.model.Speaker;
import org.newsift.model.TextSpan;
import org.newsift.nlp.Sentence;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attribution of a claim, and the minimum score (fixture sentence written for the newsift project). */
class ClaimStageTest {
    private static final Sentence SENTENCE = new Sentence(0, 0, 60, List.of());

    @Test
    void aClaimMostlyQuotedIsTheSpeakersAndOtherwiseTheWriters() {
        String text = "Pakistan says militants killed 23 soldiers in the last month.";
        Quote q = new Quote(14, 60, text.substring(14, 60), false, new Speaker("Pakistan", 0, 8, "A1"),
                new TextSpan(9, 13, "says"), null, "reported speech");
        Claim attributed = ClaimStage.claim(text, SENTENCE, 0.9, List.of(q));
        assertEquals("A1", attributed.attributedTo());
        assertEquals(14, attributed.start());
        Claim own = ClaimStage.claim(text, SENTENCE, 0.9, List.of());
        assertNull(own.attributedTo());
        assertEquals(0, own.start());
    }

    @Test
    void aSentenceReportingWhatASpeakerCalledSomethingIsTheSpeakers() {
        String text = "The Taliban called the air strike a clear violation.";
        Sentence s = new Sentence(0, 0, text.length(), List.of());
        Quote q = new Quote(34, 51, text.substring(34, 51), false, new Speaker("The Taliban", 0, 11, "A2"),
                new TextSpan(12, 18, "called"), new TextSpan(19, 33, "the air strike"), "reported speech");
        Claim claim = ClaimStage.claim(text, s, 0.9, List.of(q));
        assertEquals("A2", claim.attributedTo(), "speaker, cue, what it is about and the words cover the sentence");
        assertEquals(0, claim.start());
    }

    @Test
    void aMinimumScoreOutsideZeroToOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ClaimStage(null, 1.5));
        assertTrue(e.getMessage().contains("between 0 and 1"), e.getMessage());
    }
}
