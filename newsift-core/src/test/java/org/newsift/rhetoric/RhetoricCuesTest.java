package org.newsift.rhetoric;

import org.junit.jupiter.api.Test;
import org.newsift.nlp.Sentence;
import org.newsift.testing.ParsedSentences;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentences written for the newsift project. */
class RhetoricCuesTest {

    private static RhetoricCues lexicon(String tsv) throws IOException {
        return RhetoricCues.builder().add(new StringReader(tsv), "test.tsv").build();
    }

    private static final Sentence EITHER = ParsedSentences.sentence("Either|CC|4|cc:preconj", "we|PRP|4|nsubj",
            "act|VBP|0|root", "now|RB|3|advmod", "or|CC|6|cc", "we|PRP|7|nsubj", "lose|VBP|3|conj",
            "everything|NN|7|obj", ".|.|3|punct");

    @Test
    void gapsAlternativesAndPartsOfSpeechMatch() throws IOException {
        RhetoricCues l = lexicon("BLACK-WHITE\teither ... or\tsentence\t0.4\toffers two options\n"
                + "LOADED\tlose/destroy <NN>|act now\tcue\t0.3\tis forceful\n");
        List<RhetoricCues.Hit> hits = l.match(EITHER);
        assertEquals(3, hits.size(), hits.toString());
        assertEquals(Technique.BLACK_AND_WHITE, hits.get(0).entry().technique());
        assertEquals(List.of(0, 5), List.of(hits.get(0).from(), hits.get(0).to()));
        assertEquals(List.of(2, 4), List.of(hits.get(1).from(), hits.get(1).to()), "'act now' as a phrase alternative");
        assertEquals(List.of(6, 8), List.of(hits.get(2).from(), hits.get(2).to()), "'lose' then a noun");
    }

    @Test
    void laterFilesReplaceAndSwitchOffEntries() throws IOException {
        RhetoricCues.Builder b = RhetoricCues.builder();
        b.add(new StringReader("LOADED\tact now\tcue\t0.3\tis urgent\nCLICHE\tact now\tcue\t0.3\tis a cliche\n"), "a.tsv");
        b.add(new StringReader("Loaded_Language\tact now\tcue\t0\toff\n"), "b.tsv");
        List<RhetoricCues.Hit> hits = b.build().match(EITHER);
        assertEquals(1, hits.size());
        assertEquals(Technique.THOUGHT_TERMINATING_CLICHE, hits.get(0).entry().technique());
    }

    @Test
    void badLinesNameFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> lexicon("# comment\nSPIN\tact now\tcue\t0.3\tis spin\n"));
        assertEquals("test.tsv:2: unknown technique 'SPIN'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> lexicon("LOADED\tact now\tword\t0.3\tx\n"));
        assertTrue(e.getMessage().startsWith("test.tsv:1: scope must be"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> lexicon("LOADED\t... now\tcue\t0.3\tx\n"));
        assertTrue(e.getMessage().startsWith("test.tsv:1: pattern"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> lexicon("LOADED\tnow\tcue\t1.5\tx\n"));
        assertEquals("test.tsv:1: prior must be in [0,1], not 1.5", e.getMessage());
    }

    @Test
    void builtInLexiconCoversEveryTechnique() {
        RhetoricCues l = RhetoricCues.builtIn();
        assertTrue(l.size() > 90, "built-in cues: " + l.size());
        for (Technique t : Technique.values()) {
            if (t != Technique.REPETITION) { // found by Repetitions, not by cues
                assertTrue(l.entries().stream().anyMatch(e -> e.technique() == t), "no cue for " + t);
            }
        }
    }
}
