package org.newsift.store;

/** The bucket of a time series; weeks start on Monday (ISO 8601). */
public enum Granularity {
    DAY, WEEK, MONTH;

    /** The unit as date_trunc names it in both DuckDB and PostgreSQL. */
    String unit() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
