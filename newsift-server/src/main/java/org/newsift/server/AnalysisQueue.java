package org.newsift.server;

import org.newsift.model.Analysis;
import org.newsift.model.Article;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs analyses on a fixed number of workers behind a bounded queue, so a burst of requests cannot pile up
 * unbounded work or memory: a request that finds the queue full, or whose analysis outlasts the timeout, is
 * answered with 503 and a Retry-After header. An analysis that outlasts the timeout is cancelled: its worker is
 * interrupted, and the 503 waits a moment for the worker to be free, so that the next request finds it free.
 */
final class AnalysisQueue implements AutoCloseable {
    static final int RETRY_AFTER_SECONDS = 2;
    /** How long a timed-out request waits for its interrupted analysis to end before it is answered anyway. */
    static final Duration CANCEL_GRACE = Duration.ofSeconds(2);
    private static final System.Logger LOG = System.getLogger(AnalysisQueue.class.getPackageName());

    private final Analyzer analyzer;
    private final ThreadPoolExecutor pool;
    private final Duration timeout;

    AnalysisQueue(Analyzer analyzer, int workers, int queue, Duration timeout) {
        this.analyzer = analyzer;
        this.timeout = timeout;
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS,
                queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue),
                r -> {
                    Thread t = new Thread(r, "newsift-analyze");
                    t.setDaemon(true);
                    return t;
                });
    }

    Analysis analyze(Article article) throws InterruptedException {
        Job job = new Job(article);
        Future<Analysis> result;
        try {
            result = pool.submit(job);
        } catch (RejectedExecutionException e) {
            throw new Overloaded("too many analyses in progress; retry later");
        }
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            cancel(job, result);
            throw new Overloaded("the analysis took longer than " + seconds(timeout) + " and was cancelled");
        } catch (InterruptedException e) {
            result.cancel(true); // nobody waits for it any more
            pool.remove((Runnable) result);
            throw e;
        } catch (ExecutionException e) {
            // the article was read and checked before it was queued: whatever the analyzer throws is the server's fault
            throw new ServerFault(e.getCause());
        }
    }

    /** Interrupts the analysis, or takes it off the queue if it has not started, and waits a moment for it to end. */
    private void cancel(Job job, Future<Analysis> result) throws InterruptedException {
        result.cancel(true);
        pool.remove((Runnable) result); // a queued analysis would hold its place until a worker skipped it
        if (job.started && !job.ended.await(CANCEL_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.log(System.Logger.Level.WARNING, "the analysis of " + job.article.id() + " still runs " + seconds(CANCEL_GRACE)
                    + " after it was cancelled; its worker stays busy until the analyzer notices the interrupt");
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** One analysis, which says whether a worker took it up and when it ended. */
    private final class Job implements Callable<Analysis> {
        private final Article article;
        private final CountDownLatch ended = new CountDownLatch(1);
        private volatile boolean started;

        Job(Article article) {
            this.article = article;
        }

        @Override
        public Analysis call() {
            started = true;
            try {
                return analyzer.analyze(article);
            } finally {
                ended.countDown();
            }
        }
    }

    /** The server cannot take this analysis now: 503 with Retry-After. */
    static final class Overloaded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Overloaded(String message) {
            super(message);
        }
    }
}
