package org.newsift.eval;

import org.newsift.corenlp.CoreNlpAnnotator;
import org.newsift.events.EventClassifier;
import org.newsift.lang.LanguageIdentifier;
import org.newsift.models.MiniLmEventClassifier;
import org.newsift.nlp.NlpAnnotator;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;
import org.newsift.assembly.Pipelines;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every task shares: the data dir, the run mode, and the expensive models, built once per JVM
 * on first use (CoreNLP takes ~20 s and ~3 GB to load, and is thread-safe).
 */
public final class EvalContext {
    private final Path dataDir;
    private final boolean full;
    private final int threads;
    private final Supplier<NlpAnnotator> annotatorFactory;
    private NlpAnnotator annotator;
    private LanguageIdentifier languages;
    private boolean model;

    public EvalContext(Path dataDir, boolean full, int threads) {
        this(dataDir, full, threads, CoreNlpAnnotator::new);
    }

    public EvalContext(Path dataDir, boolean full, int threads, Supplier<NlpAnnotator> annotatorFactory) {
        this.dataDir = dataDir;
        this.full = full;
        this.threads = threads;
        this.annotatorFactory = annotatorFactory;
    }

    /** With {@code true} ({@code --model}), the MiniLM event model also codes verbs the patterns miss. */
    public EvalContext withModel(boolean on) {
        this.model = on;
        return this;
    }

    /** Whether the pipelines get the event model. */
    public boolean model() {
        return model;
    }

    /** The event model the pipelines get: the built-in MiniLM one with {@code --model}, else none. */
    public EventClassifier classifier() {
        return model ? MiniLmEventClassifier.builtIn() : EventClassifier.NONE;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** True with {@code --full}: run whole datasets instead of the CI subsets. */
    public boolean full() {
        return full;
    }

    public int threads() {
        return threads;
    }

    public synchronized NlpAnnotator annotator() {
        if (annotator == null) {
            long t0 = System.nanoTime();
            annotator = annotatorFactory.get();
            System.err.printf("[eval] loaded %s in %.1f s%n", annotator.name(), (System.nanoTime() - t0) / 1e9);
        }
        return annotator;
    }

    public synchronized LanguageIdentifier languages() {
        if (languages == null) {
            languages = new LanguageIdentifier();
        }
        return languages;
    }

    /**
     * The standard pipeline with the lexicons {@code config} describes and the event model
     * ({@link #classifier()}), on the shared annotator.
     */
    public Pipeline pipeline(NewsiftConfig config) throws IOException {
        return pipeline(config, classifier());
    }

    /** The standard pipeline with the lexicons {@code config} describes and the given event model. */
    public Pipeline pipeline(NewsiftConfig config, EventClassifier classifier) throws IOException {
        return Pipelines.standard(annotator(), config.actorLexicon(), config.eventPatterns(), classifier, languages());
    }

    /**
     * Applies {@code f} to every item on {@link #threads()} threads and returns the results in input
     * order. Keep results small (counts, codes), not whole analyses, so full runs fit in memory.
     */
    public <T, R> List<R> map(String label, List<T> items, Function<T, R> f) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(100, items.size() / 10);
        long t0 = System.nanoTime();
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    R r = f.apply(item);
                    int n = done.incrementAndGet();
                    if (n % step == 0) {
                        System.err.printf("[%s] %d/%d (%.0f s)%n", label, n, items.size(), (System.nanoTime() - t0) / 1e9);
                    }
                    return r;
                }));
            }
            List<R> out = new ArrayList<>(items.size());
            for (Future<R> fu : futures) {
                try {
                    out.add(fu.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(label + ": " + e.getCause(), e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
