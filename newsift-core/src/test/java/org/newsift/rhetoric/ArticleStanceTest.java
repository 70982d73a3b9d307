package org.newsift.rhetoric;

import org.junit.jupiter.api.Test;
import org.newsift.kinds.SentenceKindLayers;
import org.newsift.model.Article;
import org.newsift.model.Rhetoric;
import org.newsift.model.SentenceKind;
import org.newsift.nlp.NlpLayers;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.testing.ParsedSentences;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentences written for the newsift project. */
class ArticleStanceTest {

    private static AnnotatedDocument doc(String title, ParsedSentences p, List<SentenceKind> kinds, List<Rhetoric> spans) {
        AnnotatedDocument d = new AnnotatedDocument(new Article("a", title, null, null, p.text()));
        d.put(NlpLayers.NLP, p.result());
        d.put(SentenceKindLayers.SENTENCE_KINDS, kinds);
        d.put(RhetoricLayers.RHETORIC, spans);
        return d;
    }

    private static final ParsedSentences REPORT = new ParsedSentences()
            .add("Officials|NNS|2|nsubj", "met|VBD|0|root", "on|IN|4|case", "Monday|NNP|2|obl", ".|.|2|punct")
            .add("Talks|NNS|2|nsubj", "continue|VBP|0|root", "today|NN|2|obl:tmod", ".|.|2|punct");

    @Test
    void plainReportingHasNoSpin() {
        AnnotatedDocument d = doc(null, REPORT, List.of(SentenceKind.REPORT, SentenceKind.REPORT), List.of());
        ArticleStance.assess(d, SatireCues.builtIn());
        assertEquals("reporting", d.get(RhetoricLayers.GENRE));
        assertEquals(0.0, d.get(RhetoricLayers.SPIN));
    }

    @Test
    void firstPersonAndTechniquesMakeOpinionWithSpin() {
        ParsedSentences p = new ParsedSentences()
                .add("We|PRP|2|nsubj", "must|MD|3|aux", "stop|VB|0|root", "this|DT|5|det", "disgrace|NN|3|obj", ".|.|3|punct")
                .add("Talks|NNS|2|nsubj", "continue|VBP|0|root", "today|NN|2|obl:tmod", ".|.|2|punct");
        Rhetoric loaded = new Rhetoric(18, 26, "disgrace", "Loaded_Language", 0.6, "cue");
        AnnotatedDocument d = doc(null, p, List.of(SentenceKind.CALL_TO_ACTION, SentenceKind.REPORT), List.of(loaded));
        ArticleStance.assess(d, SatireCues.builtIn());
        assertEquals("opinion", d.get(RhetoricLayers.GENRE));
        // 0.4 x min(1, 0.6 x 100 / 10 tokens / 4) + 0.3 x mean(0.6, 0) strongest span per sentence + 0.3 x 1/2 not reporting
        assertEquals(0.64, d.get(RhetoricLayers.SPIN), 1e-9);
    }

    @Test
    void satireCuesWin() {
        AnnotatedDocument d = doc("Minister declares Monday cancelled | The Daily Mash", REPORT,
                List.of(SentenceKind.REPORT, SentenceKind.REPORT), List.of());
        ArticleStance.assess(d, SatireCues.builtIn());
        assertEquals("satire", d.get(RhetoricLayers.GENRE));
    }

    @Test
    void theUsersSatireCuesAddAndSwitchOffPhrases() throws IOException {
        // the cue files are written for this test
        SatireCues noMash = SatireCues.builder().add(new StringReader("-the daily mash\n"), "mine.txt").build();
        AnnotatedDocument mash = doc("Minister declares Monday cancelled | The Daily Mash", REPORT,
                List.of(SentenceKind.REPORT, SentenceKind.REPORT), List.of());
        ArticleStance.assess(mash, noMash);
        assertEquals("reporting", mash.get(RhetoricLayers.GENRE));
        SatireCues talks = SatireCues.builder().add(new StringReader("Talks continue today\n"), "mine.txt").build();
        AnnotatedDocument met = doc(null, REPORT, List.of(SentenceKind.REPORT, SentenceKind.REPORT), List.of());
        ArticleStance.assess(met, talks);
        assertEquals("satire", met.get(RhetoricLayers.GENRE));
    }

    @Test
    void spinStaysInTheUnitInterval() {
        assertEquals(1.0, ArticleStance.spin(50, 1, 1));
        assertEquals(0.0, ArticleStance.spin(0, 0, 0));
        assertTrue(ArticleStance.spin(2, 0.5, 0.2) < ArticleStance.spin(3, 0.5, 0.2));
    }
}
