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
    void aMinimumScoreOutsideZeroToOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ClaimStage(null, 1.5));
        assertTrue(e.getMessage().contains("between 0 and 1"), e.getMessage());
    }
}
