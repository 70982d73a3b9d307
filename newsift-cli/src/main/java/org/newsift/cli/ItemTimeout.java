package org.newsift.cli;

import org.newsift.input.InputRejected;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code --item-timeout}: interrupts the thread of an analysis that runs past the limit. The pipeline stops at
 * its next check of the interrupt (between stages, and between sentences inside CoreNLP); whatever it throws then
 * becomes an {@link InputRejected} naming the limit, so the batch records the item as rejected and goes on. An
 * analysis that finishes anyway keeps its result.
 */
final class ItemTimeout implements AutoCloseable {
    private final Duration limit;
    private final ScheduledExecutorService timer;

    /** @param limit the most one item may take; zero for no limit */
    ItemTimeout(Duration limit) {
        this.limit = limit;
        this.timer = limit.isZero() ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsift-item-timeout");
            t.setDaemon(true);
            return t;
        });
    }

    Duration limit() {
        return limit;
    }

    /** Runs {@code work} on this thread within the limit. */
    <T> T run(Supplier<T> work) {
        if (timer == null) {
            return work.get();
        }
        Watch watch = new Watch(Thread.currentThread());
        ScheduledFuture<?> alarm = timer.schedule(watch::fire, limit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return work.get();
        } catch (RuntimeException | StackOverflowError e) {
            if (watch.fired()) {
                throw new InputRejected(message());
            }
            throw e;
        } finally {
            alarm.cancel(false);
            watch.disarm();
        }
    }

    String message() {
        return "analysis stopped after " + SourceArgs.describe(limit) + " (the --item-timeout limit; raise it for very long texts)";
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** One item's alarm: it interrupts the worker at most once, and never after the work has ended. */
    private static final class Watch {
        private final Thread worker;
        private boolean fired;
        private boolean ended;

        Watch(Thread worker) {
            this.worker = worker;
        }

        synchronized void fire() {
            if (!ended) {
                fired = true;
                worker.interrupt();
            }
        }

        synchronized boolean fired() {
            return fired;
        }

        /** Called by the worker when the work ends: the interrupt, if it came, must not reach the next item. */
        synchronized void disarm() {
            ended = true;
            if (fired) {
                Thread.interrupted();
            }
        }
    }
}
