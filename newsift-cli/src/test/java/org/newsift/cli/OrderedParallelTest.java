package org.newsift.cli;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrderedParallelTest {

    @Test
    void keepsInputOrderWhenLaterItemsFinishFirst() throws Exception {
        List<Integer> out = new ArrayList<>();
        new OrderedParallel<Integer, Integer>(2, i -> {
            sleep((20 - i) * 2L); // early items are the slow ones
            return i * 10;
        }).run(IntStream.range(0, 20).boxed().iterator(), out::add);
        assertEquals(IntStream.range(0, 20).map(i -> i * 10).boxed().toList(), out);
    }

    @Test
    void runsItemsOnSeveralThreadsAtOnce() throws Exception {
        // Each pair of items must meet at the barrier: with one thread at a time this would time out.
        CyclicBarrier barrier = new CyclicBarrier(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Boolean> met = new ArrayList<>();
        new OrderedParallel<Integer, Boolean>(2, i -> {
            threads.add(Thread.currentThread().getName() + "@" + System.identityHashCode(Thread.currentThread()));
            try {
                barrier.await(5, TimeUnit.SECONDS);
                return true;
            } catch (Exception e) {
                return false;
            }
        }).run(IntStream.range(0, 4).boxed().iterator(), met::add);
        assertEquals(List.of(true, true, true, true), met);
        assertEquals(2, threads.size());
    }

    @Test
    void handsResultsOnWhileTheSourceWaitsForItsNextItem() throws Exception {
        // a feed between polls: two items, then a wait that ends only once both results are out
        CountDownLatch handedOn = new CountDownLatch(2);
        List<Integer> out = new ArrayList<>();
        Iterator<Integer> polled = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                if (next == 2) {
                    try {
                        if (!handedOn.await(10, TimeUnit.SECONDS)) {
                            throw new IllegalStateException("the first round's results were held back");
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return next < 3;
            }

            @Override
            public Integer next() {
                return next++;
            }
        };
        new OrderedParallel<Integer, Integer>(2, i -> i * 10).run(polled, r -> {
            out.add(r);
            handedOn.countDown();
        });
        assertEquals(List.of(0, 10, 20), out);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
