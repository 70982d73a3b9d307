package org.newsift.rhetoric;

import org.junit.jupiter.api.Test;
import org.newsift.kinds.SentenceKindLayers;
import org.newsift.model.Article;
import org.newsift.model.Rhetoric;
import org.newsift.model.SentenceKind;
import org.newsift.nlp.NlpLayers;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.testing.ParsedSentences;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A name alone is no persuasion technique (issue 11: an outlet's name was output as Name_Calling). The sentences
 * and their parses are written for the newsift project.
 */
class NameAloneTest {

    private static final ParsedSentences TEXT = new ParsedSentences()
            .add("POLITICO|NNP|2|nsubj|ORGANIZATION", "reported|VBD|0|root", "that|IN|5|mark",
                    "Crooked|JJ|5|nsubj", "Hillary|NNP|4|flat|PERSON", "lost|VBD|2|ccomp", ".|.|2|punct")
            .add("America|NNP|2|nsubj|COUNTRY", "deserves|VBZ|0|root", "better|JJR|2|obj", ".|.|2|punct")
            .add("Jihadist|NNP|2|compound", "Psychopath|NNP|3|nsubj", "Strikes|NNP|0|root", "Again|RB|3|advmod")
            // the tagger takes an outlet's name in capitals for a common noun and the recogniser misses it: its place as the
        // addressee of "told" with a reported clause tells
            .add("Aides|NNS|2|nsubj", "told|VBD|0|root|O|tell", "POLITICO|NN|2|obj|O|politico",
                    "Clinton|NNP|5|nsubj|PERSON", "planned|VBD|2|ccomp", ".|.|2|punct")
            .add("He|PRP|2|nsubj", "told|VBD|0|root|O|tell", "LIES|NNS|2|obj|O|lie", ".|.|2|punct");

    private static Rhetoric span(String words, String technique) {
        int start = TEXT.text().indexOf(words);
        return new Rhetoric(start, start + words.length(), words, technique, 0.5, "model");
    }

    private static List<String> kept(Rhetoric... spans) {
        AnnotatedDocument d = new AnnotatedDocument(new Article("a", null, null, null, TEXT.text()));
        d.put(NlpLayers.NLP, TEXT.result());
        d.put(SentenceKindLayers.SENTENCE_KINDS, Collections.nCopies(5, SentenceKind.REPORT));
        d.put(RhetoricLayers.RHETORIC, List.of(spans));
        ArticleStance.assess(d, SatireCues.builtIn());
        return d.get(RhetoricLayers.RHETORIC).stream().map(Rhetoric::text).toList();
    }

    @Test
    void anOutletsNameIsNoNameCalling() {
        assertEquals(List.of(), kept(span("POLITICO", "Name_Calling,Labeling")));
        assertEquals(List.of(), kept(span("Hillary", "Loaded_Language")));
    }

    @Test
    void anOutletTheRecogniserMissesIsNoNameCallingWhenItIsToldSomething() {
        int told = TEXT.text().indexOf("Aides");
        int start = TEXT.text().indexOf("POLITICO", told);
        Rhetoric outlet = new Rhetoric(start, start + 8, "POLITICO", "Name_Calling,Labeling", 0.5, "model");
        assertEquals(List.of(), kept(outlet));
        int lies = TEXT.text().indexOf("LIES");
        Rhetoric loaded = new Rhetoric(lies, lies + 4, "LIES", "Loaded_Language", 0.5, "model");
        assertEquals(List.of("LIES"), kept(loaded), "what one tells is no name");
    }

    @Test
    void aLabelWithAnEvaluativeWordOrInHeadlineCapitalsStays() {
        assertEquals(List.of("Crooked Hillary"), kept(span("Crooked Hillary", "Name_Calling,Labeling")));
        assertEquals(List.of("Jihadist Psychopath"), kept(span("Jihadist Psychopath", "Name_Calling,Labeling")));
    }

    @Test
    void aCountrysNameMayWaveTheFlag() {
        assertEquals(List.of("America"), kept(span("America", "Flag-Waving")));
        assertEquals(List.of(), kept(span("America", "Loaded_Language")));
    }
}
