package org.newsift.server;

import org.newsift.model.Analysis;
import org.newsift.model.Article;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs analyses on a fixed number of workers behind a bounded queue, so a burst of requests cannot pile up
 * unbounded work or memory: a request that finds the queue full, or whose analysis outlasts the timeout, is
 * answered with 503 and a Retry-After header at once.
 */
final class AnalysisQueue implements AutoCloseable {
    static final int RETRY_AFTER_SECONDS = 2;

    private final Analyzer analyzer;
    private final ThreadPoolExecutor pool;
    private final Duration timeout;

    AnalysisQueue(Analyzer analyzer, int workers, int queue, Duration timeout) {
        this.analyzer = analyzer;
        this.timeout = timeout;
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS,
                queue == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(queue),
                r -> {
                    Thread t = new Thread(r, "newsift-analyze");
                    t.setDaemon(true);
                    return t;
                });
    }

    Analysis analyze(Article article) throws InterruptedException {
        Future<Analysis> result;
        try {
            result = pool.submit(() -> analyzer.analyze(article));
        } catch (RejectedExecutionException e) {
            throw new Overloaded("too many analyses in progress; retry later");
        }
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new Overloaded("the analysis took longer than " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** The server cannot take this analysis now: 503 with Retry-After. */
    static final class Overloaded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Overloaded(String message) {
            super(message);
        }
    }
}
