package org.newsift.events;

import org.junit.jupiter.api.Test;
import org.newsift.actors.ActorLayers;
import org.newsift.actors.ActorResolver;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.attribution.CueLexicon;
import org.newsift.dates.DateResolver;
import org.newsift.events.ontology.Ontology;
import org.newsift.events.patterns.EventPatterns;
import org.newsift.geo.Gazetteer;
import org.newsift.kinds.SentenceKindStage;
import org.newsift.lang.LanguageLayers;
import org.newsift.model.Article;
import org.newsift.model.Event;
import org.newsift.model.EventArgument;
import org.newsift.nlp.NlpLayers;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.testing.ParsedSentences;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10's examples of figurative verbs, non-events, argument roles and modality, with the built-in
 * lexicons, on parses as CoreNLP 4 gives them (checked with the real parser; sentences written for the
 * project around the short phrases).
 */
class LiteralActsAndArgumentsTest {
    private static final ActorResolver RESOLVER = new ActorResolver(builtInActors());
    private static final EventCoder CODER = new EventCoder(EventPatterns.builtIn(), Ontology.builtIn(),
            Gazetteer.builtIn(), new DateResolver());

    private static org.newsift.actors.ActorLexicon builtInActors() {
        try {
            return NewsiftConfig.defaults().actorLexicon();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Event> code(ParsedSentences p) {
        return code(p, CODER);
    }

    private static List<Event> code(ParsedSentences p, EventCoder coder) {
        AnnotatedDocument doc = new AnnotatedDocument(new Article("t", null, null, "2016-10-30", p.text()));
        doc.put(LanguageLayers.LANGUAGE, "en");
        doc.put(NlpLayers.NLP, p.result());
        new SentenceKindStage().apply(doc);
        doc.put(ActorLayers.ACTORS, RESOLVER.resolve(p.text(), p.result(), doc.article().publishedDate()));
        return coder.code(doc);
    }

    private static void noEvent(ParsedSentences p) {
        List<Event> events = code(p);
        assertTrue(events.isEmpty(), events.toString());
    }

    private static Event triggeredBy(List<Event> events, String trigger) {
        return events.stream().filter(e -> e.trigger().text().equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event on '" + trigger + "' in " + events));
    }

    private static List<String> codes(List<EventArgument> args) {
        return args.stream().map(EventArgument::code).toList();
    }

    // --- figurative verbs are not force

    @Test
    void aDealAlreadyStruckIsNoStrike() {
        // CoreNLP makes "deal" the subject of "struck"
        noEvent(new ParsedSentences().add("Officials|NNS|2|nsubj|O|official", "said|VBD|10|csubj|O|say", "the|DT|4|det|O|the", "deal|NN|6|nsubj|O|deal", "already|RB|6|advmod|O|already", "struck|VBD|2|ccomp|O|strike", "with|IN|8|case|O|with", "Iran|NNP|6|obl|LOCATION|Iran", "would|MD|10|aux|O|would", "hold|VB|0|root|O|hold", ".|.|10|punct|O|."));
    }

    @Test
    void struckADealStaysAnAgreement() {
        Event e = code(new ParsedSentences().add("Iran|NNP|4|nsubj|LOCATION|Iran", "and|CC|3|cc|O|and", "Iraq|NNP|1|conj|LOCATION|Iraq", "struck|VBD|0|root|O|strike", "a|DT|6|det|O|a", "deal|NN|4|obj|O|deal", "on|IN|8|case|O|on", "Monday|NNP|4|obl|O|Monday", ".|.|4|punct|O|.")).get(0);
        assertEquals("057", e.cameo());
    }

    @Test
    void aCourtStrikingDownALawIsNoStrike() {
        noEvent(new ParsedSentences().add("A|DT|4|det|O|a", "state|NN|4|compound|O|state", "appeals|NNS|4|compound|O|appeal", "court|NN|5|nsubj|O|court", "struck|VBD|0|root|O|strike", "down|RP|5|compound:prt|O|down", "the|DT|8|det|O|the", "law|NN|5|obj|O|law", "on|IN|10|case|O|on", "Monday|NNP|5|obl|O|Monday", ".|.|5|punct|O|."));
    }

    @Test
    void capturingThePresidencyIsNoArrest() {
        noEvent(new ParsedSentences().add("The|DT|2|det|O|the", "party|NN|3|nsubj|O|party", "hopes|VBZ|0|root|O|hope", "to|TO|5|mark|O|to", "capture|VB|3|xcomp|O|capture", "the|DT|7|det|O|the", "presidency|NN|5|obj|O|presidency", "in|IN|9|case|O|in", "November|NNP|5|obl|O|November", ".|.|3|punct|O|."));
    }

    @Test
    void retakingTheWhiteHouseIsNoOccupation() {
        noEvent(new ParsedSentences().add("Democrats|NNPS|2|nsubj|O|Democrat", "want|VBP|0|root|O|want", "to|TO|4|mark|O|to", "retake|VB|2|xcomp|O|retake", "the|DT|7|det|O|the", "White|NNP|7|compound|LOCATION|White", "House|NNP|4|obj|LOCATION|House", ".|.|2|punct|O|."));
    }

    @Test
    void theGeorgiaDemocratShotBackIsARetort() {
        noEvent(new ParsedSentences().add("The|DT|3|det|O|the", "Georgia|NNP|3|compound|LOCATION|Georgia", "Democrat|NNP|4|nsubj|O|Democrat", "shot|VBD|0|root|O|shoot", "back|RB|4|advmod|O|back", ".|.|4|punct|O|."));
    }

    @Test
    void fightingItAsASubjectIsNoFight() {
        noEvent(new ParsedSentences()
                .add("The|DT|3|det|O|the", "United|NNP|3|compound|LOCATION|United", "States|NNP|4|nsubj|LOCATION|States", "says|VBZ|0|root|O|say", "the|DT|6|det|O|the", "war|NN|8|nsubj:pass|O|war", "is|VBZ|8|aux:pass|O|be", "lost|VBN|4|ccomp|O|lose", ".|.|4|punct|O|.")
                .add("Fighting|VBG|5|nsubj|O|fight", "it|PRP|1|obj|O|it", "is|VBZ|5|aux|O|be", "just|RB|5|advmod|O|just", "going|VBG|0|root|O|go", "to|TO|7|mark|O|to", "prolong|VB|5|xcomp|O|prolong", "one|PRP|10|nmod:poss|O|one", "'s|POS|8|case|O|'s", "disappointment|NN|7|obj|O|disappointment", ".|.|5|punct|O|."));
    }

    @Test
    void aCourtWieldsNoForceEvenWithALiteralVerb() {
        // "The court attacked the ruling": a court's attack is words; an armed subject's would be force
        noEvent(new ParsedSentences().add("The|DT|2|det|O|the", "court|NN|3|nsubj|O|court", "attacked|VBD|0|root|O|attack", "Iran|NNP|3|obj|LOCATION|Iran", ".|.|3|punct|O|."));
        Event e = code(new ParsedSentences().add("The|DT|2|det|O|the", "army|NN|3|nsubj|O|army", "attacked|VBD|0|root|O|attack", "Iran|NNP|3|obj|LOCATION|Iran", ".|.|3|punct|O|.")).get(0);
        assertEquals("190", e.cameo());
    }

    // --- non-events

    @Test
    void aStatementReleasedTuesdayIsNoRelease() {
        List<Event> events = code(new ParsedSentences().add("Iran|NNP|2|nsubj|LOCATION|Iran", "said|VBD|0|root|O|say", "in|IN|5|case|O|in", "a|DT|5|det|O|a", "statement|NN|2|obl|O|statement", "released|VBN|5|acl|O|release", "Tuesday|NNP|6|obl:tmod|O|Tuesday", "that|IN|12|mark|O|that", "it|PRP|12|nsubj|O|it", "would|MD|12|aux|O|would", "not|RB|12|advmod|O|not", "attend|VB|2|ccomp|O|attend", ".|.|2|punct|O|."));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("084")), events.toString());
    }

    @Test
    void aDefinitionIsNoInvestigation() {
        noEvent(new ParsedSentences().add("The|DT|2|det|O|the", "GAO|NNP|6|nsubj|ORGANIZATION|GAO", "is|VBZ|6|cop|O|be", "the|DT|6|det|O|the", "investigating|VBG|6|amod|O|investigate", "agency|NN|0|root|O|agency", "of|IN|8|case|O|of", "Congress|NNP|6|nmod|ORGANIZATION|Congress", ".|.|6|punct|O|."));
    }

    @Test
    void pollOptionsAreNoEvents() {
        noEvent(new ParsedSentences()
                .add("Which|WDT|2|det|O|which", "option|NN|6|obj|O|option", "should|MD|6|aux|O|should", "the|DT|5|det|O|the", "EU|NNP|6|nsubj|ORGANIZATION|EU", "choose|VB|0|root|O|choose", "?|.|6|punct|O|?")
                .add("Impose|VB|0|root|O|impose", "sanctions|NNS|1|obj|O|sanction", "on|IN|4|case|O|on", "Russia|NNP|2|nmod|LOCATION|Russia", ".|.|1|punct|O|.")
                .add("Talks|NNS|0|root|O|talk", "with|IN|3|case|O|with", "Moscow|NNP|1|nmod|LOCATION|Moscow", ".|.|1|punct|O|."));
    }

    // --- argument roles

    @Test
    void anOfferToHandOverTargetsTheRecipient() {
        List<Event> events = code(new ParsedSentences().add("Spain|NNP|2|nsubj|LOCATION|Spain", "offered|VBD|0|root|O|offer", "to|TO|4|mark|O|to", "hand|VB|2|xcomp|O|hand", "over|RP|4|compound:prt|O|over", "the|DT|7|det|O|the", "island|NN|4|obj|O|island", "to|IN|10|case|O|to", "Great|NNP|10|compound|LOCATION|Great", "Britain|NNP|4|obl|LOCATION|Britain", ".|.|2|punct|O|."));
        for (String trigger : List.of("offered", "hand")) {
            Event e = triggeredBy(events, trigger);
            assertEquals(List.of("ESP"), codes(e.source()), e.toString());
            assertEquals(List.of("GBR"), codes(e.target()), e.toString());
        }
        assertTrue(triggeredBy(events, "hand").modality().future());
    }

    @Test
    void promisedAidToMozambiqueTargetsMozambique() {
        Event e = code(new ParsedSentences().add("China|NNP|2|nsubj|LOCATION|China", "promised|VBD|0|root|O|promise", "military|JJ|4|amod|O|military", "aid|NN|2|obj|O|aid", "to|IN|6|case|O|to", "Mozambique|NNP|2|obl|LOCATION|Mozambique", ".|.|2|punct|O|.")).get(0);
        assertEquals("CHN", e.source().get(0).code());
        assertEquals(List.of("MOZ"), codes(e.target()));
    }

    @Test
    void aVisitorArrivingInAmmanVisitsJordan() {
        Event e = triggeredBy(code(new ParsedSentences().add("The|DT|4|det|O|the", "Egyptian|JJ|4|amod|O|Egyptian", "foreign|NN|4|compound|O|foreign", "minister|NN|5|nsubj|O|minister", "arrived|VBD|0|root|O|arrive", "in|IN|7|case|O|in", "Amman|NNP|5|obl|LOCATION|Amman", "on|IN|9|case|O|on", "Sunday|NNP|5|obl|O|Sunday", ".|.|5|punct|O|.")), "arrived");
        assertEquals("042", e.cameo());
        assertEquals("EGYGOV", e.source().get(0).code());
        assertEquals(List.of("JOR"), codes(e.target()));
        assertNull(e.target().get(0).actor(), "Jordan is not named, so it is no listed actor");
        assertTrue(e.explanation().contains("host country of 'Amman'"), e.explanation());
    }

    @Test
    void aMeetingInAmmanBetweenOthersKeepsAmmanAsThePlace() {
        Event e = only(code(new ParsedSentences().add("Egypt|NNP|4|nsubj|LOCATION|Egypt", "and|CC|3|cc|O|and", "Iran|NNP|1|conj|LOCATION|Iran", "met|VBD|0|root|O|meet", "in|IN|6|case|O|in", "Amman|NNP|4|obl|LOCATION|Amman", "on|IN|8|case|O|on", "Sunday|NNP|4|obl|O|Sunday", ".|.|4|punct|O|.")));
        assertEquals(List.of("EGY"), codes(e.source()));
        assertEquals(List.of("IRN"), codes(e.target()));
        assertEquals("JOR", e.location().country());
    }

    @Test
    void theSpeakersAfterAQuoteAreNeverItsTarget() {
        List<Event> events = code(new ParsedSentences().add("Iran|NNP|3|nsubj|LOCATION|Iran", "must|MD|3|aux|O|must", "release|VB|7|ccomp|O|release", "the|DT|5|det|O|the", "prisoners|NNS|3|obj|O|prisoner", ",|,|7|punct|O|,", "said|VBD|0|root|O|say", "the|DT|9|det|O|the", "lawmakers|NNS|7|obj|O|lawmaker", ".|.|7|punct|O|."));
        assertTrue(events.stream().noneMatch(e -> codes(e.target()).contains("---LEG")), events.toString());
        assertTrue(triggeredBy(events, "release").modality().reported());
    }

    @Test
    void theTalibanRegimeConfirmingItConcludedTalksIsTheSource() {
        Event e = only(code(new ParsedSentences().add("The|DT|3|det|O|the", "Taliban|NNP|3|compound|ORGANIZATION|Taliban", "regime|NN|4|nsubj|O|regime", "confirmed|VBD|0|root|O|confirm", "it|PRP|7|nsubj|O|it", "has|VBZ|7|aux|O|have", "concluded|VBN|4|ccomp|O|conclude", "talks|NNS|7|obj|O|talk", "with|IN|10|case|O|with", "Pakistan|NNP|8|nmod|LOCATION|Pakistan", ".|.|4|punct|O|.")));
        assertEquals(List.of("AFGINSTAL"), codes(e.source()));
        assertEquals(List.of("PAK"), codes(e.target()));
        assertTrue(e.explanation().contains("'it' = Taliban (nearest earlier organisation, country or group"), e.explanation());
    }

    @Test
    void itNeverStandsForAPerson() {
        // the minister is the likelier antecedent by position, but "it" is no person
        List<Event> events = code(new ParsedSentences()
                .add("The|DT|2|det|O|the", "minister|NN|3|nsubj|TITLE|minister", "visited|VBD|0|root|O|visit", "Pakistan|NNP|3|obj|LOCATION|Pakistan", ".|.|3|punct|O|.")
                .add("It|PRP|2|nsubj|O|it", "attacked|VBD|0|root|O|attack", "India|NNP|2|obj|LOCATION|India", ".|.|2|punct|O|."));
        Event e = triggeredBy(events, "attacked");
        assertEquals(List.of("PAK"), codes(e.source()));
    }

    @Test
    void aThingInAPlaceActsForNobody() {
        Event e = only(code(new ParsedSentences().add("A|DT|2|det|O|a", "gym|NN|5|nsubj|O|gym", "in|IN|4|case|O|in", "Pakistan|NNP|2|nmod|LOCATION|Pakistan", "criticized|VBD|0|root|O|criticize", "India|NNP|5|obj|LOCATION|India", ".|.|5|punct|O|.")));
        assertTrue(e.source().isEmpty(), e.toString());
        assertEquals(List.of("IND"), codes(e.target()));
    }

    @Test
    void aPlaceInTheTargetPhraseIsTheTarget() {
        // as CAMEO codes an attack on a village by the village's country
        Event e = only(code(new ParsedSentences().add("Militants|NNS|2|nsubj|O|militant", "attacked|VBD|0|root|O|attack", "a|DT|4|det|O|a", "village|NN|2|obj|O|village", "in|IN|6|case|O|in", "Pakistan|NNP|4|nmod|LOCATION|Pakistan", ".|.|2|punct|O|.")));
        assertEquals(List.of("PAK"), codes(e.target()));
    }

    @Test
    void hisAccountIsNoActor() {
        List<Event> events = code(new ParsedSentences()
                .add("The|DT|2|det|O|the", "minister|NN|3|nsubj|TITLE|minister", "spoke|VBD|0|root|O|speak", "to|IN|5|case|O|to", "Iran|NNP|3|obl|LOCATION|Iran", ".|.|3|punct|O|.")
                .add("Pakistan|NNP|2|nsubj|LOCATION|Pakistan", "rejected|VBD|0|root|O|reject", "his|PRP$|4|nmod:poss|O|he", "account|NN|2|obj|O|account", ".|.|2|punct|O|."));
        assertTrue(events.stream().noneMatch(e -> e.trigger().text().equals("rejected") && !e.target().isEmpty()), events.toString());
    }

    // --- modality

    @Test
    void promisingToDestroyIsAnIntentNotACooperation() {
        List<Event> events = code(new ParsedSentences().add("The|DT|2|det|O|the", "group|NN|3|nsubj|O|group", "vowed|VBD|0|root|O|vow", "to|TO|5|mark|O|to", "keep|VB|3|xcomp|O|keep", "fighting|NN|5|obj|O|fighting", ",|,|5|punct|O|,", "promising|VBG|5|dep|O|promise", "to|TO|10|mark|O|to", "destroy|VB|8|xcomp|O|destroy", "the|DT|13|det|O|the", "Islamic|NNP|13|compound|ORGANIZATION|Islamic", "State|NNP|10|obj|ORGANIZATION|State", ".|.|3|punct|O|."));
        assertTrue(triggeredBy(events, "destroy").modality().future());
        assertTrue(events.stream().noneMatch(e -> e.trigger().text().equals("promising")), events.toString());
    }

    @Test
    void whatSomeoneClaimedIsReported() {
        Event e = only(code(new ParsedSentences().add("She|PRP|2|nsubj|O|she", "claimed|VBD|0|root|O|claim", "that|IN|7|mark|O|that", "the|DT|5|det|O|the", "army|NN|7|nsubj|O|army", "had|VBD|7|aux|O|have", "raped|VBN|2|ccomp|O|rape", "her|PRP|7|obj|O|she", ".|.|2|punct|O|.")));
        assertEquals("1821", e.cameo());
        assertTrue(e.modality().reported(), e.toString());
    }

    @Test
    void aPurposeInfinitiveIsIntended() {
        Event e = triggeredBy(code(new ParsedSentences().add("Russia|NNP|2|nsubj|LOCATION|Russia", "sent|VBD|0|root|O|send", "troops|NNS|2|obj|O|troops", "to|TO|5|mark|O|to", "attack|VB|2|advcl|O|attack", "Ukraine|NNP|5|obj|LOCATION|Ukraine", ".|.|2|punct|O|.")), "attack");
        assertTrue(e.modality().future());
    }

    @Test
    void modalityReadsTheUsersCues() throws IOException {
        ParsedSentences p = new ParsedSentences().add("Officials|NNS|2|nsubj|O|official", "said|VBD|0|root|O|say", "Pakistan|NNP|4|nsubj|LOCATION|Pakistan", "attacked|VBD|2|ccomp|O|attack", "India|NNP|4|obj|LOCATION|India", ".|.|2|punct|O|.");
        assertTrue(triggeredBy(code(p), "attacked").modality().reported());
        CueLexicon noSay = CueLexicon.builder().addBuiltIn().addTsv(new StringReader("off\tsay\n"), "mine.tsv").build();
        EventCoder coder = new EventCoder(EventPatterns.builtIn(), EventClassifier.NONE, Ontology.builtIn(),
                Gazetteer.builtIn(), new DateResolver(), noSay, ModalityCues.builtIn());
        assertFalse(triggeredBy(code(p, coder), "attacked").modality().reported());
    }

    @Test
    void theModalityWordsComeFromTheOverridableCueList() throws IOException {
        // written for this test
        ParsedSentences p = new ParsedSentences().add("Pakistan|NNP|3|nsubj|LOCATION|Pakistan",
                "could|MD|3|aux|O|could", "attack|VB|0|root|O|attack", "India|NNP|3|obj|LOCATION|India", ".|.|3|punct|O|.");
        assertTrue(triggeredBy(code(p), "attack").modality().hypothetical());
        ModalityCues noCould = ModalityCues.of(ModalityCues.builder()
                .add(new StringReader("hypothetical\t-could\n"), "mine.tsv").build());
        EventCoder coder = new EventCoder(EventPatterns.builtIn(), EventClassifier.NONE, Ontology.builtIn(),
                Gazetteer.builtIn(), new DateResolver(), CueLexicon.builtIn(), noCould);
        assertFalse(triggeredBy(code(p, coder), "attack").modality().hypothetical());
    }

    private static Event only(List<Event> events) {
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }
}
