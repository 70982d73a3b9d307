package org.newsift.models;

import org.junit.jupiter.api.Test;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;
import org.newsift.nlp.NlpAnnotator;
import org.newsift.nlp.NlpResult;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link ModelPipelines#load}: the NLP annotator loads beside the models, and either load's error reaches the caller. */
class ModelPipelinesLoadTest {
    private static final NlpAnnotator NO_NLP = new NlpAnnotator() {
        @Override
        public NlpResult annotate(String text) {
            return new NlpResult(List.of(), List.of());
        }

        @Override
        public String name() {
            return "no-nlp-1";
        }
    };

    @Test
    void thePipelineRunsTheAnnotatorTheSupplierLoaded() throws IOException {
        Pipeline pipeline = ModelPipelines.load(() -> NO_NLP, NewsiftConfig.defaults(), ModelPipelines.Options.defaults());
        assertTrue(pipeline.stages().stream().anyMatch(s -> s.name().equals("no-nlp-1")), "the NLP stage is the supplier's");
    }

    @Test
    void theAnnotatorsLoadErrorIsThrownAsItWasThrown() {
        IllegalStateException error = new IllegalStateException("no CoreNLP models on the classpath");
        assertSame(error, assertThrows(IllegalStateException.class, () -> ModelPipelines.load(() -> {
            throw error;
        }, NewsiftConfig.defaults(), ModelPipelines.Options.defaults())));
    }

    @Test
    void aLexiconErrorDoesNotWaitForTheAnnotator() {
        CountDownLatch never = new CountDownLatch(1);
        NewsiftConfig missingActors = new NewsiftConfig(true, List.of(), List.of(Path.of("no-such-actors.txt")), List.of());
        // the annotator never finishes loading: a load that waited for it would hang here
        IOException error = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> assertThrows(IOException.class,
                () -> ModelPipelines.load(() -> {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return NO_NLP;
                }, missingActors, ModelPipelines.Options.defaults())));
        assertTrue(error.getMessage().contains("no-such-actors.txt"), error.getMessage());
    }
}
