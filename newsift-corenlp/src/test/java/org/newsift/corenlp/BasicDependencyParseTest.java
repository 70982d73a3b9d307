package org.newsift.corenlp;

import org.junit.jupiter.api.Test;
import org.newsift.nlp.NlpResult;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parser that builds only the basic graph gives the same dependencies as CoreNLP's own depparse. */
class BasicDependencyParseTest {
    // written for this test: coordination, a relative clause, reported speech, a passive and a question, where
    // the enhanced graphs that CoreNLP's depparse also builds differ most from the basic one
    private static final String TEXT = """
            Talks between the two governments, which broke down in May, resumed in Istanbul on Tuesday.

            The minister said that troops and police had been sent to the border and would stay there.
            Who will pay for the damage that the floods caused? Officials were accused of ignoring warnings.""";

    @Test
    void theBasicGraphIsTheOneCoreNlpsDepparseBuilds() {
        Properties coreNlps = new Properties();
        coreNlps.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        NlpResult expected = new CoreNlpAnnotator(coreNlps).annotate(TEXT);
        NlpResult actual = new CoreNlpAnnotator().annotate(TEXT);
        assertEquals(4, actual.sentences().size());
        assertEquals(expected.sentences(), actual.sentences());
        for (Sentence s : actual.sentences()) {
            assertEquals(1, s.tokens().stream().filter(t -> t.deprel().equals("root")).count(), s.toString());
            assertTrue(s.tokens().stream().filter(t -> !t.deprel().equals("root")).allMatch(t -> t.head() >= 0), s.toString());
        }
        Token said = actual.sentences().get(1).tokens().stream().filter(t -> t.text().equals("said")).findFirst().orElseThrow();
        assertEquals("root", said.deprel());
    }
}
