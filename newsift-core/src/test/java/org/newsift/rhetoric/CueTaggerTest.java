package org.newsift.rhetoric;

import org.junit.jupiter.api.Test;
import org.newsift.model.Rhetoric;
import org.newsift.testing.ParsedSentences;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentences written for the newsift project. */
class CueTaggerTest {

    @Test
    void cuesQuestionsAndRepetitionBecomeExplainedSpans() {
        ParsedSentences p = new ParsedSentences()
                .add("The|DT|2|det", "disgraceful|JJ|3|amod", "plan|NN|4|nsubj", "hurts|VBZ|0|root",
                        "working|VBG|6|amod", "families|NNS|4|obj", ".|.|4|punct")
                .add("Who|WP|2|nsubj", "benefits|VBZ|0|root", "from|IN|4|case", "this|DT|2|obl", "?|.|2|punct")
                .add("It|PRP|2|nsubj", "hurts|VBZ|0|root", "working|VBG|4|amod", "families|NNS|2|obj",
                        "again|RB|2|advmod", ".|.|2|punct");
        List<Rhetoric> spans = new CueTagger(RhetoricCues.builtIn()).tag(p.text(), p.result().sentences());
        Rhetoric loaded = find(spans, "Loaded_Language");
        assertEquals("disgraceful", loaded.text());
        assertTrue(loaded.explanation().startsWith("cue: 'disgraceful' is an emotionally loaded word"), loaded.explanation());
        assertTrue(loaded.explanation().contains("(cues.tsv:"), "the explanation names the lexicon line");
        Rhetoric doubt = find(spans, "Doubt");
        assertEquals("Who benefits from this ?", doubt.text()); // the test parser spaces "?"
        assertTrue(doubt.explanation().contains("rhetorical question"), doubt.explanation());
        Rhetoric repeated = find(spans, "Repetition");
        assertEquals("hurts working families", repeated.text());
        assertTrue(repeated.start() > p.text().indexOf("It hurts"), "the first use is not the repetition");
        assertTrue(repeated.explanation().contains("sentence 1"), repeated.explanation());
    }

    @Test
    void aQuotedQuestionIsNotTheWritersDoubt() {
        ParsedSentences p = new ParsedSentences().add("\"|``|3|punct", "Who|WP|3|nsubj", "pays|VBZ|0|root",
                "for|IN|5|case", "this|DT|3|obl", "?|.|3|punct", "\"|''|3|punct");
        assertTrue(new CueTagger(RhetoricCues.builtIn()).tag(p.text(), p.result().sentences()).isEmpty());
    }

    private static Rhetoric find(List<Rhetoric> spans, String technique) {
        return spans.stream().filter(r -> r.technique().equals(technique)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + technique + " in " + spans));
    }
}
