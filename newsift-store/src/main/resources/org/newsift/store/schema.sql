-- newsift store schema: one design for DuckDB and PostgreSQL (docs/store.md). Statements end with ';' at a line end.
-- Ids, URLs and reasons can be megabytes long, more than an index takes: tables are keyed by their SHA-256 (Keys).
-- Events and actors have no key: they are written only with a new article row, in its transaction.
-- Database.SCHEMA_VERSION is the version of this file; change it with the file.
CREATE TABLE IF NOT EXISTS newsift_schema (
    version         INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id_hash         TEXT PRIMARY KEY,
    id              TEXT NOT NULL,
    url             TEXT,
    title           TEXT,
    published       TEXT,
    published_date  DATE,
    source          TEXT,
    language        TEXT,
    body_hash       TEXT NOT NULL,
    minhash         TEXT,
    duplicate_of    TEXT,
    duplicate_kind  TEXT,
    similarity      DOUBLE PRECISION,
    event_count     INTEGER NOT NULL,
    analysis        TEXT,
    ingested_at     TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_body_hash ON articles (body_hash);
CREATE TABLE IF NOT EXISTS events (
    article_id      TEXT NOT NULL,
    idx             INTEGER NOT NULL,
    event_id        TEXT NOT NULL,
    event_date      DATE,
    date_text       TEXT,
    date_precision  TEXT,
    source_actor    TEXT,
    source_code     TEXT,
    source_country  TEXT,
    source_sector   TEXT,
    source_text     TEXT,
    target_actor    TEXT,
    target_code     TEXT,
    target_country  TEXT,
    target_sector   TEXT,
    target_text     TEXT,
    cameo           TEXT,
    cameo_root      TEXT,
    cameo_name      TEXT,
    plover_type     TEXT,
    plover_mode     TEXT,
    quad_class      INTEGER,
    goldstein       DOUBLE PRECISION,
    negated         BOOLEAN NOT NULL,
    hypothetical    BOOLEAN NOT NULL,
    future          BOOLEAN NOT NULL,
    reported        BOOLEAN NOT NULL,
    location_name   TEXT,
    location_country TEXT,
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    trigger_text    TEXT,
    evidence        TEXT,
    confidence      DOUBLE PRECISION
);
CREATE INDEX IF NOT EXISTS events_date ON events (event_date);
CREATE TABLE IF NOT EXISTS actors (
    article_id      TEXT NOT NULL,
    actor_id        TEXT NOT NULL,
    name            TEXT,
    code            TEXT,
    country         TEXT,
    sector          TEXT,
    mentions        INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS signatures (
    band_key        BIGINT NOT NULL,
    article_hash    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS signatures_band ON signatures (band_key);
CREATE TABLE IF NOT EXISTS ingest_errors (
    error_hash      TEXT PRIMARY KEY,
    input_id        TEXT NOT NULL,
    source          TEXT,
    reason          TEXT NOT NULL,
    recorded_at     TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS ingest_runs (
    started_at      TIMESTAMP NOT NULL,
    finished_at     TIMESTAMP NOT NULL,
    read_count      INTEGER NOT NULL,
    stored          INTEGER NOT NULL,
    exact_duplicates INTEGER NOT NULL,
    near_duplicates INTEGER NOT NULL,
    already_stored  INTEGER NOT NULL,
    errors          INTEGER NOT NULL
);
