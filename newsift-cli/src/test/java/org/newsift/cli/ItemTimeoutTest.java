package org.newsift.cli;

import org.junit.jupiter.api.Test;
import org.newsift.input.InputRejected;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-item time limit: work that heeds the interrupt is stopped; work that never ends is given up. */
class ItemTimeoutTest {

    /** Spins until interrupted, as the pipeline does between stages, then throws. */
    private static String spinUntilInterrupted() {
        while (!Thread.currentThread().isInterrupted()) {
            Thread.onSpinWait();
        }
        throw new IllegalStateException("interrupted");
    }

    @Test
    void workPastTheLimitIsStoppedAsARejectedInput() {
        try (ItemTimeout timeout = new ItemTimeout(Duration.ofMillis(200))) {
            InputRejected e = assertThrows(InputRejected.class, () -> timeout.run(ItemTimeoutTest::spinUntilInterrupted));
            assertTrue(e.getMessage().contains("--item-timeout"), e.getMessage());
            assertFalse(Thread.currentThread().isInterrupted(), "the interrupt must not reach the next item");
        }
    }

    @Test
    void workWithinTheLimitKeepsItsResultAndItsThreadIsNeverInterrupted() throws InterruptedException {
        try (ItemTimeout timeout = new ItemTimeout(Duration.ofMillis(300))) {
            for (int i = 0; i < 20; i++) {
                assertEquals("done", timeout.run(() -> "done"));
            }
            Thread.sleep(500); // past every alarm that was cancelled
            assertFalse(Thread.currentThread().isInterrupted());
        }
    }

    @Test
    void anOrderedBatchGivesUpAnItemThatIgnoresTheInterruptAndGoesOn() throws InterruptedException {
        List<String> out = new ArrayList<>();
        // item 1 never ends, whatever happens to its thread; the others are quick
        OrderedParallel<Integer, String> batch = new OrderedParallel<>(1, i -> {
            if (i == 1) {
                while (true) {
                    Thread.onSpinWait();
                    if (Thread.interrupted()) {
                        continue; // a runaway that swallows interrupts
                    }
                }
            }
            return "ok " + i;
        }, Duration.ofMillis(300), i -> "given up " + i);

        batch.run(IntStream.range(0, 5).boxed().iterator(), out::add);

        assertEquals(List.of("ok 0", "given up 1", "ok 2", "ok 3", "ok 4"), out);
    }
}
