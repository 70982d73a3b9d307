package org.newsift.assembly;

import org.junit.jupiter.api.Test;
import org.newsift.actors.ActorLexicon;
import org.newsift.events.patterns.EventPatterns;
import org.newsift.lang.LanguageIdentifier;
import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.model.Event;
import org.newsift.nlp.NlpAnnotator;
import org.newsift.nlp.NlpResult;
import org.newsift.testing.ParsedSentences;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Event dates through the core pipeline on hand-parsed sentences: past actions told as background, a date on the
 * event noun, and articles without a publication date. The short phrases are the issue's; the sentences around
 * them were written for the project.
 */
class EventDatesTest {
    private static final String[] SPARKED = {"The|DT|2|det|O|the", "talks|NNS|3|nsubj|O|talk", "follow|VBP|0|root|O|follow",
        "airstrikes|NNS|3|obj|O|airstrike", "that|WDT|6|nsubj|O|that", "sparked|VBD|4|acl:relcl|O|spark",
        "clashes|NNS|6|obj|O|clash", "with|IN|9|case|O|with", "India|NNP|7|nmod|LOCATION|India", ".|.|3|punct|O|."};
    private static final String[] TRUCE = {"Pakistan|NNP|4|nsubj|LOCATION|Pakistan", "and|CC|3|cc|O|and",
        "India|NNP|1|conj|LOCATION|India", "respected|VBD|0|root|O|respect", "last|JJ|6|amod|O|last",
        "week|NN|8|nmod:poss|O|week", "'s|POS|6|case|O|'s", "truce|NN|4|obj|O|truce", ".|.|4|punct|O|."};
    private static final String[] ATTACKED = {"Pakistan|NNP|2|nsubj|LOCATION|Pakistan", "attacked|VBD|0|root|O|attack",
        "India|NNP|2|obj|LOCATION|India", "near|IN|5|case|O|near", "the|DT|6|det|O|the", "border|NN|2|obl|O|border",
        ".|.|2|punct|O|."};
    private static final String[] DATELINE = {"ISLAMABAD|NNP|0|root|O|Islamabad", ",|,|1|punct|O|,", "Oct.|NNP|1|appos|O|Oct.",
        "28|CD|3|nummod|O|28", ",|,|3|punct|O|,", "2025|CD|3|nummod|O|2025", "(|-LRB-|8|punct|O|(",
        "wire|NN|1|dep|O|wire", ")|-RRB-|8|punct|O|)"};

    private static Analysis analyze(String published, String[]... sentences) throws IOException {
        ParsedSentences parsed = new ParsedSentences();
        Arrays.stream(sentences).forEach(parsed::add);
        NlpAnnotator nlp = new NlpAnnotator() {
            @Override
            public NlpResult annotate(String text) {
                return parsed.result();
            }

            @Override
            public String name() {
                return "hand-parsed";
            }
        };
        ActorLexicon lexicon = ActorLexicon.builder().addTsv(new StringReader(
                "country\tPAK\tPAK\t\tPakistan\ncountry\tIND\tIND\t\tIndia"), "test").build();
        Pipeline pipeline = Pipelines.standard(nlp, lexicon, EventPatterns.builtIn(), new LanguageIdentifier());
        return pipeline.analyze(new Article("t", null, null, published, parsed.text()));
    }

    private static Event event(Analysis a, String trigger) {
        return a.events().stream().filter(e -> e.trigger().text().equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event on '" + trigger + "': " + a.events()));
    }

    private static void assertDate(Event e, String iso, String precision) {
        assertEquals(iso, e.date(), e.explanation());
        assertEquals(precision, e.datePrecision(), e.explanation());
    }

    @Test
    void pastActionsDoNotTakeThePublicationDay() throws IOException {
        Analysis a = analyze("2025-10-28", SPARKED, TRUCE, ATTACKED);
        Event clashes = event(a, "clashes");
        assertDate(clashes, null, null);
        assertTrue(clashes.explanation().contains("date: none, before publication (past relative clause 'sparked')"),
                clashes.explanation());
        assertDate(event(a, "truce"), "2025-10-20", "week");
        assertDate(event(a, "attacked"), "2025-10-28", "day");
        assertEquals(List.of(), a.summary().warnings());
    }

    @Test
    void anUndatedArticleTakesTheDateOfItsDateline() throws IOException {
        Analysis a = analyze(null, DATELINE, SPARKED, TRUCE, ATTACKED);
        assertEquals("2025-10-28", a.published());
        assertEquals(List.of("no publication date given: 2025-10-28 read from the dateline 'ISLAMABAD, Oct. 28, 2025'"),
                a.summary().warnings());
        assertDate(event(a, "truce"), "2025-10-20", "week");
        assertDate(event(a, "attacked"), "2025-10-28", "day");
    }

    @Test
    void anArticleWithoutAnyDateHasUndatedEventsAndSaysSo() throws IOException {
        Analysis a = analyze(null, SPARKED, TRUCE, ATTACKED);
        assertNull(a.published());
        a.events().forEach(e -> assertDate(e, null, null));
        assertEquals(List.of("no publication date given or found in the text: " + a.events().size() + " of "
                + a.events().size() + " events are undated"), a.summary().warnings());
    }
}
