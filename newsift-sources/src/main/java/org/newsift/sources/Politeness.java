package org.newsift.sources;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps at least a minimum delay between two requests to the same host, so a feed of fifty links to one site
 * does not hit it fifty times at once. Hosts are independent: a request to another host does not wait.
 */
public final class Politeness {

    /** Monotonic time and sleeping; the system's outside tests, a fake clock in them. */
    public interface Clock {
        long nanoTime();

        void sleep(Duration d) throws InterruptedException;

        Clock SYSTEM = new Clock() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(Duration d) throws InterruptedException {
                Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
            }
        };
    }

    private final long delayNanos;
    private final Clock clock;
    private final Map<String, Long> nextAllowed = new HashMap<>();

    public Politeness(Duration delay, Clock clock) {
        this.delayNanos = delay.toNanos();
        this.clock = clock;
    }

    /** Waits until {@code host} may be asked again, then books the next slot for it. */
    public synchronized void await(String host) throws InterruptedException {
        String key = host.toLowerCase(Locale.ROOT);
        Long next = nextAllowed.get(key);
        long now = clock.nanoTime();
        if (next != null && next - now > 0) {
            clock.sleep(Duration.ofNanos(next - now));
            now = clock.nanoTime();
        }
        nextAllowed.put(key, now + delayNanos);
    }
}
