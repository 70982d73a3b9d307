package org.newsift.events.patterns;

import org.newsift.testing.ParsedSentences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsift.nlp.Sentence;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The PETRARCH verb dictionary reader on invented fixtures, and on the shared files when present. */
class PetrarchVerbsTest {

    private static final String FIXTURE = String.join("\n",
            "<!-- invented test dictionary -->",
            "&GADGET",
            "+WIDGET",
            "+GIZMO_",
            "+FLUX CAPACITOR",
            "",
            "--- ZORP [---] ---",
            "ZORP [042]   # a verb with its own code",
            "BLIX {BLIXES BLIXED BLIXING}",
            "+FROB_OUT [111]",
            "- * &GADGET [073]",
            "- * (TO MARKET) [061]",
            "- QUICKLY * [043:043]",
            "- * WIBBLE [:173]",
            "- * $ [050]",
            "- * NOTHING [999]",
            "- * BLARG [---]",
            "- * &UNDEFINED [070]",
            "",
            "~ a (a b ZORP) SAY = a b 015",
            "");

    private static EventPatterns load(Path dir) throws Exception {
        Path f = dir.resolve("test.verbs.txt");
        Files.writeString(f, FIXTURE);
        return EventPatterns.builder().addPetrarch(f).build();
    }

    @Test
    void fixturePatterns(@TempDir Path dir) throws Exception {
        EventPatterns p = load(dir);
        Sentence widgets = ParsedSentences.sentence("Ruritania|NNP|2|nsubj|O|Ruritania", "zorped|VBD|0|root|O|zorp",
                "the|DT|4|det|O|the", "widgets|NNS|2|obj|O|widget");
        PatternMatch m = p.match(widgets, 1);
        assertEquals("073", m.cameo());
        assertEquals("zorp: * &GADGET", m.pattern());
        assertEquals("test.verbs.txt:11", m.origin());
        Sentence capacitor = ParsedSentences.sentence("Ruritania|NNP|2|nsubj|O|Ruritania", "blixed|VBD|0|root|O|blix",
                "a|DT|5|det|O|a", "flux|NN|5|compound|O|flux", "capacitor|NN|2|obj|O|capacitor");
        assertEquals("073", p.match(capacitor, 1).cameo(), "patterns apply to every verb of the block");
        Sentence bare = ParsedSentences.sentence("Ruritania|NNP|2|nsubj|O|Ruritania", "zorped|VBD|0|root|O|zorp");
        assertEquals("042", p.match(bare, 1).cameo());
        Sentence blix = ParsedSentences.sentence("Ruritania|NNP|2|nsubj|O|Ruritania", "blixed|VBD|0|root|O|blix");
        assertNull(p.match(blix, 1), "block code --- gives no event");
        Sentence market = ParsedSentences.sentence("Ruritania|NNP|2|nsubj|O|Ruritania", "zorped|VBD|0|root|O|zorp",
                "goods|NNS|2|obj|O|good", "to|IN|5|case|O|to", "market|NN|2|obl|O|market");
        assertEquals("061", p.match(market, 1).cameo());
        Sentence quickly = ParsedSentences.sentence("Ruritania|NNP|3|nsubj|O|Ruritania", "quickly|RB|3|advmod|O|quickly",
                "zorped|VBD|0|root|O|zorp");
        assertEquals("043", p.match(quickly, 2).cameo());
        Sentence frob = ParsedSentences.sentence("Ruritania|NNP|2|nsubj|O|Ruritania", "frobbed|VBD|0|root|O|frob",
                "out|RP|2|compound:prt|O|out");
        assertEquals("111", p.match(frob, 1).cameo());
        Sentence blarg = ParsedSentences.sentence("Ruritania|NNP|2|nsubj|O|Ruritania", "zorped|VBD|0|root|O|zorp",
                "blarg|NN|2|obj|O|blarg");
        assertNull(p.match(blarg, 1), "a --- pattern says no event");
    }

    @Test
    void fixtureStatistics(@TempDir Path dir) throws Exception {
        PetrarchStats s = load(dir).petrarchStats().get(0);
        assertEquals(8, s.patternLines());
        assertEquals(4, s.loaded());
        assertEquals(4, s.droppedTotal());
        assertEquals(1, s.dropped().get("reverse-only code [:xxx]"));
        assertEquals(1, s.dropped().get("code not in CAMEO codebook"));
        assertEquals(1, s.dropped().get("nothing but the verb and actor markers"));
        assertEquals(1, s.dropped().get("undefined synset"));
        assertEquals(3, s.verbs());
        assertEquals(2, s.verbRules(), "ZORP [042] and +FROB_OUT [111]");
        assertEquals(1, s.synsets());
        assertEquals(1, s.notes().get("transformation lines ignored"));
        assertEquals(2 + 4 * 3, s.rules());
    }

    private static Path shared(String name) {
        String prop = System.getProperty("newsift.shared");
        Path root = prop != null ? Path.of(prop) : Path.of("..", "shared", "data");
        if (!Files.isDirectory(root)) {
            root = Path.of("..", "..", "shared", "data");
        }
        Path f = root.resolve("events").resolve("petrarch2").resolve(name);
        assumeTrue(Files.isRegularFile(f), f.toAbsolutePath() + " absent: skipping");
        return f;
    }

    @Test
    void sharedCameoVerbs() throws Exception {
        Path f = shared("CAMEO.2.0.txt");
        EventPatterns p = EventPatterns.builder().addPetrarch(f).build();
        PetrarchStats s = p.petrarchStats().get(0);
        System.out.println(s);
        assertTrue(s.patternLines() > 4000, s.toString());
        assertTrue(s.loaded() > 0.9 * s.patternLines(), s.toString());
        assertEquals(s.patternLines(), s.loaded() + s.droppedTotal());
        Sentence sanctions = ParsedSentences.sentence("Washington|NNP|2|nsubj|O|Washington", "added|VBD|0|root|O|add",
                "sanctions|NNS|2|obj|O|sanction");
        assertEquals("163", p.match(sanctions, 1).cameo());
    }

    @Test
    void sharedValidationVerbs() throws Exception {
        Path f = shared("PETR.Validate.verbs.txt");
        PetrarchStats s = EventPatterns.builder().addPetrarch(f).build().petrarchStats().get(0);
        System.out.println(s);
        assertTrue(s.patternLines() > 400, s.toString());
        assertTrue(s.loaded() > 300, s.toString());
        assertEquals(s.patternLines(), s.loaded() + s.droppedTotal());
    }
}
