package org.newsift.cli;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a stream of items on several threads and hands the results on in input order. At most
 * {@code threads * 4} items are in flight, so a 100,000-line batch never sits in memory at once.
 *
 * <p>Input order means the batch waits for its oldest item. So that one item that never ends (work that ignores
 * the interrupt of {@link ItemTimeout}) cannot stall the batch forever, an item still running {@code giveUpAfter}
 * after it started is given up: its result is {@code givenUp}'s, its thread is left to end on its own, and the
 * pool gets one more thread in its place.
 *
 * <p>A result is handed on as soon as it and those before it are done, also while the source waits for its next
 * item: an ingest of a feed polled with {@code --every} stores each round's articles during the round, not when
 * the next round brings more.
 */
final class OrderedParallel<I, O> {
    private final int threads;
    private final Function<I, O> work;
    private final Duration giveUpAfter;
    private final Function<I, O> givenUp;
    /** How often the results are looked at while the source waits for its next item. */
    private static final long WAIT_STEP_MILLIS = 50;

    OrderedParallel(int threads, Function<I, O> work) {
        this(threads, work, Duration.ZERO, null);
    }

    /** @param giveUpAfter zero to wait as long as each item takes */
    OrderedParallel(int threads, Function<I, O> work, Duration giveUpAfter, Function<I, O> givenUp) {
        this.threads = threads;
        this.work = work;
        this.giveUpAfter = giveUpAfter;
        this.givenUp = givenUp;
    }

    /** One item in flight: when it started (0 while queued), and its result to come. */
    private final class Flight {
        final I item;
        volatile long startedNanos;
        Future<O> result;

        Flight(I item) {
            this.item = item;
        }

        O run() {
            startedNanos = System.nanoTime();
            return work.apply(item);
        }
    }

    void run(Iterator<I> items, Consumer<O> sink) throws InterruptedException {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(threads, r -> daemon(r, "newsift-worker"));
        ExecutorService waiter = Executors.newSingleThreadExecutor(r -> daemon(r, "newsift-input-wait"));
        try {
            Deque<Flight> inFlight = new ArrayDeque<>();
            int window = threads * 4;
            while (hasNext(items, inFlight, sink, pool, waiter)) {
                Flight f = new Flight(items.next());
                f.result = pool.submit(f::run);
                inFlight.add(f);
                if (inFlight.size() >= window) {
                    sink.accept(await(inFlight.poll(), pool));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.poll(), pool));
            }
        } finally {
            waiter.shutdownNow();
            pool.shutdownNow();
        }
    }

    /**
     * Whether another item comes. A source may wait long for it (a feed between {@code --every} polls): it waits on
     * another thread, while the results finished meanwhile are handed on, so that they are not held back until
     * the next item or the end. Only the waiting moves: {@code next()} and the sink stay on the calling thread.
     */
    private boolean hasNext(Iterator<I> items, Deque<Flight> inFlight, Consumer<O> sink, ThreadPoolExecutor pool,
                            ExecutorService waiter) throws InterruptedException {
        Future<Boolean> more = waiter.submit(items::hasNext);
        while (true) {
            while (!inFlight.isEmpty() && inFlight.peek().result.isDone()) {
                sink.accept(await(inFlight.poll(), pool));
            }
            try {
                return more.get(WAIT_STEP_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // the source still waits: look at the results again
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private O await(Flight f, ThreadPoolExecutor pool) throws InterruptedException {
        try {
            if (giveUpAfter.isZero()) {
                return f.result.get();
            }
            while (true) {
                try {
                    return f.result.get(1, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    long started = f.startedNanos;
                    if (started != 0 && System.nanoTime() - started > giveUpAfter.toNanos()) {
                        f.result.cancel(true);
                        // the stuck thread keeps its place in the pool until it ends: add one in its stead
                        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                        return givenUp.apply(f.item);
                    }
                }
            }
        } catch (ExecutionException e) {
            // work functions turn their own failures into results; anything else is a bug
            throw new IllegalStateException(e.getCause());
        }
    }
}
