package org.newsift.rhetoric;

import org.junit.jupiter.api.Test;
import org.newsift.attribution.AttributionLayers;
import org.newsift.kinds.SentenceKindLayers;
import org.newsift.model.Article;
import org.newsift.model.Quote;
import org.newsift.model.Rhetoric;
import org.newsift.model.SentenceKind;
import org.newsift.model.TextSpan;
import org.newsift.nlp.NlpLayers;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.testing.ParsedSentences;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Whose words a span is, and that spin counts only the writer's (issue 11). The sentences and their parses are
 * written for the newsift project.
 */
class SpanVoiceTest {

    private static AnnotatedDocument assessed(ParsedSentences p, List<Quote> quotes, Rhetoric span) {
        AnnotatedDocument d = new AnnotatedDocument(new Article("a", null, null, null, p.text()));
        d.put(NlpLayers.NLP, p.result());
        d.put(SentenceKindLayers.SENTENCE_KINDS,
                Collections.nCopies(p.result().sentences().size(), SentenceKind.REPORT));
        d.put(AttributionLayers.QUOTES, quotes);
        d.put(RhetoricLayers.RHETORIC, List.of(span));
        ArticleStance.assess(d, SatireCues.builtIn());
        return d;
    }

    private static Rhetoric span(ParsedSentences p, String words, String technique) {
        int start = p.text().indexOf(words);
        return new Rhetoric(start, start + words.length(), words, technique, 0.6, "cue");
    }

    private static String voiceOf(AnnotatedDocument d) {
        return d.get(RhetoricLayers.RHETORIC).get(0).voice();
    }

    @Test
    void loadedWordsInsideQuotationMarksAreQuotedAndNoSpin() {
        ParsedSentences p = new ParsedSentences().add("The|DT|2|det", "minister|NN|3|nsubj", "called|VBD|0|root",
                "the|DT|5|det", "deal|NN|3|obj", "\u201c|``|8|punct", "a|DT|8|det", "shameful|JJ|8|amod",
                "betrayal|NN|3|xcomp", "\u201d|''|8|punct", ".|.|3|punct");
        AnnotatedDocument d = assessed(p, List.of(), span(p, "shameful betrayal", "Loaded_Language"));
        assertEquals(Rhetoric.QUOTED, voiceOf(d));
        assertEquals(0.0, d.get(RhetoricLayers.SPIN), "a quoted loaded word is the minister's, not the writer's spin");
    }

    @Test
    void aSpanInReportedSpeechIsQuoted() {
        ParsedSentences p = new ParsedSentences().add("Officials|NNS|2|nsubj", "said|VBD|0|root", "the|DT|4|det",
                "plan|NN|6|nsubj", "would|MD|6|aux", "destroy|VB|2|ccomp", "the|DT|8|det", "economy|NN|6|obj",
                ".|.|2|punct");
        int start = p.text().indexOf("the plan");
        int end = p.text().lastIndexOf('.');
        Quote reported = new Quote(start, end, p.text().substring(start, end), false, null, null, null,
                "reported speech");
        AnnotatedDocument d = assessed(p, List.of(reported),
                span(p, "would destroy the economy", "Appeal_to_fear-prejudice"));
        assertEquals(Rhetoric.QUOTED, voiceOf(d));
        assertEquals(0.0, d.get(RhetoricLayers.SPIN));
    }

    @Test
    void theWritersAnalysisInAClauseOfFindingsStaysTheWriters() {
        ParsedSentences p = new ParsedSentences().add("His|PRP$|2|nmod:poss", "popularity|NN|3|nsubj",
                "shows|VBZ|0|root|O|show", "how|WRB|5|advmod", "badly|RB|7|advmod", "the|DT|7|det",
                "party|NN|8|nsubj", "misjudged|VBD|3|ccomp|O|misjudge", "its|PRP$|10|nmod:poss", "voters|NNS|8|obj",
                ".|.|3|punct");
        int start = p.text().indexOf("how");
        int end = p.text().lastIndexOf('.');
        int cue = p.text().indexOf("shows");
        Quote finding = new Quote(start, end, p.text().substring(start, end), false, null,
                new TextSpan(cue, cue + 5, "shows"), null, "reported speech");
        assertEquals(Rhetoric.WRITER, voiceOf(assessed(p, List.of(finding), span(p, "badly the party misjudged",
                "Loaded_Language"))));
    }

    @Test
    void othersFearsReportedByTheWriterAreQuoted() {
        ParsedSentences many = new ParsedSentences().add("Many|JJ|2|nsubj", "fear|VBP|0|root", "the|DT|4|det",
                "senator|NN|6|nsubj", "will|MD|6|aux", "wreck|VB|2|ccomp", "the|DT|8|det", "economy|NN|6|obj",
                ".|.|2|punct");
        AnnotatedDocument d = assessed(many, List.of(), span(many, "wreck the economy", "Appeal_to_fear-prejudice"));
        assertEquals(Rhetoric.QUOTED, voiceOf(d));
        assertEquals(0.0, d.get(RhetoricLayers.SPIN), "the fear is the many's, reported, not the writer's appeal");

        ParsedSentences worries = new ParsedSentences().add("Worries|NNS|2|nsubj|O|worry", "grew|VBD|0|root",
                "that|IN|7|mark", "the|DT|5|det", "deal|NN|7|nsubj", "will|MD|7|aux", "ruin|VB|2|ccomp",
                "farmers|NNS|7|obj", ".|.|2|punct");
        assertEquals(Rhetoric.QUOTED, voiceOf(assessed(worries, List.of(),
                span(worries, "ruin farmers", "Appeal_to_fear-prejudice"))));
    }

    @Test
    void theWritersOwnFearAndAppealStayTheWriters() {
        ParsedSentences we = new ParsedSentences().add("We|PRP|2|nsubj", "fear|VBP|0|root", "the|DT|4|det",
                "deal|NN|6|nsubj", "will|MD|6|aux", "ruin|VB|2|ccomp", "farmers|NNS|6|obj", ".|.|2|punct");
        AnnotatedDocument d = assessed(we, List.of(), span(we, "ruin farmers", "Appeal_to_fear-prejudice"));
        assertEquals(Rhetoric.WRITER, voiceOf(d));
        assertEquals(true, d.get(RhetoricLayers.SPIN) > 0, "the writer's own fear appeal is spin");

        ParsedSentences urged = new ParsedSentences().add("Voters|NNS|3|nsubj", "should|MD|3|aux", "fear|VB|0|root",
                "this|DT|5|det", "deal|NN|3|obj", ".|.|3|punct");
        assertEquals(Rhetoric.WRITER, voiceOf(assessed(urged, List.of(),
                span(urged, "should fear this deal", "Appeal_to_fear-prejudice"))));

        // a short scare quote inside the writer's longer span leaves the span the writer's
        ParsedSentences scare = new ParsedSentences().add("This|DT|4|det", "so-called|JJ|4|amod", "\u201c|``|4|punct",
                "reform|NN|6|nsubj", "\u201d|''|4|punct", "betrays|VBZ|0|root", "every|DT|8|det", "farmer|NN|6|obj",
                ".|.|6|punct");
        assertEquals(Rhetoric.WRITER, voiceOf(assessed(scare, List.of(),
                span(scare, "reform \u201d betrays every farmer", "Loaded_Language"))));
    }
}
