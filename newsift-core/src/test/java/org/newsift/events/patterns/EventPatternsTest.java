package org.newsift.events.patterns;

import org.junit.jupiter.api.Test;
import org.newsift.events.ontology.CameoCodebook;
import org.newsift.nlp.Sentence;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventPatternsTest {

    private static final EventPatterns P = EventPatterns.builtIn();

    private static PatternMatch m(Sentence s, int predicate) {
        PatternMatch pm = P.match(s, predicate);
        assertNotNull(pm, "no match for token " + predicate + " of " + s.tokens());
        return pm;
    }

    @Test
    void accuseOf() {
        Sentence s = Parsed.of("Pakistan/NNP/Pakistan/1/nsubj", "accused/VBD/accuse/-1/root", "India/NNP/India/1/obj",
                "of/IN/of/4/mark", "waging/VBG/wage/1/advcl", "a/DT/a/7/det", "proxy/NN/proxy/7/compound",
                "war/NN/war/4/obj");
        PatternMatch pm = m(s, 1);
        assertEquals("112", pm.cameo());
        assertEquals("accuse + of", pm.pattern());
        assertTrue(pm.origin().startsWith("verbs.tsv:"), pm.origin());
        assertEquals(2, pm.specificity());
    }

    @Test
    void accuseOfWarCrimesIsMoreSpecific() {
        Sentence s = Parsed.of("Kabul/NNP/Kabul/1/nsubj", "accused/VBD/accuse/-1/root", "Islamabad/NNP/Islamabad/1/obj",
                "of/IN/of/5/case", "war/NN/war/5/compound", "crimes/NNS/crime/1/obl");
        assertEquals("1124", m(s, 1).cameo());
    }

    @Test
    void imposeSanctionsOn() {
        Sentence s = Parsed.of("The/DT/the/1/det", "EU/NNP/EU/2/nsubj", "imposed/VBD/impose/-1/root",
                "sanctions/NNS/sanction/2/obj", "on/IN/on/5/case", "Russia/NNP/Russia/3/nmod");
        PatternMatch verb = m(s, 2);
        assertEquals("163", verb.cameo());
        assertEquals("impose + sanction|sanctions|embargo|boycott|tariff|tariffs|penalty|penalties", verb.pattern());
        PatternMatch noun = m(s, 3);
        assertEquals("163", noun.cameo());
        assertEquals("sanction + on|against", noun.pattern());
    }

    @Test
    void specificityImposeSanctionsBeatsImpose() {
        Sentence bare = Parsed.of("The/DT/the/1/det", "junta/NN/junta/2/nsubj", "imposed/VBD/impose/-1/root",
                "order/NN/order/2/obj");
        PatternMatch b = m(bare, 2);
        assertEquals("170", b.cameo());
        assertEquals(1, b.specificity());
        Sentence sanctions = Parsed.of("The/DT/the/1/det", "junta/NN/junta/2/nsubj", "imposed/VBD/impose/-1/root",
                "sanctions/NNS/sanction/2/obj");
        PatternMatch s = m(sanctions, 2);
        assertEquals("163", s.cameo());
        assertTrue(s.specificity() > b.specificity());
    }

    @Test
    void mediatedTalks() {
        Sentence s = Parsed.of("Turkey/NNP/Turkey/3/nsubj", "and/CC/and/2/cc", "Qatar/NNP/Qatar/0/conj",
                "mediated/VBD/mediate/-1/root", "the/DT/the/5/det", "talks/NNS/talk/3/obj");
        assertEquals("045", m(s, 3).cameo());
        assertEquals("046", m(s, 5).cameo(), "the noun talks");
    }

    @Test
    void agreedToTruce() {
        Sentence s = Parsed.of("the/DT/the/2/det", "two/CD/two/2/nummod", "sides/NNS/side/3/nsubj",
                "agreed/VBD/agree/-1/root", "to/IN/to/6/case", "a/DT/a/6/det", "truce/NN/truce/3/obl");
        assertEquals("0871", m(s, 3).cameo());
        assertEquals("0871", m(s, 6).cameo(), "the noun truce");
    }

    @Test
    void agreedToMeetXcomp() {
        Sentence s = Parsed.of("Leaders/NNS/leader/1/nsubj", "agreed/VBD/agree/-1/root", "to/TO/to/3/mark",
                "meet/VB/meet/1/xcomp");
        assertEquals("036", m(s, 1).cameo());
    }

    @Test
    void jetsStruck() {
        Sentence s = Parsed.of("Pakistani/JJ/pakistani/1/amod", "jets/NNS/jet/2/nsubj", "struck/VBD/strike/-1/root",
                "militant/JJ/militant/4/amod", "hideouts/NNS/hideout/2/obj");
        assertEquals("195", m(s, 2).cameo());
        Sentence troops = Parsed.of("Troops/NNS/troop/1/nsubj", "struck/VBD/strike/-1/root",
                "hideouts/NNS/hideout/1/obj");
        assertEquals("190", m(troops, 1).cameo());
        Sentence workers = Parsed.of("Workers/NNS/worker/1/nsubj", "struck/VBD/strike/-1/root");
        assertEquals("143", m(workers, 1).cameo());
        Sentence deal = Parsed.of("They/PRP/they/1/nsubj", "struck/VBD/strike/-1/root", "a/DT/a/3/det",
                "deal/NN/deal/1/obj");
        assertEquals("057", m(deal, 1).cameo());
    }

    @Test
    void rejectedDemand() {
        Sentence s = Parsed.of("The/DT/the/1/det", "Taliban/NNP/Taliban/2/nsubj", "rejected/VBD/reject/-1/root",
                "the/DT/the/4/det", "demand/NN/demand/2/obj");
        assertTrue(m(s, 2).cameo().startsWith("12"), m(s, 2).toString());
    }

    @Test
    void demandedAction() {
        Sentence s = Parsed.of("Islamabad/NNP/Islamabad/1/nsubj", "demanded/VBD/demand/-1/root",
                "action/NN/action/1/obj", "against/IN/against/5/case", "the/DT/the/5/det", "TTP/NNP/TTP/2/nmod");
        assertTrue(m(s, 1).cameo().startsWith("10"), m(s, 1).toString());
    }

    @Test
    void heldTalksWith() {
        Sentence s = Parsed.of("Pakistan/NNP/Pakistan/1/nsubj", "held/VBD/hold/-1/root", "talks/NNS/talk/1/obj",
                "with/IN/with/4/case", "Afghanistan/NNP/Afghanistan/2/nmod");
        assertEquals("046", m(s, 1).cameo());
        PatternMatch noun = m(s, 2);
        assertEquals("046", noun.cameo());
        assertEquals("talk + with", noun.pattern());
    }

    @Test
    void calledOffTalks() {
        Sentence s = Parsed.of("India/NNP/India/1/nsubj", "called/VBD/call/-1/root", "off/RP/off/1/compound:prt",
                "the/DT/the/4/det", "talks/NNS/talk/1/obj");
        PatternMatch pm = m(s, 1);
        assertEquals("164", pm.cameo());
        assertEquals("call off + talks|talk|negotiation|negotiations|dialogue", pm.pattern());
        Sentence noParticle = Parsed.of("India/NNP/India/1/nsubj", "called/VBD/call/-1/root", "the/DT/the/3/det",
                "talks/NNS/talk/1/obj");
        assertNull(P.match(noParticle, 1), "call without 'off' and without for/on is no event");
    }

    @Test
    void nominalEvents() {
        Sentence s = Parsed.of("The/DT/the/1/det", "airstrike/NN/airstrike/2/nsubj", "killed/VBD/kill/-1/root",
                "ten/CD/ten/4/nummod", "people/NNS/people/2/obj");
        assertEquals("195", m(s, 1).cameo());
        assertEquals("195", m(s, 2).cameo(), "killed by an airstrike");
        Sentence air = Parsed.of("An/DT/an/2/det", "air/NN/air/2/compound", "strike/NN/strike/-1/root");
        assertEquals("195", m(air, 2).cameo());
        Sentence drone = Parsed.of("A/DT/a/2/det", "drone/NN/drone/2/compound", "strike/NN/strike/-1/root");
        assertEquals("1952", m(drone, 2).cameo());
        Sentence hunger = Parsed.of("A/DT/a/2/det", "hunger/NN/hunger/2/compound", "strike/NN/strike/-1/root");
        assertEquals("142", m(hunger, 2).cameo());
        Sentence hyphen = Parsed.of("The/DT/the/1/det", "cease-fire/NN/cease-fire/-1/root");
        assertEquals("0871", m(hyphen, 1).cameo());
        Sentence talks = Parsed.of("Talks/NNS/talk/-1/root");
        assertEquals("046", m(talks, 0).cameo());
        assertTrue(P.isEventNoun("talk"));
        assertTrue(P.isEventNoun("airstrike"));
        assertTrue(P.isEventNoun("Sanction"));
        assertTrue(P.isEventNoun("ceasefire"));
        assertFalse(P.isEventNoun("table"));
        assertFalse(P.isEventNoun("accuse"), "verbs are not event nouns");
        assertFalse(P.isEventNoun(null));
    }

    @Test
    void passiveSubjectCountsAsObject() {
        Sentence s = Parsed.of("Sanctions/NNS/sanction/2/nsubj:pass", "were/VBD/be/2/aux:pass",
                "imposed/VBN/impose/-1/root");
        assertEquals("163", m(s, 2).cameo());
    }

    @Test
    void posIsRespected() {
        Sentence s = Parsed.of("The/DT/the/1/det", "accuse/NN/accuse/-1/root");
        assertNull(P.match(s, 1));
        assertNull(P.match(s, 7));
        assertNull(P.match(s, -1));
    }

    @Test
    void noEventCodeSuppresses() throws Exception {
        String tsv = "pos\tlemma\tconstraints\tcameo\tcomment\n"
                + "V\tzorp\t-\t010\n"
                + "V\tzorp\tobj=gizmo\t---\tno event\n";
        EventPatterns p = EventPatterns.builder().addTsv(new StringReader(tsv), "t.tsv").build();
        Sentence plain = Parsed.of("They/PRP/they/1/nsubj", "zorped/VBD/zorp/-1/root");
        assertEquals("010", p.match(plain, 1).cameo());
        assertEquals("t.tsv:2", p.match(plain, 1).origin());
        Sentence gizmo = Parsed.of("They/PRP/they/1/nsubj", "zorped/VBD/zorp/-1/root", "gizmos/NNS/gizmo/1/obj");
        assertNull(p.match(gizmo, 1));
    }

    @Test
    void tiesGoToTheFirstAdded() throws Exception {
        String user = "V\tcondemn\t-\t110\n";
        EventPatterns p = EventPatterns.builder().addTsv(new StringReader(user), "user.tsv").addBuiltIn().build();
        Sentence s = Parsed.of("They/PRP/they/1/nsubj", "condemned/VBD/condemn/-1/root");
        assertEquals("110", p.match(s, 1).cameo());
        assertEquals("111", P.match(s, 1).cameo());
    }

    @Test
    void malformedTsvNamesTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventPatterns.builder()
                .addTsv(new StringReader("# c\nV\tzorp\t-\t999\n"), "bad.tsv"));
        assertTrue(e.getMessage().startsWith("bad.tsv:2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EventPatterns.builder()
                .addTsv(new StringReader("V\tzorp\tfoo=bar\t010\n"), "bad.tsv"));
        assertTrue(e.getMessage().contains("unknown constraint"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EventPatterns.builder()
                .addTsv(new StringReader("X\tzorp\t-\t010\n"), "bad.tsv"));
        assertTrue(e.getMessage().startsWith("bad.tsv:1"), e.getMessage());
    }

    @Test
    void builtInLexiconCodesExistAndCoverEveryRoot() throws Exception {
        CameoCodebook book = CameoCodebook.builtIn();
        Set<String> roots = new HashSet<>();
        List<String> bad = new ArrayList<>();
        int rows = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                EventPatterns.class.getResourceAsStream(EventPatterns.RESOURCE), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("pos\t")) {
                    continue;
                }
                rows++;
                String code = line.split("\t")[3];
                if (code.equals("---")) {
                    continue;
                }
                if (!book.contains(code)) {
                    bad.add(code);
                }
                roots.add(CameoCodebook.root(code));
            }
        }
        assertEquals(List.of(), bad);
        assertEquals(20, roots.size(), "roots covered: " + roots);
        assertEquals(rows, P.size());
        assertTrue(rows >= 250, "rows: " + rows);
    }
}
