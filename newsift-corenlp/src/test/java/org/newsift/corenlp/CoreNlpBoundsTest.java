package org.newsift.corenlp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsift.lang.LanguageIdentifier;
import org.newsift.lang.LanguageStage;
import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.nlp.NlpResult;
import org.newsift.nlp.NlpStage;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;
import org.newsift.pipeline.AnalysisInterrupted;
import org.newsift.assembly.Pipeline;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No input keeps CoreNLP busy without end: long sentences are split, and an interrupt stops the analysis. */
class CoreNlpBoundsTest {
    private static CoreNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = new CoreNlpAnnotator();
    }

    @Test
    void aSentenceBeyondTheCapIsSplitAtItsCommasAndEveryPieceIsParsed() {
        // written for this test: one "sentence" of 1,500 words in clauses of ten, then an ordinary one
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            text.append("the workers of the plant marched along the river again").append(i % 3 == 2 ? ";\n" : ", ");
        }
        text.append("and went home.\n\nThe minister said the talks would resume on Monday.");
        NlpResult result = annotator.annotate(text.toString());
        List<Sentence> sentences = result.sentences();
        List<Sentence> pieces = sentences.subList(0, sentences.size() - 1);
        assertTrue(pieces.size() >= 1_654 / CoreNlpAnnotator.MAX_SENTENCE_TOKENS, pieces.size() + " pieces");
        int words = 0;
        for (Sentence s : pieces) {
            assertTrue(s.tokens().size() <= CoreNlpAnnotator.MAX_SENTENCE_TOKENS, s.tokens().size() + " tokens");
            assertEquals(1, s.tokens().stream().filter(t -> t.deprel().equals("root")).count(), "one root per piece");
            words += s.tokens().size();
        }
        for (Sentence s : pieces.subList(0, pieces.size() - 1)) {
            assertTrue(s.tokens().size() > CoreNlpAnnotator.MAX_SENTENCE_TOKENS / 2, "a piece ends at a clause break near the cap");
            String last = s.token(s.tokens().size() - 1).text();
            assertTrue(List.of(",", ";").contains(last), "piece " + s.index() + " ends in " + last);
        }
        assertEquals(150 * 11 + 4, words, "the pieces cover every token of the long sentence");
        Sentence ordinary = sentences.get(sentences.size() - 1);
        assertEquals(sentences.size() - 1, ordinary.index());
        assertEquals("The minister said the talks would resume on Monday.",
                text.substring(ordinary.start(), ordinary.end()));
        assertEquals("said", ordinary.tokens().stream().filter(t -> t.deprel().equals("root")).findFirst().orElseThrow().text());
    }

    @Test
    void anInterruptedAnalysisStopsWithinSecondsAndThePipelineStillWorks() throws InterruptedException {
        Pipeline pipeline = new Pipeline(List.of(new LanguageStage(new LanguageIdentifier()), new NlpStage(annotator)));
        // written for this test: 10,000 short sentences, half a minute or more of CoreNLP's time
        String sentence = "Officials in the capital said on Monday that the talks with the union would resume. ";
        Article longArticle = new Article("long", "Talks", null, "2024-05-06", sentence.repeat(10_000));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                pipeline.analyze(longArticle);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        worker.start();
        Thread.sleep(1_000);
        worker.interrupt();
        worker.join(20_000); // generous: the analysis checks between sentences
        assertFalse(worker.isAlive(), "the analysis went on after the interrupt");
        assertInstanceOf(AnalysisInterrupted.class, thrown.get());

        Analysis after = pipeline.analyze(new Article("short", "Talks", null, "2024-05-06", sentence));
        assertEquals(1, after.sentences().size());
    }
}
