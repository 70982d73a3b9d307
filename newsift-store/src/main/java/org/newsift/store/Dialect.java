package org.newsift.store;

/**
 * The few places where DuckDB and PostgreSQL differ for newsift's schema and queries; everything else
 * (schema.sql, the queries) is SQL both accept.
 */
public enum Dialect {
    /** Embedded, one file; exports Parquet itself. */
    DUCKDB,
    /** A server, given by a JDBC URL; Parquet export is not offered. */
    POSTGRES
}
