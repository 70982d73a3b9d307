package org.newsift.models.bias;

import org.junit.jupiter.api.Test;
import org.newsift.models.encoder.MiniLmSentenceEncoder;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in bias model on sentences written for the newsift project. */
class BiasModelTest {

    private static double bias(String sentence) {
        return BiasModel.builtIn().probability(MiniLmSentenceEncoder.shared().encode(sentence).pooled());
    }

    @Test
    void loadedWordingScoresHigherThanAPlainReport() {
        double loaded = bias("The corrupt regime's thugs brutally crushed peaceful protesters in yet another shameful assault on democracy.");
        double plain = bias("The city council will meet on Tuesday to vote on next year's budget.");
        assertTrue(loaded > plain, loaded + " vs " + plain);
    }
}
