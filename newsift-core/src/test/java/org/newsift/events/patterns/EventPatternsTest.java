package org.newsift.events.patterns;

import org.newsift.testing.ParsedSentences;
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
        Sentence s = ParsedSentences.sentence("Pakistan|NNP|2|nsubj|O|Pakistan", "accused|VBD|0|root|O|accuse", "India|NNP|2|obj|O|India",
                "of|IN|5|mark|O|of", "waging|VBG|2|advcl|O|wage", "a|DT|8|det|O|a", "proxy|NN|8|compound|O|proxy",
                "war|NN|5|obj|O|war");
        PatternMatch pm = m(s, 1);
        assertEquals("112", pm.cameo());
        assertEquals("accuse + of", pm.pattern());
        assertTrue(pm.origin().startsWith("verbs.tsv:"), pm.origin());
        assertEquals(2, pm.specificity());
    }

    @Test
    void accuseOfWarCrimesIsMoreSpecific() {
        Sentence s = ParsedSentences.sentence("Kabul|NNP|2|nsubj|O|Kabul", "accused|VBD|0|root|O|accuse", "Islamabad|NNP|2|obj|O|Islamabad",
                "of|IN|6|case|O|of", "war|NN|6|compound|O|war", "crimes|NNS|2|obl|O|crime");
        assertEquals("1124", m(s, 1).cameo());
    }

    @Test
    void imposeSanctionsOn() {
        Sentence s = ParsedSentences.sentence("The|DT|2|det|O|the", "EU|NNP|3|nsubj|O|EU", "imposed|VBD|0|root|O|impose",
                "sanctions|NNS|3|obj|O|sanction", "on|IN|6|case|O|on", "Russia|NNP|4|nmod|O|Russia");
        PatternMatch verb = m(s, 2);
        assertEquals("163", verb.cameo());
        assertEquals("impose + sanction|sanctions|embargo|boycott|tariff|tariffs|penalty|penalties", verb.pattern());
        PatternMatch noun = m(s, 3);
        assertEquals("163", noun.cameo());
        assertEquals("sanction + on|against", noun.pattern());
    }

    @Test
    void specificityImposeSanctionsBeatsImpose() {
        Sentence bare = ParsedSentences.sentence("The|DT|2|det|O|the", "junta|NN|3|nsubj|O|junta", "imposed|VBD|0|root|O|impose",
                "order|NN|3|obj|O|order");
        PatternMatch b = m(bare, 2);
        assertEquals("170", b.cameo());
        assertEquals(1, b.specificity());
        Sentence sanctions = ParsedSentences.sentence("The|DT|2|det|O|the", "junta|NN|3|nsubj|O|junta", "imposed|VBD|0|root|O|impose",
                "sanctions|NNS|3|obj|O|sanction");
        PatternMatch s = m(sanctions, 2);
        assertEquals("163", s.cameo());
        assertTrue(s.specificity() > b.specificity());
    }

    @Test
    void mediatedTalks() {
        Sentence s = ParsedSentences.sentence("Turkey|NNP|4|nsubj|O|Turkey", "and|CC|3|cc|O|and", "Qatar|NNP|1|conj|O|Qatar",
                "mediated|VBD|0|root|O|mediate", "the|DT|6|det|O|the", "talks|NNS|4|obj|O|talk");
        assertEquals("045", m(s, 3).cameo());
        assertEquals("046", m(s, 5).cameo(), "the noun talks");
    }

    @Test
    void agreedToTruce() {
        Sentence s = ParsedSentences.sentence("the|DT|3|det|O|the", "two|CD|3|nummod|O|two", "sides|NNS|4|nsubj|O|side",
                "agreed|VBD|0|root|O|agree", "to|IN|7|case|O|to", "a|DT|7|det|O|a", "truce|NN|4|obl|O|truce");
        assertEquals("0871", m(s, 3).cameo());
        assertEquals("0871", m(s, 6).cameo(), "the noun truce");
    }

    @Test
    void agreedToMeetXcomp() {
        Sentence s = ParsedSentences.sentence("Leaders|NNS|2|nsubj|O|leader", "agreed|VBD|0|root|O|agree", "to|TO|4|mark|O|to",
                "meet|VB|2|xcomp|O|meet");
        assertEquals("036", m(s, 1).cameo());
    }

    @Test
    void jetsStruck() {
        Sentence s = ParsedSentences.sentence("Pakistani|JJ|2|amod|O|pakistani", "jets|NNS|3|nsubj|O|jet", "struck|VBD|0|root|O|strike",
                "militant|JJ|5|amod|O|militant", "hideouts|NNS|3|obj|O|hideout");
        assertEquals("195", m(s, 2).cameo());
        Sentence troops = ParsedSentences.sentence("Troops|NNS|2|nsubj|O|troop", "struck|VBD|0|root|O|strike",
                "hideouts|NNS|2|obj|O|hideout");
        assertEquals("190", m(troops, 1).cameo());
        Sentence workers = ParsedSentences.sentence("Workers|NNS|2|nsubj|O|worker", "struck|VBD|0|root|O|strike");
        assertEquals("143", m(workers, 1).cameo());
        Sentence deal = ParsedSentences.sentence("They|PRP|2|nsubj|O|they", "struck|VBD|0|root|O|strike", "a|DT|4|det|O|a",
                "deal|NN|2|obj|O|deal");
        assertEquals("057", m(deal, 1).cameo());
    }

    @Test
    void rejectedDemand() {
        Sentence s = ParsedSentences.sentence("The|DT|2|det|O|the", "Taliban|NNP|3|nsubj|O|Taliban", "rejected|VBD|0|root|O|reject",
                "the|DT|5|det|O|the", "demand|NN|3|obj|O|demand");
        assertTrue(m(s, 2).cameo().startsWith("12"), m(s, 2).toString());
    }

    @Test
    void demandedAction() {
        Sentence s = ParsedSentences.sentence("Islamabad|NNP|2|nsubj|O|Islamabad", "demanded|VBD|0|root|O|demand",
                "action|NN|2|obj|O|action", "against|IN|6|case|O|against", "the|DT|6|det|O|the", "TTP|NNP|3|nmod|O|TTP");
        assertTrue(m(s, 1).cameo().startsWith("10"), m(s, 1).toString());
    }

    @Test
    void heldTalksWith() {
        Sentence s = ParsedSentences.sentence("Pakistan|NNP|2|nsubj|O|Pakistan", "held|VBD|0|root|O|hold", "talks|NNS|2|obj|O|talk",
                "with|IN|5|case|O|with", "Afghanistan|NNP|3|nmod|O|Afghanistan");
        assertEquals("046", m(s, 1).cameo());
        PatternMatch noun = m(s, 2);
        assertEquals("046", noun.cameo());
        assertEquals("talk + with", noun.pattern());
    }

    @Test
    void calledOffTalks() {
        Sentence s = ParsedSentences.sentence("India|NNP|2|nsubj|O|India", "called|VBD|0|root|O|call", "off|RP|2|compound:prt|O|off",
                "the|DT|5|det|O|the", "talks|NNS|2|obj|O|talk");
        PatternMatch pm = m(s, 1);
        assertEquals("164", pm.cameo());
        assertEquals("call off + talks|talk|negotiation|negotiations|dialogue", pm.pattern());
        Sentence noParticle = ParsedSentences.sentence("India|NNP|2|nsubj|O|India", "called|VBD|0|root|O|call", "the|DT|4|det|O|the",
                "talks|NNS|2|obj|O|talk");
        assertNull(P.match(noParticle, 1), "call without 'off' and without for/on is no event");
    }

    @Test
    void nominalEvents() {
        Sentence s = ParsedSentences.sentence("The|DT|2|det|O|the", "airstrike|NN|3|nsubj|O|airstrike", "killed|VBD|0|root|O|kill",
                "ten|CD|5|nummod|O|ten", "people|NNS|3|obj|O|people");
        assertEquals("195", m(s, 1).cameo());
        assertEquals("195", m(s, 2).cameo(), "killed by an airstrike");
        Sentence air = ParsedSentences.sentence("An|DT|3|det|O|an", "air|NN|3|compound|O|air", "strike|NN|0|root|O|strike");
        assertEquals("195", m(air, 2).cameo());
        Sentence drone = ParsedSentences.sentence("A|DT|3|det|O|a", "drone|NN|3|compound|O|drone", "strike|NN|0|root|O|strike");
        assertEquals("1952", m(drone, 2).cameo());
        Sentence hunger = ParsedSentences.sentence("A|DT|3|det|O|a", "hunger|NN|3|compound|O|hunger", "strike|NN|0|root|O|strike");
        assertEquals("142", m(hunger, 2).cameo());
        Sentence hyphen = ParsedSentences.sentence("The|DT|2|det|O|the", "cease-fire|NN|0|root|O|cease-fire");
        assertEquals("0871", m(hyphen, 1).cameo());
        Sentence talks = ParsedSentences.sentence("Talks|NNS|0|root|O|talk");
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
        Sentence s = ParsedSentences.sentence("Sanctions|NNS|3|nsubj:pass|O|sanction", "were|VBD|3|aux:pass|O|be",
                "imposed|VBN|0|root|O|impose");
        assertEquals("163", m(s, 2).cameo());
    }

    @Test
    void posIsRespected() {
        Sentence s = ParsedSentences.sentence("The|DT|2|det|O|the", "accuse|NN|0|root|O|accuse");
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
        Sentence plain = ParsedSentences.sentence("They|PRP|2|nsubj|O|they", "zorped|VBD|0|root|O|zorp");
        assertEquals("010", p.match(plain, 1).cameo());
        assertEquals("t.tsv:2", p.match(plain, 1).origin());
        Sentence gizmo = ParsedSentences.sentence("They|PRP|2|nsubj|O|they", "zorped|VBD|0|root|O|zorp", "gizmos|NNS|2|obj|O|gizmo");
        assertNull(p.match(gizmo, 1));
    }

    @Test
    void tiesGoToTheFirstAdded() throws Exception {
        String user = "V\tcondemn\t-\t110\n";
        EventPatterns p = EventPatterns.builder().addTsv(new StringReader(user), "user.tsv").addBuiltIn().build();
        Sentence s = ParsedSentences.sentence("They|PRP|2|nsubj|O|they", "condemned|VBD|0|root|O|condemn");
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
        for (String resource : List.of(EventPatterns.RESOURCE, EventPatterns.FIGURATIVE)) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                EventPatterns.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
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
        }
        assertEquals(List.of(), bad);
        assertEquals(20, roots.size(), "roots covered: " + roots);
        assertEquals(rows, P.size());
        assertTrue(rows >= 250, "rows: " + rows);
    }

    @Test
    void figurativeUsesCodeNothing() {
        Sentence down = ParsedSentences.sentence("The|DT|2|det|O|the", "court|NN|3|nsubj|O|court", "struck|VBD|0|root|O|strike",
                "down|RP|3|compound:prt|O|down", "the|DT|6|det|O|the", "law|NN|3|obj|O|law");
        assertNull(P.match(down, 2));
        Sentence office = ParsedSentences.sentence("Rebels|NNS|2|nsubj|O|rebel", "seized|VBD|0|root|O|seize", "the|DT|4|det|O|the",
                "presidency|NN|2|obj|O|presidency");
        assertNull(P.match(office, 1), "a '*' row: no verb of force takes an office as its patient");
        Sentence town = ParsedSentences.sentence("Rebels|NNS|2|nsubj|O|rebel", "seized|VBD|0|root|O|seize", "the|DT|4|det|O|the",
                "town|NN|2|obj|O|town");
        assertEquals("192", m(town, 1).cameo(), "a town can be seized");
        Sentence banned = ParsedSentences.sentence("Parliament|NNP|2|nsubj|O|parliament", "banned|VBD|0|root|O|ban", "the|DT|4|det|O|the",
                "plan|NN|2|obj|O|plan");
        assertEquals("172", m(banned, 1).cameo(), "administrative sanctions may have abstract patients");
    }

    @Test
    void aUserRowOverridesAnIdiom() throws Exception {
        Sentence back = ParsedSentences.sentence("Troops|NNS|2|nsubj|O|troops", "shot|VBD|0|root|O|shoot", "back|RB|2|advmod|O|back");
        assertNull(P.match(back, 1));
        EventPatterns user = EventPatterns.builder()
                .addTsv(new StringReader("V\tshoot\tprt=back\t193\n"), "mine.tsv").addBuiltIn().build();
        assertEquals("193", user.match(back, 1).cameo());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventPatterns.builder()
                .addTsv(new StringReader("V\t*\tobj=plan\t190\n"), "bad.tsv"));
        assertTrue(e.getMessage().startsWith("bad.tsv:1"), e.getMessage());
    }
}
