package org.newsift.sources;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that only moves when someone sleeps on it, recording each sleep. */
final class FakeClock implements Politeness.Clock {
    private volatile long now = 1_000_000_000L;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public void sleep(Duration d) {
        sleeps.add(d);
        now += d.toNanos();
    }

    Duration elapsed() {
        return Duration.ofNanos(now - 1_000_000_000L);
    }
}
