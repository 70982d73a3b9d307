package org.newsift.store;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What an ingest does on a timer while it runs. It writes the ingest errors the database holds back (it writes
 * them in batches, with the next article): every second, since between feed polls neither a full batch nor an
 * article may come for long; on Ctrl-C, for at most a few seconds; and when the ingest ends, normally or not.
 * And it lets the store go when the ingest has not used it for {@link #IDLE} (waiting on analysis, or on a feed
 * between polls), so that readers get it (docs/store.md, "Readers and a writer").
 */
final class WriterUpkeep implements AutoCloseable {
    static final Duration IDLE = Duration.ofMillis(20);
    private static final long EXIT_WAIT_MILLIS = 5_000;

    private final NewsStore store;
    private final Database db;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ingest-upkeep"));
    private final Thread onExit = new Thread(this::flushBeforeExit, "ingest-errors-on-exit");

    WriterUpkeep(NewsStore store) {
        this.store = store;
        this.db = store.database();
        timer.scheduleWithFixedDelay(this::flushQuietly, 1, 1, TimeUnit.SECONDS);
        timer.scheduleWithFixedDelay(this::letGoIfIdle, IDLE.toMillis(), IDLE.toMillis() / 2, TimeUnit.MILLISECONDS);
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    private void letGoIfIdle() {
        try {
            store.letGoIfIdle(IDLE);
        } catch (SQLException | IOException | RuntimeException e) {
            // the next write connects again and reports a real problem
        }
    }

    /** Off the reading thread a failure waits: the errors stay pending and the reading thread's next write reports it. */
    private void flushQuietly() {
        try {
            db.flushErrors();
        } catch (SQLException | RuntimeException e) {
            // left to the reading thread, see above
        }
    }

    /** Bounded, so a database that hangs cannot keep the JVM from exiting. */
    private void flushBeforeExit() {
        Thread flush = daemon(this::flushQuietly, "ingest-errors-exit-flush");
        flush.start();
        try {
            flush.join(EXIT_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Stops the timer and writes what is left; a failure here is the ingest's. */
    @Override
    public void close() {
        timer.shutdown(); // a flush under way finishes; the lock orders it before the last one
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException e) {
            // the JVM is already exiting and runs the hook
        }
        try {
            db.flushErrors();
        } catch (SQLException e) {
            throw new StoreException("cannot record the ingest errors", e);
        }
    }
}
