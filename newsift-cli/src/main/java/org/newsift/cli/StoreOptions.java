package org.newsift.cli;

import org.newsift.store.NewsStore;
import org.newsift.store.StoreLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --db} and {@code --index}: which store a command works on. */
final class StoreOptions {
    static final String DEFAULT_DB = "newsift.db";

    @Option(names = "--db", defaultValue = DEFAULT_DB, paramLabel = "PATH|JDBC-URL",
            description = "The store: a DuckDB file, created when absent, or jdbc:postgresql://HOST/DB?user=... "
                    + "Default: ${DEFAULT-VALUE} in the working directory.")
    String db;

    @Option(names = "--index", paramLabel = "DIR",
            description = "The Lucene index. Default: PATH.lucene beside a DuckDB file, DB.lucene for PostgreSQL.")
    Path index;

    /** Opens the store, creating it for ingest. */
    NewsStore create(CommandSpec spec) {
        return NewsStore.open(location(spec));
    }

    /**
     * Opens a store that must exist (querying an empty new file would only hide a typo in the path) to read only:
     * it works while an ingest writes the store (docs/store.md).
     */
    NewsStore reading(CommandSpec spec) {
        return NewsStore.openReadOnly(existingLocation(spec));
    }

    /** The location of a store that must exist; a missing DuckDB file is a usage error. */
    StoreLocation existingLocation(CommandSpec spec) {
        StoreLocation location = location(spec);
        if (location.jdbcUrl().startsWith("jdbc:duckdb:")
                && !Files.isRegularFile(Path.of(location.jdbcUrl().substring("jdbc:duckdb:".length())))) {
            throw new ParameterException(spec.commandLine(), "no store at " + db + " (run 'newsift ingest ... --db "
                    + db + "' first)");
        }
        return location;
    }

    /** The --db option that names this store again in a hint, without a JDBC URL's parameters (a password). */
    String dbArgument() {
        if (DEFAULT_DB.equals(db)) {
            return "";
        }
        return db.startsWith("jdbc:") ? " --db JDBC-URL" : " --db " + db;
    }

    private StoreLocation location(CommandSpec spec) {
        try {
            return StoreLocation.parse(db, index);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
