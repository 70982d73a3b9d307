package org.newsift.store;


import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A store of analysed articles: the database (DuckDB or PostgreSQL), which is the source of truth, and a
 * Lucene index that follows it. Opening a store to write creates missing tables and brings the index in line
 * with the database, so an ingest killed between a database commit and an index commit loses nothing.
 * Opening one to read ({@link #openReadOnly}) changes nothing, and lets an ingest write meanwhile.
 */
public final class NewsStore implements AutoCloseable {
    /** The index commits after this many new documents, and at close. */
    private static final int INDEX_BATCH = 100;

    private final Database db;
    private final FullTextIndex index;
    private final StoreQueries queries;
    private final int reconciled;
    private int uncommitted;

    private NewsStore(Database db, FullTextIndex index, boolean writable) throws IOException, SQLException {
        this.db = db;
        this.index = index;
        this.queries = new StoreQueries(db, index);
        this.reconciled = writable ? reconcile() : 0;
    }

    /** Opens a store to write (and read), creating it when absent; one writer at a time. */
    public static NewsStore open(StoreLocation location) {
        return open(location, Database.Access.WRITE);
    }

    /**
     * Opens an existing store to read only: while an ingest writes it, queries wait for the ingest to let the
     * database go between articles (docs/store.md), and search sees the index's last commit.
     */
    public static NewsStore openReadOnly(StoreLocation location) {
        return open(location, Database.Access.READ);
    }

    private static NewsStore open(StoreLocation location, Database.Access access) {
        Database db;
        try {
            db = Database.open(location, access);
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + location.jdbcUrl(), e);
        }
        try {
            if (access == Database.Access.READ) {
                return new NewsStore(db, FullTextIndex.reader(location.index()), false);
            }
            Files.createDirectories(location.index());
            return new NewsStore(db, FullTextIndex.open(location.index()), true);
        } catch (IOException | SQLException | RuntimeException e) {
            try {
                db.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e instanceof StoreException se ? se : new StoreException("cannot open the index " + location.index(), e);
        }
    }

    public StoreQueries queries() {
        return queries;
    }

    /** The inputs ingest skipped, with their reasons, oldest first. */
    public List<IngestError> ingestErrors() {
        try {
            return db.ingestErrors();
        } catch (SQLException e) {
            throw new StoreException("cannot read the ingest errors", e);
        }
    }

    public Dialect dialect() {
        return db.dialect();
    }

    /** How many index documents opening the store had to add or remove to match the database. */
    public int reconciled() {
        return reconciled;
    }

    Database database() {
        return db;
    }

    /**
     * Runs a block of queries on one database connection, held for the block only: what one request of a
     * server reads, consistent and without connecting for each query.
     */
    public <T> T reading(Supplier<T> block) {
        return db.reading(block);
    }

    /** Commits the index and lets the database go, so readers may take it until the next write. */
    synchronized void letGo() throws SQLException, IOException {
        if (uncommitted > 0) {
            commitIndex();
        }
        db.letGo();
    }

    /** Lets go of a database no call has used for {@code idle}: an ingest waiting on its input or analysis. */
    synchronized void letGoIfIdle(Duration idle) throws SQLException, IOException {
        if (db.idleFor(idle)) {
            letGo();
        }
    }

    /** Whether the database has been held longer than {@code hold}: a busy ingest then pauses for readers. */
    boolean heldLongerThan(Duration hold) {
        return db.heldLongerThan(hold);
    }

    /** Stores an article: first the database (one transaction), then the index for an original. */
    synchronized void put(StoredArticle a) throws SQLException, IOException {
        db.insert(a);
        if (a.analysis() != null) {
            index.put(a.analysis());
            if (++uncommitted >= INDEX_BATCH) {
                commitIndex();
            }
        }
    }

    synchronized void commitIndex() throws IOException {
        index.commit();
        uncommitted = 0;
    }

    void recordRun(Instant started, IngestSummary summary) throws SQLException {
        db.recordRun(started, summary);
    }

    private int reconcile() throws IOException, SQLException {
        Set<String> indexed = index.ids();
        List<String> stored = db.originalIds();
        int changes = 0;
        for (String id : stored) {
            if (!indexed.remove(id)) {
                index.put(StoreQueries.parse(id, db.analysisJson(id).orElseThrow()));
                changes++;
            }
        }
        for (String stray : new HashSet<>(indexed)) {
            index.delete(stray);
            changes++;
        }
        if (changes > 0) {
            index.commit();
        }
        return changes;
    }

    @Override
    public void close() {
        try (db) {
            index.close();
        } catch (IOException | SQLException e) {
            throw new StoreException("cannot close the store", e);
        }
    }
}
