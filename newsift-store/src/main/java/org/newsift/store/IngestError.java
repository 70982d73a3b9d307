package org.newsift.store;

import java.time.Instant;

/**
 * An input that ingest skipped, as the ingest_errors table keeps it.
 *
 * @param inputId  the input's id (a file path, a URL, a JSON line's "id")
 * @param source   where it was read (file, line, feed), or null
 * @param reason   why it was skipped, one line
 * @param recordedAt when
 */
public record IngestError(String inputId, String source, String reason, Instant recordedAt) {
}
