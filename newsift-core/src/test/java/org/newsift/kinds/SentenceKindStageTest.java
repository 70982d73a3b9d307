package org.newsift.kinds;

import org.junit.jupiter.api.Test;
import org.newsift.actors.ActorLayers;
import org.newsift.actors.ActorLexicon;
import org.newsift.actors.ActorResolver;
import org.newsift.attribution.CueLexicon;
import org.newsift.attribution.QuoteStage;
import org.newsift.lang.LanguageLayers;
import org.newsift.model.Article;
import org.newsift.model.SentenceKind;
import org.newsift.nlp.NlpLayers;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.testing.ParsedSentences;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kind of each of a table of hand-parsed sentences (written for the newsift project). */
class SentenceKindStageTest {

    private static SentenceKind kindOf(String... tokens) {
        ParsedSentences p = new ParsedSentences().add(tokens);
        AnnotatedDocument doc = new AnnotatedDocument(new Article("t", null, null, null, p.text()));
        doc.put(LanguageLayers.LANGUAGE, "en");
        doc.put(NlpLayers.NLP, p.result());
        doc.put(ActorLayers.ACTORS, new ActorResolver(ActorLexicon.builtIn()).resolve(p.text(), p.result(), null));
        new QuoteStage(CueLexicon.builtIn()).apply(doc);
        new SentenceKindStage().apply(doc);
        return doc.get(SentenceKindLayers.SENTENCE_KINDS).get(0);
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
    void theWritersJudgementsAndForecastsAreOpinion() {
        Map<String[], SentenceKind> table = new LinkedHashMap<>();
        table.put(new String[]{"Patience|NN|5|nsubj|O|patience", "is|VBZ|5|cop|O|be", "not|RB|5|advmod|O|not",
                "an|DT|5|det|O|a", "option|NN|0|root|O|option", ".|.|5|punct"}, SentenceKind.OPINION);
        table.put(new String[]{"This|DT|4|det|O|this", "regional|JJ|4|amod|O|regional", "powder|NN|4|compound|O|powder",
                "keg|NN|9|nsubj|O|keg", "is|VBZ|9|cop|O|be", "not|RB|9|advmod|O|not", "just|RB|9|advmod|O|just",
                "local|JJ|9|amod|O|local", "news|NN|0|root|O|news", ".|.|9|punct"}, SentenceKind.OPINION);
        table.put(new String[]{"The|DT|2|det|O|the", "retreat|NN|4|nsubj|O|retreat", "will|MD|4|aux|O|will",
                "embolden|VB|0|root|O|embolden", "hostile|JJ|6|amod|O|hostile", "elements|NNS|4|obj|O|element",
                ".|.|4|punct"}, SentenceKind.OPINION);
        table.put(new String[]{"Talks|NNS|3|nsubj|O|talk", "will|MD|3|aux|O|will", "change|VB|0|root|O|change",
                "nothing|NN|3|obj|O|nothing", ".|.|3|punct"}, SentenceKind.OPINION);
        table.put(new String[]{"The|DT|2|det|O|the", "plan|NN|5|nsubj|O|plan", "is|VBZ|5|cop|O|be", "a|DT|5|det|O|a",
                "recipe|NN|0|root|O|recipe", "for|IN|7|case|O|for", "chaos|NN|5|nmod|O|chaos", ".|.|5|punct"},
                SentenceKind.OPINION);
        table.put(new String[]{"The|DT|2|det|O|the", "promises|NNS|3|nsubj|O|promise", "sound|VBP|0|root|O|sound",
                "generous|JJ|3|xcomp|O|generous", ".|.|3|punct"}, SentenceKind.OPINION);
        table.put(new String[]{"But|CC|3|cc|O|but", "let|VB|0|root|O|let", "'s|PRP|3|obj|O|we", "not|RB|5|advmod|O|not",
                "forget|VB|3|xcomp|O|forget", "the|DT|7|det|O|the", "logo|NN|5|obj|O|logo", ".|.|3|punct"},
                SentenceKind.CALL_TO_ACTION);
        // what news writes in the same forms stays a report
        table.put(new String[]{"The|DT|2|det|O|the", "bank|NN|4|nsubj|O|bank", "will|MD|4|aux|O|will",
                "publish|VB|0|root|O|publish", "its|PRP$|6|nmod:poss|O|its", "report|NN|4|obj|O|report", "on|IN|8|case|O|on",
                "May|NNP|4|obl|DATE|May", "2|CD|8|nummod|DATE|2", ".|.|4|punct"}, SentenceKind.REPORT);
        table.put(new String[]{"The|DT|2|det|O|the", "deal|NN|5|nsubj|O|deal", "is|VBZ|5|cop|O|be", "a|DT|5|det|O|a",
                "merger|NN|0|root|O|merger", "of|IN|7|case|O|of", "equals|NNS|5|nmod|O|equal", ".|.|5|punct"}, SentenceKind.REPORT);
        table.put(new String[]{"Prices|NNS|2|nsubj|O|price", "remained|VBD|0|root|O|remain", "firm|JJ|2|xcomp|O|firm",
                ".|.|2|punct"}, SentenceKind.REPORT);
        table.put(new String[]{"The|DT|2|det|O|the", "sale|NN|5|nsubj:pass|O|sale", "must|MD|5|aux|O|must",
                "be|VB|5|aux:pass|O|be", "approved|VBN|0|root|O|approve", "by|IN|8|case|O|by", "the|DT|8|det|O|the",
                "board|NN|5|obl|O|board", ".|.|5|punct"}, SentenceKind.REPORT);
        table.put(new String[]{"This|DT|2|det|O|this", "sale|NN|5|nsubj:pass|O|sale", "must|MD|5|aux|O|must",
                "be|VB|5|aux:pass|O|be", "stopped|VBN|0|root|O|stop", ".|.|5|punct"}, SentenceKind.OPINION);
        for (Map.Entry<String[], SentenceKind> e : table.entrySet()) {
            assertEquals(e.getValue(), kindOf(e.getKey()), String.join(" ", List.of(e.getKey())));
        }
    }

    @Test
    void aForecastAttributedToASourceIsNotTheWritersOpinion() {
        SentenceKind kind = kindOf("The|DT|2|det|O|the", "retreat|NN|4|nsubj|O|retreat", "will|MD|4|aux|O|will",
                "embolden|VB|0|root|O|embolden", "rebels|NNS|4|obj|O|rebel", ",|,|4|punct", "according|VBG|9|case|O|according",
                "to|TO|7|fixed|O|to", "analysts|NNS|4|obl|O|analyst", ".|.|4|punct");
        assertTrue(kind == SentenceKind.REPORT || kind == SentenceKind.QUOTE, kind.toString());
    }

    @Test
    void aQuotedQuestionIsAQuote() {
        assertEquals(SentenceKind.QUOTE, kindOf("\u201c|``|3|punct", "Who|WP|3|nsubj|O|who", "pays|VBZ|8|ccomp|O|pay",
                "for|IN|5|case|O|for", "this|DT|3|obl|O|this", "?|.|3|punct", "\u201d|''|8|punct",
                "asked|VBD|0|root|O|ask", "a|DT|10|det|O|a", "farmer|NN|8|nsubj|O|farmer", ".|.|8|punct"));
    }
}
