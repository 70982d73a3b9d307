package org.newsift.spark;

import org.newsift.corenlp.CoreNlpAnnotator;
import org.newsift.models.ModelPipelines;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one pipeline of an executor JVM, built on first use from the classpath's models (CoreNLP's models jar
 * travels with the application's jars) and shared by every task thread of the executor: the pipeline is
 * thread-safe. It lives in a static field, so it is never serialised with a task nor broadcast from the
 * driver; a task only ever calls {@link #get()} inside {@code mapPartitions}.
 *
 * <p>The assembly is the CLI's default ({@code newsift analyze} with no options): the built-in lexicons and
 * {@link ModelPipelines#standard} with {@link ModelPipelines.Options#defaults()}, so the job's analyses
 * equal the CLI's.
 */
final class ExecutorPipeline {
    private static Pipeline pipeline;
    private static long loadMillis = -1;

    private ExecutorPipeline() {
    }

    /** The executor's pipeline; the first caller builds it while the others wait. */
    static synchronized Pipeline get() {
        if (pipeline == null) {
            long start = System.nanoTime();
            try {
                pipeline = ModelPipelines.load(CoreNlpAnnotator::new, NewsiftConfig.defaults(),
                        ModelPipelines.Options.defaults());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load newsift's built-in lexicons: " + e.getMessage(), e);
            }
            loadMillis = (System.nanoTime() - start) / 1_000_000;
            // in the executor's log: the start-up cost each executor pays once (docs/performance.md)
            System.err.printf("newsift-spark: pipeline loaded in %.1f s, %d MB of heap in use%n", loadMillis / 1000.0,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        }
        return pipeline;
    }

    /** How long building the pipeline took in this JVM, in milliseconds; -1 before it was built. */
    static synchronized long loadMillis() {
        return loadMillis;
    }
}
