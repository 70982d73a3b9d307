package org.newsift.kinds;

import org.junit.jupiter.api.Test;
import org.newsift.actors.ActorLexicon;
import org.newsift.actors.ActorResolver;
import org.newsift.attribution.CueLexicon;
import org.newsift.attribution.QuoteStage;
import org.newsift.model.Article;
import org.newsift.model.SentenceKind;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.testing.ParsedSentences;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The kind of each of a table of hand-parsed sentences (written for the newsift project). */
class SentenceKindStageTest {

    private static SentenceKind kindOf(String... tokens) {
        ParsedSentences p = new ParsedSentences().add(tokens);
        AnnotatedDocument doc = new AnnotatedDocument(new Article("t", null, null, null, p.text()));
        doc.setLanguage("en");
        doc.setNlp(p.result());
        doc.setResolution(new ActorResolver(ActorLexicon.builtIn()).resolve(p.text(), p.result(), null));
        new QuoteStage(CueLexicon.builtIn()).apply(doc);
        new SentenceKindStage().apply(doc);
        return doc.sentenceKinds().get(0);
    }

    @Test
    void kindsOfATableOfSentences() {
        Map<String[], SentenceKind> table = new LinkedHashMap<>();
        table.put(new String[]{"Troops|NNS|2|nsubj|O|troop", "killed|VBD|0|root|O|kill", "12|CD|4|nummod|NUMBER|12",
                "militants|NNS|2|obj|O|militant", "on|IN|6|case|O|on", "Sunday|NNP|2|obl|DATE|Sunday", ".|.|2|punct"},
                SentenceKind.REPORT);
        table.put(new String[]{"Pakistan|NNP|2|nsubj|LOCATION|Pakistan", "says|VBZ|0|root|O|say",
                "militants|NNS|4|nsubj|O|militant", "killed|VBD|2|ccomp|O|kill", "23|CD|6|nummod|NUMBER|23",
                "soldiers|NNS|4|obj|O|soldier", ".|.|2|punct"}, SentenceKind.QUOTE);
        table.put(new String[]{"Why|WRB|4|advmod|O|why", "should|MD|4|aux|O|should", "we|PRP|4|nsubj|O|we",
                "trust|VB|0|root|O|trust", "them|PRP|4|obj|O|they", "?|.|4|punct"}, SentenceKind.QUESTION);
        table.put(new String[]{"Stop|VB|0|root|O|stop", "the|DT|3|det|O|the", "war|NN|1|obj|O|war", ".|.|1|punct"},
                SentenceKind.CALL_TO_ACTION);
        table.put(new String[]{"The|DT|2|det|O|the", "government|NN|4|nsubj|O|government", "must|MD|4|aux|O|must",
                "act|VB|0|root|O|act", "now|RB|4|advmod|O|now", ".|.|4|punct"}, SentenceKind.CALL_TO_ACTION);
        table.put(new String[]{"We|PRP|2|nsubj|O|we", "urge|VBP|0|root|O|urge", "both|DT|4|det|O|both",
                "sides|NNS|2|obj|O|side", "to|TO|6|mark|O|to", "talk|VB|2|xcomp|O|talk", ".|.|2|punct"},
                SentenceKind.CALL_TO_ACTION);
        table.put(new String[]{"This|DT|2|det|O|this", "decision|NN|4|nsubj|O|decision", "is|VBZ|4|cop|O|be",
                "shameful|JJ|0|root|O|shameful", ".|.|4|punct"}, SentenceKind.OPINION);
        table.put(new String[]{"I|PRP|2|nsubj|O|I", "believe|VBP|0|root|O|believe", "the|DT|4|det|O|the",
                "deal|NN|6|nsubj|O|deal", "will|MD|6|aux|O|will", "fail|VB|2|ccomp|O|fail", ".|.|2|punct"},
                SentenceKind.OPINION);
        table.put(new String[]{"Such|JJ|2|amod|O|such", "raids|NNS|5|nsubj:pass|O|raid", "should|MD|5|aux|O|should",
                "never|RB|5|advmod|O|never", "happen|VB|0|root|O|happen", ".|.|5|punct"}, SentenceKind.OPINION);
        for (Map.Entry<String[], SentenceKind> e : table.entrySet()) {
            assertEquals(e.getValue(), kindOf(e.getKey()), String.join(" ", List.of(e.getKey())));
        }
    }

    @Test
    void aQuotedQuestionIsAQuote() {
        assertEquals(SentenceKind.QUOTE, kindOf("\u201c|``|3|punct", "Who|WP|3|nsubj|O|who", "pays|VBZ|8|ccomp|O|pay",
                "for|IN|5|case|O|for", "this|DT|3|obl|O|this", "?|.|3|punct", "\u201d|''|8|punct",
                "asked|VBD|0|root|O|ask", "a|DT|10|det|O|a", "farmer|NN|8|nsubj|O|farmer", ".|.|8|punct"));
    }
}
