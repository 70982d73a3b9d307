package org.newsift.models.genre;

import org.junit.jupiter.api.Test;
import org.newsift.encoding.EncodingLayers;
import org.newsift.encoding.SentenceReading;
import org.newsift.model.Article;
import org.newsift.nlp.NlpLayers;
import org.newsift.nlp.NlpResult;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;
import org.newsift.pipeline.AnnotatedDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which sentences are the writer's own (sentences written for the newsift project). */
class GenreFeaturesTest {
    private static Sentence sentence(String... words) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(i, at, at + words[i].length(), words[i], words[i].matches("\\W") ? "." : "NN", words[i],
                    "O", -1, "dep"));
            at += words[i].length() + 1;
        }
        return new Sentence(0, 0, at, tokens);
    }

    @Test
    void aNoteInParenthesesIsTheDesksNotTheWriters() {
        assertFalse(GenreFeatures.isOwn(sentence("(", "Reporting", "by", "Ana", "Lind", ")"), List.of()));
        assertTrue(GenreFeatures.isOwn(sentence("The", "bridge", "opened", "."), List.of()));
    }

    @Test
    void aSentenceOfOneParenthesisIsNoTrouble() {
        assertTrue(GenreFeatures.isOwn(sentence("("), List.of()));
    }

    @Test
    void theWritersCheckWorthinessIsTheMeanOfTheClaimHeadOverTheirSentences() {
        AnnotatedDocument doc = new AnnotatedDocument(new Article("a", null, null, null, "The bridge opened ."));
        doc.put(NlpLayers.NLP, new NlpResult(List.of(sentence("The", "bridge", "opened", ".")), List.of()));
        int last = GenreFeatures.NAMES.indexOf("own_checkworthy_mean");
        assertEquals(GenreFeatures.NAMES.size() - 1, last);
        assertEquals(GenreFeatures.UNKNOWN_CHECKWORTHINESS, GenreFeatures.of(doc)[last], 1e-6, "without the sentence model");
        // logits of the claim head that the calibrated model reads as sure and as unsure
        for (float[] logits : List.of(new float[] {-6f, 6f}, new float[] {6f, -6f})) {
            doc.put(EncodingLayers.SENTENCE_READINGS, List.of(new SentenceReading(Map.of("claims", logits), Map.of(),
                    new int[0], new int[0])));
            double expected = org.newsift.models.claims.CheckWorthiness.builtIn()
                    .probability(doc.get(EncodingLayers.SENTENCE_READINGS).get(0));
            assertEquals(expected, GenreFeatures.of(doc)[last], 1e-6);
        }
    }
}
