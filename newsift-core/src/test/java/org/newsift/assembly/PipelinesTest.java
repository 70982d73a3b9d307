package org.newsift.assembly;

import org.junit.jupiter.api.Test;
import org.newsift.lang.LanguageIdentifier;
import org.newsift.model.Article;
import org.newsift.model.Analysis;
import org.newsift.nlp.NlpAnnotator;
import org.newsift.nlp.NlpResult;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.LayerKey;
import org.newsift.pipeline.Stage;
import org.newsift.rhetoric.ArticleStanceStage;
import org.newsift.testing.ParsedSentences;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelinesTest {

    private static Stage named(String name) {
        return new Stage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<LayerKey<?>> requires() {
                return Set.of();
            }

            @Override
            public Set<LayerKey<?>> provides() {
                return Set.of();
            }

            @Override
            public void apply(AnnotatedDocument doc) {
            }
        };
    }

    private static List<String> names(List<Stage> stages) {
        return stages.stream().map(Stage::name).toList();
    }

    @Test
    void stagesGoInByName() {
        List<Stage> core = List.of(named("a"), named("b"), named("c"));
        assertEquals(List.of("a", "x", "y", "b", "c"), names(Pipelines.insertAfter(core, "a", named("x"), named("y"))));
        assertEquals(List.of("a", "b", "x", "c"), names(Pipelines.insertBefore(core, "c", named("x"))));
        assertEquals(List.of("a", "b", "c", "x"), names(Pipelines.insertAfter(core, "c", named("x"))));
    }

    @Test
    void anUnknownNameFailsNamingTheStagesThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pipelines.insertAfter(List.of(named("a"), named("b")), "nlp", named("x")));
        assertEquals("no stage named 'nlp' in [a, b]", e.getMessage());
    }

    @Test
    void theStanceStageSetsGenreAndSpinAfterTheCueStage() throws IOException {
        ParsedSentences p = new ParsedSentences()
                .add("Officials|NNS|2|nsubj", "met|VBD|0|root", "on|IN|4|case", "Monday|NNP|2|obl", ".|.|2|punct");
        NlpAnnotator nlp = new NlpAnnotator() {
            @Override
            public String name() {
                return "fixture-nlp";
            }

            @Override
            public NlpResult annotate(String text) {
                return p.result();
            }
        };
        Pipeline pipeline = Pipelines.standard(nlp, NewsiftConfig.defaults());
        List<String> order = names(pipeline.stages());
        assertEquals(ArticleStanceStage.NAME, order.get(order.size() - 1));
        Analysis a = pipeline.analyze(new Article("t", null, null, "2026-03-09", p.text()));
        assertEquals("reporting", a.summary().genre());
        assertTrue(a.summary().spin() != null && a.summary().spin() >= 0 && a.summary().spin() <= 1);
    }
}
