package org.newsift.attribution;

import org.junit.jupiter.api.Test;
import org.newsift.actors.ActorLayers;
import org.newsift.actors.ActorLexicon;
import org.newsift.actors.ActorResolver;
import org.newsift.lang.LanguageLayers;
import org.newsift.model.Actor;
import org.newsift.model.Article;
import org.newsift.model.Quote;
import org.newsift.nlp.NlpLayers;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.testing.ParsedSentences;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quotes and attribution on hand-parsed sentences (parsed as CoreNLP does; written for the newsift project). */
class QuoteStageTest {
    private static final ActorResolver RESOLVER = new ActorResolver(ActorLexicon.builtIn());
    private static final QuoteStage STAGE = new QuoteStage(CueLexicon.builtIn());

    static AnnotatedDocument analyse(ParsedSentences p) {
        AnnotatedDocument doc = new AnnotatedDocument(new Article("t", null, null, "2026-03-08", p.text()));
        doc.put(LanguageLayers.LANGUAGE, "en");
        doc.put(NlpLayers.NLP, p.result());
        doc.put(ActorLayers.ACTORS, RESOLVER.resolve(p.text(), p.result(), doc.article().publishedDate()));
        STAGE.apply(doc);
        return doc;
    }

    private static Quote only(AnnotatedDocument doc) {
        assertEquals(1, doc.get(AttributionLayers.QUOTES).size(), doc.get(AttributionLayers.QUOTES).toString());
        return doc.get(AttributionLayers.QUOTES).get(0);
    }

    private static Actor actor(AnnotatedDocument doc, String id) {
        return doc.get(ActorLayers.ACTORS).actors().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    static final String[] SPOKESMAN = {"\u201c|``|10|punct", "We|PRP|3|nsubj", "want|VBP|10|ccomp|O|want",
            "peace|NN|3|obj|O|peace", ",|,|10|punct", "\u201d|''|10|punct", "the|DT|9|det|O|the",
            "Taliban|NNP|9|compound|ORGANIZATION|Taliban", "spokesman|NN|10|nsubj|O|spokesman", "said|VBD|0|root|O|say",
            ".|.|10|punct"};

    @Test
    void aSpokesmanSpeaksForHisOrganisation() {
        AnnotatedDocument doc = analyse(new ParsedSentences().add(SPOKESMAN));
        Quote q = only(doc);
        assertTrue(q.direct());
        assertEquals("We want peace", q.text());
        assertEquals("the Taliban spokesman", q.speaker().text());
        assertEquals("said", q.cue().text());
        assertNotNull(q.speaker().actor());
        assertEquals("AFGINSTAL", actor(doc, q.speaker().actor()).code());
    }

    @Test
    void aRelativePronounSpeaksForTheNounItModifies() {
        Quote q = only(analyse(new ParsedSentences().add("It|PRP|3|nsubj:pass", "was|VBD|3|aux:pass", "built|VBN|0|root|O|build",
                "by|IN|5|case|O|by", "people|NNS|3|obl|O|people", "who|WP|7|nsubj|O|who", "believed|VBD|5|acl:relcl|O|believe",
                "that|IN|10|mark|O|that", "water|NN|10|nsubj|O|water", "belonged|VBD|7|ccomp|O|belong", "to|IN|12|case|O|to",
                "all|DT|10|obl|O|all", ".|.|3|punct")));
        assertEquals("that water belonged to all", q.text());
        assertEquals("people", q.speaker().text());
        assertEquals("believed", q.cue().text());
    }

    @Test
    void aNegativeSubjectNamesNoSpeaker() {
        AnnotatedDocument doc = analyse(new ParsedSentences().add("Nothing|NN|3|nsubj|O|nothing", "else|JJ|1|amod|O|else",
                "explains|VBZ|0|root|O|explain", "it|PRP|3|obj|O|it", ".|.|3|punct"));
        assertTrue(doc.get(AttributionLayers.QUOTES).isEmpty(), doc.get(AttributionLayers.QUOTES).toString());
    }

    @Test
    void aRelativeOrDemonstrativePronounCutOffFromItsNounNamesNoSpeaker() {
        // "… a former staffer. who said she would march." (the parser lost the noun "who" stands for) and
        // "That suggests the plan failed."
        AnnotatedDocument lost = analyse(new ParsedSentences().add("who|WP|2|nsubj|O|who", "said|VBD|0|root|O|say",
                "she|PRP|5|nsubj|O|she", "would|MD|5|aux|O|would", "march|VB|2|ccomp|O|march", ".|.|2|punct"));
        assertTrue(lost.get(AttributionLayers.QUOTES).isEmpty(), lost.get(AttributionLayers.QUOTES).toString());
        AnnotatedDocument that = analyse(new ParsedSentences().add("That|DT|2|nsubj|O|that", "suggests|VBZ|0|root|O|suggest",
                "the|DT|4|det|O|the", "plan|NN|5|nsubj|O|plan", "failed|VBD|2|ccomp|O|fail", ".|.|2|punct"));
        assertTrue(that.get(AttributionLayers.QUOTES).isEmpty(), that.get(AttributionLayers.QUOTES).toString());
    }

    @Test
    void theObjectAfterAParticipleCueIsNotItsSpeaker() {
        // "Reyes criticised the plan on Tuesday, calling it “reckless”." gave the speaker "it"
        Quote q = only(analyse(new ParsedSentences().add("Reyes|NNP|2|nsubj|PERSON|Reyes", "criticised|VBD|0|root|O|criticise",
                "the|DT|4|det", "plan|NN|2|obj|O|plan", "on|IN|6|case|O|on", "Tuesday|NNP|2|obl|DATE|Tuesday", ",|,|2|punct",
                "calling|VBG|2|advcl|O|call", "it|PRP|8|obj|O|it", "\u201c|``|11|punct", "reckless|JJ|8|xcomp|O|reckless",
                "\u201d|''|11|punct", ".|.|2|punct")));
        assertEquals("reckless", q.text());
        assertEquals("Reyes", q.speaker().text());
    }

    @Test
    void aCueUnderRefusingReportsNothing() {
        // "Trump was making a pitch, refusing to concede that the backers would stay home": as parsed (with
        // "refusing" for the subject of "concede") and as it should be parsed (with "concede" its complement)
        String[] misparsed = {"Trump|NNP|3|nsubj|PERSON|Trump", "was|VBD|3|aux|O|be", "making|VBG|0|root|O|make",
            "a|DT|5|det", "pitch|NN|3|obj|O|pitch", ",|,|3|punct", "refusing|VBG|9|nsubj|O|refuse", "to|TO|9|mark",
            "concede|VB|3|advcl|O|concede", "that|IN|14|mark", "the|DT|12|det", "backers|NNS|14|nsubj|O|backer",
            "would|MD|14|aux", "stay|VB|9|ccomp|O|stay", "home|RB|14|advmod", ".|.|3|punct"};
        assertEquals(List.of(), analyse(new ParsedSentences().add(misparsed)).get(AttributionLayers.QUOTES));
        String[] parsed = misparsed.clone();
        parsed[6] = "refusing|VBG|3|advcl|O|refuse";
        parsed[8] = "concede|VB|7|xcomp|O|concede";
        assertEquals(List.of(), analyse(new ParsedSentences().add(parsed)).get(AttributionLayers.QUOTES));
    }

    @Test
    void aSubjectInsideQuotationMarksIsNotTheSpeakerOfTheCueAfterThem() {
        // "… saying: “The fight goes on” and vowing to compete": the parser joined "vowing" to the quotation's verb
        AnnotatedDocument doc = analyse(new ParsedSentences().add("Reyes|NNP|2|nsubj|PERSON|Reyes", "wrote|VBD|0|root|O|write",
                "saying|VBG|2|advcl|O|say", ":|:|3|punct", "\u201c|``|8|punct", "The|DT|7|det", "fight|NN|8|nsubj|O|fight",
                "goes|VBZ|3|ccomp|O|go", "on|RP|8|compound:prt", "\u201d|''|8|punct", "and|CC|12|cc",
                "vowing|VBG|8|conj|O|vow", "to|TO|14|mark", "compete|VB|12|xcomp|O|compete", "again|RB|14|advmod",
                ".|.|2|punct"));
        assertTrue(doc.get(AttributionLayers.QUOTES).stream().noneMatch(q -> q.speaker() != null
                && q.speaker().text().contains("fight")), doc.get(AttributionLayers.QUOTES).toString());
    }

    @Test
    void aParticipleSetOffAfterTheSpeakersNameIsNotPartOfIt() {
        // "“…,” said Vice President Joe Biden, urging those calling for … to “give him time”" gave all that as the speaker
        Quote q = only(analyse(new ParsedSentences().add("\u201c|``|7|punct", "We|PRP|4|nsubj", "will|MD|4|aux",
                "wait|VB|7|ccomp|O|wait", ",|,|7|punct", "\u201d|''|7|punct", "said|VBD|0|root|O|say",
                "Joe|NNP|9|compound|PERSON|Joe", "Biden|NNP|7|nsubj|PERSON|Biden", ",|,|9|punct",
                "urging|VBG|9|acl|O|urge", "voters|NNS|11|obj|O|voter", "to|TO|14|mark", "stay|VB|11|xcomp|O|stay",
                "calm|JJ|14|xcomp|O|calm", ".|.|7|punct")));
        assertEquals("We will wait", q.text());
        assertEquals("Joe Biden", q.speaker().text());
    }

    @Test
    void calledSomeoneToDoSomethingIsNoSpeech() {
        // "Clinton called her to get together again": a telephone call
        assertEquals(List.of(), analyse(new ParsedSentences().add("Clinton|NNP|2|nsubj|PERSON|Clinton",
                "called|VBD|0|root|O|call", "her|PRP|2|obj|O|she", "to|TO|5|mark", "meet|VB|2|xcomp|O|meet",
                "again|RB|5|advmod", ".|.|2|punct")).get(AttributionLayers.QUOTES));
    }

    @Test
    void aDateIsNoContent() {
        // "… the SVP has called a referendum for June 5, 2016", which the parser read as "called X Y"
        AnnotatedDocument doc = analyse(new ParsedSentences().add("The|DT|2|det", "party|NN|3|nsubj|O|party",
                "called|VBD|0|root|O|call", "a|DT|5|det", "referendum|NN|3|obj|O|referendum", "for|IN|7|case",
                "June|NNP|3|xcomp|DATE|June", "5|CD|7|nummod|DATE|5", ",|,|7|punct", "2016|CD|7|nummod|DATE|2016",
                ".|.|3|punct"));
        assertTrue(doc.get(AttributionLayers.QUOTES).isEmpty(), doc.get(AttributionLayers.QUOTES).toString());
    }

    @Test
    void aDateHungOnTheSpeakersNameIsNotPartOfItAndADateSpeaksForNobody() {
        // "Sen. Bernie Sanders on Saturday criticized the accord, saying it goes nowhere near far enough"
        Quote q = only(analyse(new ParsedSentences().add("Sanders|NNP|4|nsubj|PERSON|Sanders", "on|IN|3|case",
                "Saturday|NNP|1|nmod|DATE|Saturday", "said|VBD|0|root|O|say", "the|DT|6|det", "accord|NN|8|nsubj|O|accord",
                "was|VBD|8|cop|O|be", "weak|JJ|4|ccomp|O|weak", ".|.|4|punct")));
        assertEquals("Sanders", q.speaker().text());
        // the parser made the day the subject
        AnnotatedDocument day = analyse(new ParsedSentences().add("Tuesday|NNP|2|nsubj|DATE|Tuesday",
                "said|VBD|0|root|O|say", "the|DT|4|det", "accord|NN|6|nsubj|O|accord", "was|VBD|6|cop|O|be",
                "weak|JJ|2|ccomp|O|weak", ".|.|2|punct"));
        assertTrue(day.get(AttributionLayers.QUOTES).isEmpty(), day.get(AttributionLayers.QUOTES).toString());
    }

    @Test
    void oneWordIsNoContent() {
        // "Ryder replied Saturday.": the parser took the day for the object
        AnnotatedDocument doc = analyse(new ParsedSentences().add("Ryder|NNP|2|nsubj|PERSON|Ryder", "replied|VBD|0|root|O|reply",
                "Saturday|NNP|2|obj|DATE|Saturday", ".|.|2|punct"));
        assertTrue(doc.get(AttributionLayers.QUOTES).isEmpty(), doc.get(AttributionLayers.QUOTES).toString());
    }

    @Test
    void theSourceOfAccordingToLiesAfterIt() {
        // "Trump leads than Cruz, according to a poll." with the comparison hung on "poll"
        Quote q = only(analyse(new ParsedSentences().add("Trump|NNP|2|nsubj|PERSON|Trump", "leads|VBZ|0|root|O|lead",
                "than|IN|4|case|O|than", "Cruz|NNP|9|nmod|PERSON|Cruz", ",|,|9|punct", "according|VBG|9|case|O|accord",
                "to|IN|6|fixed|O|to", "a|DT|9|det|O|a", "poll|NN|2|obl|O|poll", ".|.|2|punct")));
        assertEquals("a poll", q.speaker().text());
    }

    @Test
    void accusedOfGivesTheAccusationAsContent() {
        Quote q = only(analyse(new ParsedSentences().add("The|DT|2|det", "Taliban|NNP|3|nsubj|ORGANIZATION|Taliban",
                "accused|VBD|0|root|O|accuse", "Islamabad|NNP|3|obj|LOCATION|Islamabad", "of|IN|6|mark|O|of",
                "violating|VBG|3|advcl|O|violate", "Afghan|JJ|8|amod|O|afghan", "airspace|NN|6|obj|O|airspace", ".|.|3|punct")));
        assertFalse(q.direct());
        assertEquals("violating Afghan airspace", q.text());
        assertEquals("The Taliban", q.speaker().text());
        assertEquals("accused", q.cue().text());
    }

    @Test
    void accordingToNamesTheSourceOfTheRestOfTheSentence() {
        Quote q = only(analyse(new ParsedSentences().add("Pakistani|JJ|2|amod|O|pakistani", "troops|NNS|3|nsubj|O|troop",
                "killed|VBD|0|root|O|kill", "12|CD|5|nummod|NUMBER|12", "militants|NNS|3|obj|O|militant", ",|,|3|punct",
                "according|VBG|9|case|O|accord", "to|TO|7|fixed|O|to", "officials|NNS|3|obl|O|official", ".|.|3|punct")));
        assertEquals("Pakistani troops killed 12 militants", q.text());
        assertEquals("officials", q.speaker().text());
        assertEquals("according to", q.cue().text());
    }

    @Test
    void aPronounSpeakerIsTheLastPersonMentioned() {
        AnnotatedDocument doc = analyse(new ParsedSentences()
                .add("Ishaq|NNP|2|compound|PERSON|Ishaq", "Dar|NNP|3|nsubj|PERSON|Dar", "arrived|VBD|0|root|O|arrive",
                        "in|IN|5|case|O|in", "Kabul|NNP|3|obl|LOCATION|Kabul", ".|.|3|punct")
                .add("\u201c|``|8|punct", "We|PRP|3|nsubj", "want|VBP|8|ccomp|O|want", "talks|NNS|3|obj|O|talk", ",|,|8|punct",
                        "\u201d|''|8|punct", "he|PRP|8|nsubj|O|he", "said|VBD|0|root|O|say", ".|.|8|punct"));
        Quote q = only(doc);
        assertEquals("he", q.speaker().text());
        assertNotNull(q.speaker().actor());
        assertTrue(actor(doc, q.speaker().actor()).name().contains("Dar"), actor(doc, q.speaker().actor()).toString());
    }

    @Test
    void aQuoteOverTwoSentencesTakesTheCueAfterIt() {
        Quote q = only(analyse(new ParsedSentences()
                .add("\u201c|``|4|punct", "The|DT|3|det", "talks|NNS|4|nsubj|O|talk", "failed|VBD|0|root|O|fail", ".|.|4|punct")
                .add("We|PRP|3|nsubj", "will|MD|3|aux", "try|VB|9|ccomp|O|try", "again|RB|3|advmod", ",|,|9|punct",
                        "\u201d|''|9|punct", "the|DT|8|det", "minister|NN|9|nsubj|O|minister", "said|VBD|0|root|O|say", ".|.|9|punct")));
        assertEquals("The talks failed. We will try again", q.text());
        assertEquals("the minister", q.speaker().text());
    }

    @Test
    void saysGivesTheReportedClauseAndTheCountry() {
        AnnotatedDocument doc = analyse(new ParsedSentences().add("Pakistan|NNP|2|nsubj|LOCATION|Pakistan",
                "says|VBZ|0|root|O|say", "militants|NNS|4|nsubj|O|militant", "killed|VBD|2|ccomp|O|kill",
                "23|CD|6|nummod|NUMBER|23", "soldiers|NNS|4|obj|O|soldier", "last|JJ|8|amod|O|last",
                "month|NN|4|obl:tmod|O|month", ".|.|2|punct"));
        Quote q = only(doc);
        assertEquals("militants killed 23 soldiers last month", q.text());
        assertEquals("Pakistan", q.speaker().text());
        assertEquals("PAK", actor(doc, q.speaker().actor()).code());
    }

    @Test
    void scareQuotesAreNotSpeech() {
        AnnotatedDocument doc = analyse(new ParsedSentences().add("The|DT|5|det", "so-called|JJ|5|amod",
                "\u201c|``|5|punct", "peace|NN|5|compound|O|peace", "plan|NN|7|nsubj|O|plan", "\u201d|''|5|punct",
                "failed|VBD|0|root|O|fail", ".|.|7|punct"));
        assertEquals(List.of(), doc.get(AttributionLayers.QUOTES));
    }

    @Test
    void aQuoteWithoutCueContinuesThePreviousSpeakerAndCue() {
        AnnotatedDocument doc = analyse(new ParsedSentences().add(SPOKESMAN)
                .add("\u201c|``|4|punct", "The|DT|3|det", "talks|NNS|4|nsubj|O|talk", "failed|VBD|0|root|O|fail",
                        "on|IN|6|case|O|on", "Sunday|NNP|4|obl|DATE|Sunday", ".|.|4|punct", "\u201d|''|4|punct"));
        assertEquals(2, doc.get(AttributionLayers.QUOTES).size(), doc.get(AttributionLayers.QUOTES).toString());
        Quote second = doc.get(AttributionLayers.QUOTES).get(1);
        assertEquals("The talks failed on Sunday.", second.text());
        assertEquals("the Taliban spokesman", second.speaker().text());
        assertEquals(doc.get(AttributionLayers.QUOTES).get(0).cue(), second.cue(),
                "one attribution, quoted in two parts");
    }

    @Test
    void aNameAndAColonAttributeAHeadline() {
        Quote q = only(analyse(new ParsedSentences().add("Pence|NNP|0|root|PERSON|Pence", ":|:|1|punct",
                "Flowers|NNP|6|nsubj|PERSON|Flowers", "will|MD|6|aux", "not|RB|6|advmod", "attend|VB|1|parataxis|O|attend",
                ".|.|1|punct")));
        assertEquals("Flowers will not attend", q.text());
        assertEquals("Pence", q.speaker().text());
        assertEquals(":", q.cue().text());
    }

    @Test
    void urgedGivesTheObjectAndItsInfinitive() {
        Quote q = only(analyse(new ParsedSentences().add("Trump|NNP|2|nsubj|PERSON|Trump", "urged|VBD|0|root|O|urge",
                "supporters|NNS|2|obj|O|supporter", "to|TO|5|mark|O|to", "watch|VB|2|xcomp|O|watch",
                "polling|NN|7|compound|O|polling", "places|NNS|5|obj|O|place", ".|.|2|punct")));
        assertEquals("supporters to watch polling places", q.text());
        assertEquals("Trump", q.speaker().text());
    }

    @Test
    void aToldObjectIsTheListenerNotTheContent() {
        assertEquals(List.of(), analyse(new ParsedSentences().add("She|PRP|2|nsubj", "told|VBD|0|root|O|tell",
                        "reporters|NNS|2|obj|O|reporter", "nothing|NN|2|obj|O|nothing", ".|.|2|punct"))
                .get(AttributionLayers.QUOTES));
    }

    @Test
    void aClauseHungBeforeTheCueIsWhatWasSaid() {
        Quote q = only(analyse(new ParsedSentences().add("The|DT|2|det", "convoy|NN|4|nsubj:pass|O|convoy",
                "was|VBD|4|aux:pass|O|be", "attacked|VBN|9|advcl|O|attack", "near|IN|6|case|O|near",
                "Quetta|NNP|4|obl|LOCATION|Quetta", ",|,|9|punct", "sources|NNS|9|nsubj|O|source", "said|VBD|0|root|O|say",
                ".|.|9|punct")));
        assertEquals("The convoy was attacked near Quetta", q.text());
        assertEquals("sources", q.speaker().text());
    }

    @Test
    void aUserCueFileSwitchesACueOff() throws IOException {
        CueLexicon cues = CueLexicon.builder().addBuiltIn().addTsv(new StringReader("off\tsay\n"), "user").build();
        assertFalse(cues.isVerb("say"));
        assertTrue(cues.isVerb("tell"));
        assertTrue(CueLexicon.builtIn().isVerb("say"));
    }
}
