package org.newsift.spark;

import org.newsift.store.Dialect;
import org.newsift.store.EventRows;
import org.newsift.store.NewsStore;
import org.newsift.store.StoreLocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * Loads the job's Parquet tables into a newsift DuckDB store ({@code newsift-spark/run load --db newsift.db OUT}),
 * so {@code newsift search}, {@code events}, {@code export} and the dashboard work on them. DuckDB reads the
 * Parquet files itself, in one transaction: articles whose id the store already holds are left alone (with their
 * events, actors and signatures), so loading twice adds nothing. Opening the store afterwards indexes the new
 * analyses for full-text search, as the store does after any interrupted ingest.
 */
public final class StoreLoader {
    private StoreLoader() {
    }

    public static void main(String[] args) {
        if (args.length != 3 || !args[0].equals("--db")) {
            System.err.println("usage: newsift-spark/run load --db STORE.db OUTPUT-DIR");
            System.exit(2);
        }
        try {
            long n = load(args[1], Path.of(args[2]));
            System.err.println("newsift-spark: " + n + " articles loaded into " + args[1]);
        } catch (IOException | SQLException | RuntimeException e) {
            System.err.println("newsift-spark: cannot load " + args[2] + " into " + args[1] + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /** Loads the tables under {@code output} into the DuckDB store {@code db}; returns the articles added. */
    public static long load(String db, Path output) throws IOException, SQLException {
        StoreLocation location = StoreLocation.parse(db, null);
        if (location.dialect() != Dialect.DUCKDB) {
            throw new IllegalArgumentException("only a DuckDB store reads Parquet; for PostgreSQL load the DuckDB store's "
                    + "tables with DuckDB's postgres extension or export them as CSV");
        }
        if (!hasParquet(output.resolve("articles"))) {
            throw new IOException("no articles table in " + output + " (run the job first)");
        }
        NewsStore.open(location).close(); // creates the tables of a new store, or checks the schema version of an old one
        long added;
        try (Connection c = DriverManager.getConnection(location.jdbcUrl()); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("CREATE TEMP TABLE new_articles AS SELECT a.*, " + (hasParquet(output.resolve("analyses"))
                    ? "n.analysis FROM " + table(output, "articles") + " a LEFT JOIN " + table(output, "analyses")
                            + " n ON n.id = a.id" : "NULL AS analysis FROM " + table(output, "articles") + " a")
                    + " WHERE a.id_hash NOT IN (SELECT id_hash FROM articles)");
            added = st.executeUpdate("INSERT INTO articles (id_hash, id, url, title, published, published_date, source, "
                    + "language, body_hash, minhash, duplicate_of, duplicate_kind, similarity, event_count, analysis, "
                    + "ingested_at) SELECT id_hash, id, url, title, published, TRY_CAST(published_date AS DATE), source, "
                    + "language, body_hash, minhash, duplicate_of, duplicate_kind, similarity, coalesce(event_count, 0), "
                    + "analysis, now() FROM new_articles");
            String analysed = "(SELECT id FROM new_articles WHERE analysis IS NOT NULL)";
            if (hasParquet(output.resolve("events"))) {
                st.execute("INSERT INTO events SELECT " + String.join(", ", EventRows.COLUMNS) + " FROM "
                        + table(output, "events") + " WHERE article_id IN " + analysed);
            }
            if (hasParquet(output.resolve("actors"))) {
                st.execute("INSERT INTO actors SELECT article_id, actor_id, name, code, country, sector, mentions FROM "
                        + table(output, "actors") + " WHERE article_id IN " + analysed);
            }
            if (hasParquet(output.resolve("signatures"))) {
                st.execute("INSERT INTO signatures SELECT band_key, article_hash FROM " + table(output, "signatures")
                        + " WHERE article_hash IN (SELECT id_hash FROM new_articles WHERE analysis IS NOT NULL)");
            }
            st.execute("DROP TABLE new_articles");
            c.commit();
        }
        NewsStore.open(location).close(); // indexes the new analyses
        return added;
    }

    private static String table(Path output, String name) {
        String glob = output.resolve(name).toAbsolutePath() + "/**/*.parquet";
        return "read_parquet('" + glob.replace("'", "''") + "', hive_partitioning = true)";
    }

    /** Spark writes no file at all for an empty table, only its _SUCCESS marker. */
    private static boolean hasParquet(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        }
    }
}
