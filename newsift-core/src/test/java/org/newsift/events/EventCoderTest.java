package org.newsift.events;

import org.junit.jupiter.api.Test;
import org.newsift.actors.ActorLayers;
import org.newsift.actors.ActorLexicon;
import org.newsift.actors.ActorResolver;
import org.newsift.dates.DateResolver;
import org.newsift.events.ontology.Ontology;
import org.newsift.events.patterns.EventPatterns;
import org.newsift.geo.Gazetteer;
import org.newsift.kinds.SentenceKindStage;
import org.newsift.lang.LanguageLayers;
import org.newsift.model.Article;
import org.newsift.model.Event;
import org.newsift.nlp.NlpLayers;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.testing.ParsedSentences;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Event coding on hand-parsed sentences (parses as CoreNLP gives them; sentences written for the project). */
class EventCoderTest {
    private static final String LEXICON = String.join("\n",
            "country\tPAK\tPAK\t\tPakistan",
            "capital\tPAKGOV\tPAK\tGOV\tIslamabad",
            "country\tIND\tIND\t\tIndia",
            "agent\tGOV\t\tGOV\tofficials");
    private static final ActorResolver RESOLVER = new ActorResolver(lexicon());
    private static final EventCoder CODER = new EventCoder(EventPatterns.builtIn(), Ontology.builtIn(),
            Gazetteer.builtIn(), new DateResolver());

    private static ActorLexicon lexicon() {
        try {
            return ActorLexicon.builder().addTsv(new StringReader(LEXICON), "test").build();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Event> code(ParsedSentences p) {
        AnnotatedDocument doc = new AnnotatedDocument(new Article("t", null, null, "2025-10-28", p.text()));
        doc.put(LanguageLayers.LANGUAGE, "en");
        doc.put(NlpLayers.NLP, p.result());
        new SentenceKindStage().apply(doc);
        doc.put(ActorLayers.ACTORS, RESOLVER.resolve(p.text(), p.result(), doc.article().publishedDate()));
        return CODER.code(doc);
    }

    private static Event only(List<Event> events) {
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    @Test
    void accusationIsCodedWithSourceTargetAndItsPattern() {
        Event e = only(code(new ParsedSentences().add("Islamabad|NNP|2|nsubj|LOCATION|Islamabad", "accused|VBD|0|root|O|accuse", "India|NNP|2|obj|LOCATION|India", "of|IN|5|case|O|of", "waging|VBG|2|advcl|O|wage", "a|DT|8|det|O|a", "proxy|JJ|8|amod|O|proxy", "war|NN|5|obj|O|war", ".|.|2|punct|O|.")));
        assertEquals("112", e.cameo());
        assertEquals("ACCUSE", e.plover().type());
        assertEquals("PAKGOV", e.source().get(0).code());
        assertEquals("IND", e.target().get(0).code());
        assertEquals(3, e.quadClass());
        assertTrue(e.explanation().contains("accuse"), e.explanation());
        assertEquals("accused", e.trigger().text());
    }

    @Test
    void negatedEventIsFlagged() {
        Event e = only(code(new ParsedSentences().add("Pakistan|NNP|4|nsubj|LOCATION|Pakistan", "did|VBD|4|aux|O|do", "not|RB|4|advmod|O|not", "attack|VB|0|root|O|attack", "India|NNP|4|obj|LOCATION|India", ".|.|4|punct|O|.")));
        assertEquals("19", e.cameo().substring(0, 2));
        assertTrue(e.modality().negated());
        assertFalse(e.modality().hypothetical() || e.modality().future() || e.modality().reported());
    }

    @Test
    void hypotheticalEventIsFlagged() {
        Event e = only(code(new ParsedSentences().add("Pakistan|NNP|3|nsubj|LOCATION|Pakistan", "could|MD|3|aux|O|could", "impose|VB|0|root|O|impose", "sanctions|NNS|3|obj|O|sanction", "on|IN|6|case|O|on", "India|NNP|3|obl|LOCATION|India", ".|.|3|punct|O|.")));
        assertEquals("163", e.cameo().substring(0, 3));
        assertTrue(e.modality().hypothetical());
        assertFalse(e.modality().negated());
    }

    @Test
    void futureEventIsFlaggedAndDatedFromTheText() {
        Event e = only(code(new ParsedSentences().add("Pakistan|NNP|3|nsubj|LOCATION|Pakistan", "will|MD|3|aux|O|will", "meet|VB|0|root|O|meet", "India|NNP|3|obj|LOCATION|India", "next|JJ|6|amod|O|next", "week|NN|3|obl:tmod|O|week", ".|.|3|punct|O|.")));
        assertTrue(e.modality().future());
        assertEquals("week", e.datePrecision());
        assertEquals("2025-11-03", e.date());
    }

    @Test
    void eventInsideWhatSomeoneSaidIsReported() {
        List<Event> events = code(new ParsedSentences().add("Officials|NNS|2|nsubj|O|official", "said|VBD|0|root|O|say", "Pakistan|NNP|4|nsubj|LOCATION|Pakistan", "attacked|VBD|2|ccomp|O|attack", "India|NNP|4|obj|LOCATION|India", ".|.|2|punct|O|."));
        Event attack = events.stream().filter(e -> e.trigger().text().equals("attacked")).findFirst().orElseThrow();
        assertTrue(attack.modality().reported());
        assertEquals("PAK", attack.source().get(0).code());
    }

    @Test
    void rhetoricalQuestionYieldsNoEvent() {
        assertTrue(code(new ParsedSentences().add("Why|WRB|4|advmod|O|why", "would|MD|4|aux|O|would", "Pakistan|NNP|4|nsubj|LOCATION|Pakistan", "attack|VB|0|root|O|attack", "India|NNP|4|obj|LOCATION|India", "?|.|4|punct|O|?")).isEmpty());
    }

    @Test
    void talksAreReciprocalAndLocatedWhereTheTextSays() {
        Event e = only(code(new ParsedSentences().add("Pakistan|NNP|4|nsubj|LOCATION|Pakistan", "and|CC|3|cc|O|and", "India|NNP|1|conj|LOCATION|India", "held|VBD|0|root|O|hold", "talks|NNS|4|obj|O|talk", "in|IN|7|case|O|in", "Istanbul|NNP|5|nmod|LOCATION|Istanbul", "on|IN|9|case|O|on", "Tuesday|NNP|4|obl|O|Tuesday", ".|.|4|punct|O|.")));
        assertEquals("046", e.cameo());
        assertEquals("PAK", e.source().get(0).code());
        assertEquals("IND", e.target().get(0).code());
        assertEquals("Istanbul", e.location().name());
        assertEquals("TUR", e.location().country());
        assertEquals("2025-10-28", e.date());
    }

    @Test
    void withoutAPlaceInTheTextTheLocationIsNull() {
        assertNull(only(code(new ParsedSentences().add("Pakistan|NNP|2|nsubj|LOCATION|Pakistan", "attacked|VBD|0|root|O|attack", "India|NNP|2|obj|LOCATION|India", ".|.|2|punct|O|."))).location());
    }

    @Test
    void sameEventInTwoSentencesIsListedOnceWithBothAsEvidence() {
        List<Event> events = code(new ParsedSentences().add("Pakistan|NNP|2|nsubj|LOCATION|Pakistan", "attacked|VBD|0|root|O|attack", "India|NNP|2|obj|LOCATION|India", ".|.|2|punct|O|.").add("It|PRP|2|nsubj|O|it", "attacked|VBD|0|root|O|attack", "India|NNP|2|obj|LOCATION|India", "again|RB|2|advmod|O|again", ".|.|2|punct|O|."));
        Event e = only(events);
        assertEquals(1, e.evidence().size());
        assertEquals("PAK", e.source().get(0).code(), "'it' resolves to the subject before it");
    }
}
