package org.newsift.store;

import org.newsift.model.Actor;
import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.output.AnalysisJson;
import org.newsift.store.dedup.Candidate;
import org.newsift.store.dedup.KnownBodies;
import org.newsift.store.dedup.MinHasher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tables (schema.sql) over one JDBC connection: the source of truth of a store. Each article is written
 * in one transaction with its events, actors and signatures, so a crash never leaves half an article.
 * Ingest errors wait in memory and are written in batches, with the next article or on their own
 * ({@link #flushErrors()}), so the store always holds the inputs up to some point, errors included.
 * Calls are serialised on the connection.
 *
 * <p>The connection is held only while it is used (docs/store.md, "Readers and a writer"): DuckDB lets one
 * process hold a file read-write or many hold it read-only, so a reader connects for one query (or one
 * {@link #reading} block) and a writer lets go when it idles or has held the file for a while
 * ({@link #letGo}); whoever finds the file locked retries for {@link #WAIT}.
 */
final class Database implements KnownBodies, AutoCloseable {
    /** How long a connection attempt retries a file another process holds before it gives up. */
    static final Duration WAIT = Duration.ofSeconds(15);

    /** What a handle may do: a reader never writes, so many readers may share a DuckDB file. */
    enum Access { READ, WRITE }

    /** The version of schema.sql; a store of another version is refused (docs/store.md). */
    static final int SCHEMA_VERSION = 2;
    /** Errors written in one statement and transaction: one each made 20,000 errors take minutes. */
    private static final int ERROR_BATCH = 500;

    private final StoreLocation location;
    private final Access access;
    private final Dialect dialect;
    private final String name;
    /** Errors not yet written, by key: a reason repeated before a flush is one row. */
    private final Map<String, Object[]> pendingErrors = new LinkedHashMap<>();
    /** Null while let go. */
    private Connection connection;
    private long connectedAt;
    private long lastUsed;
    /** Callers inside {@link #reading}: a reader keeps its connection until the last one leaves. */
    private int readers;

    private Database(StoreLocation location, Access access) {
        this.location = location;
        this.access = access;
        this.dialect = location.dialect();
        // the URL without its parameters, which may hold a password
        this.name = location.jdbcUrl().replaceFirst("\\?.*", "");
    }

    static Database open(StoreLocation location, Access access) throws SQLException {
        Database db = new Database(location, access);
        synchronized (db) {
            try {
                db.createOrCheckSchema();
                db.letGo();
                return db;
            } catch (SQLException | RuntimeException e) {
                db.disconnect();
                throw e;
            }
        }
    }

    /** The connection, connected again if it was let go. */
    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = StoreLock.connect(location, access, name);
            connectedAt = System.nanoTime();
        }
        lastUsed = System.nanoTime();
        return connection;
    }

    /** Runs a block of queries on one read connection (a request of the server's), instead of one each. */
    synchronized <T> T reading(Supplier<T> block) {
        readers++;
        try {
            return block.get();
        } finally {
            readers--;
            if (readers == 0 && access == Access.READ) {
                letGoQuietly();
            }
        }
    }

    /** After a query: a reader lets go at once unless a {@link #reading} block holds on. */
    private void doneReading() throws SQLException {
        if (access == Access.READ && readers == 0) {
            letGo();
        }
    }

    /** Lets the connection go (the pending errors stay pending); the next call connects again. */
    synchronized void letGo() throws SQLException {
        if (connection != null) {
            try {
                connection.commit();
            } finally {
                disconnect();
            }
        }
    }

    private void letGoQuietly() {
        try {
            letGo();
        } catch (SQLException e) {
            // the connection is closed either way; the next query reports a real problem
        }
    }

    /** Whether the connection is held but no call has used it for {@code idle}: a writer waiting on input or analysis. */
    synchronized boolean idleFor(Duration idle) {
        return connection != null && System.nanoTime() - lastUsed >= idle.toNanos();
    }

    /** Whether the connection has been held longer than {@code hold}: a busy writer then pauses for readers. */
    synchronized boolean heldLongerThan(Duration hold) {
        return connection != null && System.nanoTime() - connectedAt >= hold.toNanos();
    }

    private void disconnect() throws SQLException {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } finally {
                StoreLock.released(location, access);
            }
        }
    }

    Dialect dialect() {
        return dialect;
    }

    /**
     * Creates the tables of a new store in one transaction, so a crash leaves none or all; refuses a store of
     * another schema version (version 1 had no version table and keyed articles by their id).
     */
    private void createOrCheckSchema() throws SQLException {
        if (hasTable("articles")) {
            int version = hasTable("newsift_schema")
                    ? query("SELECT max(version) FROM newsift_schema", rs -> rs.getInt(1)).get(0) : 1;
            if (version != SCHEMA_VERSION) {
                throw new StoreException("the store " + name + " has schema version " + version + " and this newsift reads "
                        + "version " + SCHEMA_VERSION + " (ids of any length, docs/store.md): ingest the inputs again into a new store");
            }
            return;
        }
        createSchema();
        update("INSERT INTO newsift_schema VALUES (?)", SCHEMA_VERSION);
        connection().commit();
    }

    private boolean hasTable(String table) throws SQLException {
        return query("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?",
                rs -> rs.getInt(1), table).get(0) > 0;
    }

    private void createSchema() throws SQLException {
        if (access == Access.READ) {
            throw new StoreException(name + " is not a newsift store (it has no articles table)");
        }
        String sql;
        try (InputStream in = Database.class.getResourceAsStream("schema.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement st = connection().createStatement()) {
            for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    st.execute(statement);
                }
            }
        }
    }

    synchronized Optional<String> bodyHashOf(String id) throws SQLException {
        return single("SELECT body_hash FROM articles WHERE id_hash = ?", Keys.of(id));
    }

    @Override
    public synchronized Optional<String> originalWithHash(String bodyHash) {
        try {
            return single("SELECT id FROM articles WHERE body_hash = ? AND duplicate_of IS NULL ORDER BY ingested_at, id LIMIT 1",
                    bodyHash);
        } catch (SQLException e) {
            throw new StoreException("cannot look up a body hash", e);
        }
    }

    @Override
    public synchronized Collection<Candidate> originalsInBands(long[] bandKeys) {
        String sql = "SELECT id, minhash FROM articles WHERE id_hash IN (SELECT article_hash FROM signatures WHERE band_key IN ("
                + marks(bandKeys.length) + "))";
        try {
            return query(sql, rs -> new Candidate(rs.getString(1), MinHasher.decode(rs.getString(2))),
                    Arrays.stream(bandKeys).boxed().toArray());
        } catch (SQLException e) {
            throw new StoreException("cannot look up near copies", e);
        }
    }

    /**
     * Writes an article with everything that hangs on it, and the errors met before it, in one transaction; an
     * id already stored is left alone.
     */
    synchronized void insert(StoredArticle a) throws SQLException {
        try {
            writePendingErrors();
            boolean fresh = update("INSERT INTO articles (id_hash, id, url, title, published, published_date, source, language, "
                            + "body_hash, minhash, duplicate_of, duplicate_kind, similarity, event_count, analysis, ingested_at) "
                            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                    Keys.of(a.id()), a.id(), a.url(), a.title(), a.published(), publishedDate(a.published()), a.source(),
                    a.analysis() == null ? null : a.analysis().language(), a.fingerprint().bodyHash(),
                    a.verdict().isCopy() ? null : MinHasher.encode(a.fingerprint().minHash()),
                    a.verdict().original(), a.verdict().isCopy() ? a.verdict().kind().name().toLowerCase() : null,
                    a.verdict().isCopy() ? a.verdict().similarity() : null,
                    a.analysis() == null ? 0 : a.analysis().events().size(),
                    a.analysis() == null ? null : AnalysisJson.compact(a.analysis()), Timestamp.from(Instant.now())) == 1;
            if (fresh && a.analysis() != null) {
                insertEvents(a.analysis());
                insertActors(a.analysis());
                insertSignatures(a.id(), MinHasher.bandKeys(a.fingerprint().minHash()));
            }
            connection().commit();
            pendingErrors.clear();
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e;
        }
    }

    private void rollback() throws SQLException {
        if (connection != null) {
            connection.rollback();
        }
    }

    private void insertEvents(Analysis a) throws SQLException {
        insertRows("events", EventRows.COLUMNS.size(), EventRows.of(a));
    }

    /**
     * Inserts rows with multi-row VALUES statements: JDBC batches run row by row in DuckDB, which made ingest
     * spend most of its time there.
     */
    private void insertRows(String table, int columns, List<Object[]> rows) throws SQLException {
        insertRows(table, columns, rows, "");
    }

    private void insertRows(String table, int columns, List<Object[]> rows, String onConflict) throws SQLException {
        int chunk = 500; // keeps PostgreSQL under its 65,535 parameters per statement
        for (int from = 0; from < rows.size(); from += chunk) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            String values = String.join(",", Collections.nCopies(part.size(), "(" + marks(columns) + ")"));
            update("INSERT INTO " + table + " VALUES " + values + onConflict, part.stream().flatMap(Arrays::stream).toArray());
        }
    }

    private void insertActors(Analysis a) throws SQLException {
        insertRows("actors", 7, a.actors().stream().map(actor -> new Object[] {a.id(), actor.id(), actor.name(), actor.code(),
                actor.country(), actor.sector(), actor.mentions().size()}).toList());
    }

    private void insertSignatures(String id, long[] bandKeys) throws SQLException {
        String key = Keys.of(id);
        insertRows("signatures", 2, Arrays.stream(bandKeys).mapToObj(k -> new Object[] {k, key}).toList());
    }

    /**
     * Records an input that was skipped for a reason; the same input and reason twice is one row. It is written
     * with the next article, by the next flush, or when a batch is full.
     */
    synchronized void recordError(String inputId, String source, String reason) throws SQLException {
        String key = Keys.of(inputId, reason);
        pendingErrors.putIfAbsent(key, new Object[] {key, inputId, source, reason, Timestamp.from(Instant.now())});
        if (pendingErrors.size() >= ERROR_BATCH) {
            flushErrors();
        }
    }

    /** Writes the errors recorded so far, in one transaction. */
    synchronized void flushErrors() throws SQLException {
        if (pendingErrors.isEmpty()) {
            return;
        }
        try {
            writePendingErrors();
            connection().commit();
            pendingErrors.clear();
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e;
        }
    }

    /** Inserts the pending errors in the open transaction; the caller commits, then forgets them. */
    private void writePendingErrors() throws SQLException {
        insertRows("ingest_errors", 5, List.copyOf(pendingErrors.values()), " ON CONFLICT DO NOTHING");
    }

    synchronized void recordRun(Instant started, IngestSummary s) throws SQLException {
        flushErrors();
        update("INSERT INTO ingest_runs VALUES (?,?,?,?,?,?,?,?)", Timestamp.from(started), Timestamp.from(Instant.now()),
                s.read(), s.stored(), s.exactCopies(), s.nearCopies(), s.alreadyStored(), s.errors());
        connection().commit();
    }

    /** The recorded ingest errors, oldest first, errors not yet written included. */
    synchronized List<IngestError> ingestErrors() throws SQLException {
        flushErrors();
        return query("SELECT input_id, source, reason, recorded_at FROM ingest_errors ORDER BY recorded_at, input_id, reason",
                rs -> new IngestError(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
    }

    /** Ids of the analysed originals: the articles the full-text index must hold. */
    synchronized List<String> originalIds() throws SQLException {
        return query("SELECT id FROM articles WHERE analysis IS NOT NULL", rs -> rs.getString(1));
    }

    synchronized Optional<String> analysisJson(String id) throws SQLException {
        return single("SELECT analysis FROM articles WHERE id_hash = ? AND analysis IS NOT NULL", Keys.of(id));
    }

    /** Maps one row of a result set. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    synchronized <T> List<T> query(String sql, Row<T> row, Object... params) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            connection.commit();
        }
        doneReading();
        return out;
    }

    /** Runs a statement that returns no rows, in its own transaction. */
    synchronized void execute(String sql) throws SQLException {
        try (Statement st = connection().createStatement()) {
            st.execute(sql);
        } finally {
            connection.commit();
        }
        doneReading();
    }

    /** Handles one row of a streamed result set. */
    @FunctionalInterface
    interface RowSink {
        void accept(ResultSet rs) throws SQLException, IOException;
    }

    /** Streams a result set row by row, for exports larger than memory. */
    synchronized void forEach(String sql, RowSink sink) throws SQLException, IOException {
        try (Statement st = connection().createStatement()) {
            st.setFetchSize(1000); // PostgreSQL streams only with a fetch size, and outside autocommit
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    sink.accept(rs);
                }
            }
        } finally {
            connection.commit();
        }
        doneReading();
    }

    private Optional<String> single(String sql, Object... params) throws SQLException {
        return query(sql, rs -> rs.getString(1), params).stream().findFirst();
    }

    private int update(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (p instanceof String s) {
                ps.setString(i + 1, Keys.storable(s));
            } else if (p instanceof LocalDate d) {
                ps.setDate(i + 1, java.sql.Date.valueOf(d));
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    /** The date part of an ISO date or date-time, or null when absent or unreadable (as the article reads it). */
    static LocalDate publishedDate(String published) {
        return new Article("", null, null, published, "").publishedDate();
    }

    @Override
    public synchronized void close() throws SQLException {
        try {
            if (access == Access.WRITE) {
                flushErrors();
                if (dialect == Dialect.DUCKDB && connection != null) {
                    connection.commit();
                    connection.setAutoCommit(true);
                    try (Statement st = connection.createStatement()) {
                        st.execute("CHECKPOINT"); // fold the write-ahead log into the file, so the next open starts clean
                    }
                }
            }
        } finally {
            disconnect();
        }
    }
}
