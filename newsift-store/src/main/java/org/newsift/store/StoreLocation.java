package org.newsift.store;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where a store lives, from the {@code --db} value: a file path (or {@code jdbc:duckdb:PATH}) is an embedded
 * DuckDB database, {@code jdbc:postgresql://...} a PostgreSQL one. The Lucene index is a local directory
 * either way: {@code PATH.lucene} beside a DuckDB file, {@code DBNAME.lucene} in the working directory for
 * PostgreSQL, unless one is given.
 */
public record StoreLocation(Dialect dialect, String jdbcUrl, Path index) {

    private static final String DUCKDB = "jdbc:duckdb:";
    private static final String POSTGRES = "jdbc:postgresql:";

    public static StoreLocation parse(String db, Path index) {
        if (db == null || db.isBlank()) {
            throw new IllegalArgumentException("no database given");
        }
        if (db.startsWith(POSTGRES)) {
            return new StoreLocation(Dialect.POSTGRES, db, index != null ? index : Path.of(postgresName(db) + ".lucene"));
        }
        if (db.startsWith("jdbc:")) {
            if (!db.startsWith(DUCKDB)) {
                throw new IllegalArgumentException("unsupported database URL (use a file path, " + DUCKDB + "PATH or "
                        + POSTGRES + "//HOST/DB): " + db);
            }
            db = db.substring(DUCKDB.length());
        }
        Path file = Path.of(db).toAbsolutePath();
        return new StoreLocation(Dialect.DUCKDB, DUCKDB + file,
                index != null ? index : file.resolveSibling(file.getFileName() + ".lucene"));
    }

    private static String postgresName(String url) {
        String path = URI.create(url.substring("jdbc:".length())).getPath();
        String name = path == null ? "" : path.replaceAll("^/+", "");
        return name.isEmpty() ? "newsift" : name;
    }
}
