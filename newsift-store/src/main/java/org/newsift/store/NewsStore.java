package org.newsift.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.newsift.model.Analysis;
import org.newsift.output.AnalysisJson;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A store of analysed articles: the database (DuckDB or PostgreSQL), which is the source of truth, and a
 * Lucene index that follows it. Opening a store creates missing tables and brings the index in line with
 * the database, so an ingest killed between a database commit and an index commit loses nothing.
 */
public final class NewsStore implements AutoCloseable {
    /** The index commits after this many new documents, and at close. */
    private static final int INDEX_BATCH = 100;

    private final Database db;
    private final FullTextIndex index;
    private final StoreQueries queries;
    private final int reconciled;
    private int uncommitted;

    private NewsStore(Database db, FullTextIndex index) throws IOException, SQLException {
        this.db = db;
        this.index = index;
        this.queries = new StoreQueries(db, index);
        this.reconciled = reconcile();
    }

    public static NewsStore open(StoreLocation location) {
        Database db;
        try {
            db = Database.open(location);
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + location.jdbcUrl(), e);
        }
        try {
            Files.createDirectories(location.index());
            return new NewsStore(db, FullTextIndex.open(location.index()));
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

    /** Stores an article: first the database (one transaction), then the index for an original. */
    void put(StoredArticle a) throws SQLException, IOException {
        db.insert(a);
        if (a.analysis() != null) {
            index.put(a.analysis());
            if (++uncommitted >= INDEX_BATCH) {
                commitIndex();
            }
        }
    }

    void commitIndex() throws IOException {
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
                index.put(parse(db.analysisJson(id).orElseThrow()));
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

    private static Analysis parse(String json) {
        try {
            return AnalysisJson.mapper().readValue(json, Analysis.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored analysis does not parse: " + e.getOriginalMessage(), e);
        }
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
