package org.newsift.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Connects to a store's database as a reader or a writer, waiting while another holds it. DuckDB lets one process
 * hold a file read-write or many hold it read-only, and refuses the other with "Conflicting lock is held": a
 * connection attempt retries that for {@link Database#WAIT}. Within one JVM, DuckDB shares one database
 * instance per file and refuses a read-only connection beside a read-write one, so a gate per file lets
 * readers share it and a writer have it alone. PostgreSQL needs neither: its connections are concurrent.
 */
final class StoreLock {
    private static final long RETRY_MILLIS = 10;
    private static final Map<String, Gate> GATES = new ConcurrentHashMap<>();

    private StoreLock() {
    }

    static Connection connect(StoreLocation location, Database.Access access, String name) throws SQLException {
        long deadline = System.nanoTime() + Database.WAIT.toNanos();
        boolean duckdb = location.dialect() == Dialect.DUCKDB;
        if (duckdb) {
            gate(location).enter(access, deadline, name);
        }
        try {
            Properties p = new Properties();
            if (duckdb && access == Database.Access.READ) {
                p.setProperty("duckdb.read_only", "true");
            }
            while (true) {
                try {
                    Connection c = DriverManager.getConnection(location.jdbcUrl(), p);
                    c.setAutoCommit(false);
                    if (!duckdb && access == Database.Access.READ) {
                        c.setReadOnly(true);
                    }
                    return c;
                } catch (SQLException e) {
                    if (!heldElsewhere(e)) {
                        throw e;
                    }
                    if (System.nanoTime() > deadline) {
                        throw busy(name);
                    }
                    pause();
                }
            }
        } catch (SQLException | RuntimeException e) {
            if (duckdb) {
                gate(location).leave(access);
            }
            throw e;
        }
    }

    /** Called once a connection of {@link #connect} is closed. */
    static void released(StoreLocation location, Database.Access access) {
        if (location.dialect() == Dialect.DUCKDB) {
            gate(location).leave(access);
        }
    }

    static StoreBusy busy(String name) {
        return new StoreBusy("the store " + name + " stayed locked by another process for "
                + Database.WAIT.toSeconds() + " s (an ingest writing it?); try again");
    }

    private static boolean heldElsewhere(SQLException e) {
        String m = e.getMessage();
        return m != null && m.contains("Conflicting lock is held");
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store");
        }
    }

    private static Gate gate(StoreLocation location) {
        return GATES.computeIfAbsent(location.jdbcUrl(), k -> new Gate());
    }

    /** Many readers or one writer of a file in this JVM; not tied to threads (a timer may let a writer go). */
    private static final class Gate {
        private int readers;
        private boolean writer;

        synchronized void enter(Database.Access access, long deadline, String name) {
            while (writer || (access == Database.Access.WRITE && readers > 0)) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw busy(name);
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreException("interrupted while waiting for the store");
                }
            }
            if (access == Database.Access.WRITE) {
                writer = true;
            } else {
                readers++;
            }
        }

        synchronized void leave(Database.Access access) {
            if (access == Database.Access.WRITE) {
                writer = false;
            } else {
                readers--;
            }
            notifyAll();
        }
    }
}
