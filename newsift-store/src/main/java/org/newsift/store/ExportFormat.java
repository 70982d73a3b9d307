package org.newsift.store;

/** What {@link Exporter} writes. */
public enum ExportFormat {
    /** One full analysis (the contract's JSON) per line, for every analysed article. */
    JSONL,
    /** The events table with each event's article url, title and publication date, with a header. */
    CSV,
    /** The same columns as CSV, as Parquet (DuckDB stores only). */
    PARQUET,
    /** The 61 tab-separated columns of the GDELT 2.0 event table, without a header (docs/store.md). */
    GDELT
}
