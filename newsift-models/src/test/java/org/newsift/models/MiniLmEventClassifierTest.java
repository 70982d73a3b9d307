package org.newsift.models;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsift.events.EventClassifier;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MiniLmEventClassifierTest {
    private static MiniLmEventClassifier model;

    @BeforeAll
    static void load() {
        model = MiniLmEventClassifier.builtIn();
    }

    @Test
    void loadsTheBuiltInWeights() {
        assertEquals("minilm-plover-1", model.name()); // EventModelTrainer.NAME (newsift-training)
        assertEquals(17, model.labels().size());
        assertTrue(model.labels().contains(MiniLmEventClassifier.NONE_LABEL));
        assertTrue(model.threshold() > 0 && model.threshold() < 1, "threshold " + model.threshold());
    }

    /** Sentences written for this test; each accepts a small set of types (best label, any probability). */
    @Test
    void givesSensibleTypesForClearSentences() {
        // (known confusion, docs/models.md: "Government troops shelled rebel positions." comes out MOBILIZE,
        // since NGEC's MOBILIZE stories are about troops)
        assertBest("Rebels attacked an army convoy, killing five soldiers.", Set.of("ASSAULT"));
        // CAMEO 057 "sign formal agreement" is SUPPORT in PLOVER's mapping
        assertBest("The two ministers signed a trade agreement.", Set.of("AGREE", "COOPERATE", "SUPPORT"));
        assertBest("The minister met his French counterpart in Paris.", Set.of("CONSULT"));
        assertBest("Thousands of workers marched through the city demanding higher wages.", Set.of("PROTEST"));
        assertBest("The European Union imposed sanctions on the country's oil exports.", Set.of("SANCTION"));
    }

    private static void assertBest(String text, Set<String> allowed) {
        MiniLmEventClassifier.Scored s = model.best(text);
        assertTrue(allowed.contains(s.label()), text + " -> " + s);
    }

    @Test
    void aClearEventSentenceIsCodedWithItsTypesRootAndAnExplanation() {
        EventClassifier.Prediction p = model.classify("The European Union imposed sanctions on the country's oil exports.");
        assertNotNull(p);
        assertEquals("16", p.cameo());
        assertTrue(p.explanation().startsWith("model minilm-plover-1 (newsift train event-types): SANCTION p="), p.explanation());
    }

    @Test
    void theThresholdGateReturnsNullOnNonsenseAndOnBusinessNews() {
        assertNull(model.classify("Purple spoons hum quietly under seventeen clocks."));
        assertNull(model.classify("qwzx blorp fnarg vlem"));
        assertNull(model.classify("The company said first-quarter net profit rose 12 pct on higher sales."));
    }

    @Test
    void theClauseIsThePredicatesSubtreeWithoutAttachedClauses() {
        // "Rebels attacked the town , officials said ." (UD: said is the root, attacked its ccomp)
        List<Token> t = List.of(
                new Token(0, 0, 6, "Rebels", "NNS", "rebel", "O", 1, "nsubj"),
                new Token(1, 7, 15, "attacked", "VBD", "attack", "O", 6, "ccomp"),
                new Token(2, 16, 19, "the", "DT", "the", "O", 3, "det"),
                new Token(3, 20, 24, "town", "NN", "town", "O", 1, "obj"),
                new Token(4, 24, 25, ",", ",", ",", "O", 6, "punct"),
                new Token(5, 26, 35, "officials", "NNS", "official", "O", 6, "nsubj"),
                new Token(6, 36, 40, "said", "VBD", "say", "O", -1, "root"),
                new Token(7, 40, 41, ".", ".", ".", "O", 6, "punct"));
        Sentence s = new Sentence(0, 0, 41, t);
        String text = "Rebels attacked the town, officials said.";
        assertEquals("Rebels attacked the town", MiniLmEventClassifier.clause(s, 1, text));
        // a clausal complement stays: what was said
        assertEquals("Rebels attacked the town officials said", MiniLmEventClassifier.clause(s, 6, text));
        // too short a clause: the whole sentence
        Sentence shortOne = new Sentence(0, 0, 14, List.of(
                new Token(0, 0, 5, "Talks", "NNS", "talk", "O", 1, "nsubj"),
                new Token(1, 6, 13, "resumed", "VBD", "resume", "O", -1, "root"),
                new Token(2, 13, 14, ".", ".", ".", "O", 1, "punct")));
        assertEquals("Talks resumed.", MiniLmEventClassifier.clause(shortOne, 1, "Talks resumed."));
    }
}
