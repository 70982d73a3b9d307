package org.newsift.models.claims;

import org.junit.jupiter.api.Test;
import org.newsift.encoding.SentenceEncoder;
import org.newsift.model.Claim;
import org.newsift.model.Quote;
import org.newsift.model.Speaker;
import org.newsift.model.TextSpan;
import org.newsift.models.BinarySentenceModel;
import org.newsift.models.encoder.MiniLmSentenceEncoder;
import org.newsift.nlp.Sentence;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in check-worthiness model on sentences written for the newsift project. */
class ClaimModelTest {
    private static final SentenceEncoder ENCODER = MiniLmSentenceEncoder.shared();

    private static double score(String sentence) {
        return ClaimModel.builtIn().probability(ENCODER.encode(sentence).pooled(), sentence);
    }

    @Test
    void aStatisticScoresHigherThanAnOpinion() {
        double statistic = score("Unemployment fell to 4.1 percent in March, the lowest rate since 2019.");
        double opinion = score("I think we all deserve a little more kindness these days.");
        assertTrue(statistic > opinion, statistic + " vs " + opinion);
        assertTrue(statistic >= ClaimModel.builtIn().threshold(), "statistic " + statistic);
        assertTrue(opinion < ClaimModel.builtIn().threshold(), "opinion " + opinion);
    }

    @Test
    void theWeightsFileRoundTrips() {
        BinarySentenceModel m = ClaimModel.builtIn();
        BinarySentenceModel back = BinarySentenceModel.load(new java.io.ByteArrayInputStream(
                m.write(List.of("test")).getBytes(java.nio.charset.StandardCharsets.UTF_8)), "test", new ClaimCues());
        String s = "The army lost 300 soldiers in 2024.";
        float[] pooled = ENCODER.encode(s).pooled();
        assertEquals(m.probability(pooled, s), back.probability(pooled, s), 1e-4);
        assertEquals(m.threshold(), back.threshold(), 1e-9);
    }

    @Test
    void cuesSeeNumbersComparisonsAndQuestions() {
        float[] f = new ClaimCues().of("Prices rose 12 percent, more than in any year since 1990?");
        assertEquals(1f, f[0]);
        assertEquals(2 / 3f, f[1], 1e-6);
        assertEquals(1f, f[2]);
        assertTrue(f[3] > 0);
        assertEquals(1f, f[6]);
    }

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
}
