package org.newsift.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a stream of items on several threads and hands the results on in input order. At most
 * {@code threads * 4} items are in flight, so a 100,000-line batch never sits in memory at once.
 */
final class OrderedParallel<I, O> {
    private final int threads;
    private final Function<I, O> work;

    OrderedParallel(int threads, Function<I, O> work) {
        this.threads = threads;
        this.work = work;
    }

    void run(Iterator<I> items, Consumer<O> sink) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsift-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<O>> inFlight = new ArrayDeque<>();
            int window = threads * 4;
            while (items.hasNext()) {
                I item = items.next();
                inFlight.add(pool.submit(() -> work.apply(item)));
                if (inFlight.size() >= window) {
                    sink.accept(await(inFlight.poll()));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O await(Future<O> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            // work functions turn their own failures into results; anything else is a bug
            throw new IllegalStateException(e.getCause());
        }
    }
}
