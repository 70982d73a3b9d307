package org.newsift.models.sentence;

import org.junit.jupiter.api.Test;
import org.newsift.encoding.EncodingLayers;
import org.newsift.encoding.SentenceReading;
import org.newsift.model.Article;
import org.newsift.models.bias.BiasStage;
import org.newsift.models.claims.CheckWorthiness;
import org.newsift.nlp.NlpLayers;
import org.newsift.nlp.NlpResult;
import org.newsift.nlp.Sentence;
import org.newsift.pipeline.AnnotatedDocument;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sentence model reads each sentence once for every head (fixture text written for the newsift project). */
class SentenceModelStageTest {
    private static final String FIRST = "Exports fell 12 percent to 3.4 billion dollars in the first quarter.";
    private static final String SECOND = "This disgraceful, cowardly deal is a betrayal of every worker.";

    @Test
    void everySentenceIsReadOnceWithEveryHeadAndTheStagesAfterItUseThatReading() {
        String text = FIRST + " " + SECOND;
        AnnotatedDocument doc = new AnnotatedDocument(new Article("t", null, null, null, text));
        int second = FIRST.length() + 1;
        doc.put(NlpLayers.NLP, new NlpResult(List.of(new Sentence(0, 0, FIRST.length(), List.of()),
                new Sentence(1, second, text.length(), List.of())), List.of()));
        SentenceModel model = SentenceModel.builtIn();
        new SentenceModelStage(model).apply(doc);

        List<SentenceReading> readings = doc.get(EncodingLayers.SENTENCE_READINGS);
        assertEquals(2, readings.size());
        for (SentenceReading r : readings) {
            assertEquals(Set.of(SentenceModel.CLAIMS, SentenceModel.BIAS), r.sentence().keySet());
            assertEquals(Set.of(SentenceModel.SPANS), r.wordpieces().keySet());
        }
        assertEquals(SECOND.length(), readings.get(1).ends()[readings.get(1).ends().length - 1],
                "wordpiece offsets point into the sentence's own text");

        double[] alone = new CheckWorthiness(model).probabilities(List.of(FIRST, SECOND));
        assertEquals(alone[0], new CheckWorthiness(model).probability(readings.get(0)), 2e-3);
        assertTrue(alone[0] > alone[1], "a figure is more check-worthy than a tirade: " + alone[0] + " vs " + alone[1]);

        new BiasStage(model).apply(doc);
        List<Double> bias = doc.get(BiasStage.SENTENCE_BIAS);
        assertTrue(bias.get(1) > bias.get(0), "the tirade is the biased one: " + bias);
    }
}
