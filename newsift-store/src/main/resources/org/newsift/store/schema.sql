-- newsift store schema: one design for DuckDB and PostgreSQL (docs/store.md). Statements end with ';' at a line end.
CREATE TABLE IF NOT EXISTS articles (
    id              TEXT PRIMARY KEY,
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
    confidence      DOUBLE PRECISION,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS events_date ON events (event_date);
CREATE TABLE IF NOT EXISTS actors (
    article_id      TEXT NOT NULL,
    actor_id        TEXT NOT NULL,
    name            TEXT,
    code            TEXT,
    country         TEXT,
    sector          TEXT,
    mentions        INTEGER NOT NULL,
    PRIMARY KEY (article_id, actor_id)
);
CREATE TABLE IF NOT EXISTS signatures (
    band_key        BIGINT NOT NULL,
    article_id      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS signatures_band ON signatures (band_key);
CREATE TABLE IF NOT EXISTS ingest_errors (
    input_id        TEXT NOT NULL,
    source          TEXT,
    reason          TEXT NOT NULL,
    recorded_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (input_id, reason)
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
