package org.newsift.store;

import java.time.Duration;
import java.util.Locale;

/**
 * What one ingest run did.
 *
 * @param read          inputs read, errors included
 * @param stored        originals analysed and stored
 * @param exactCopies   copies of a stored body (same normalised text), stored as links, not analysed
 * @param nearCopies    near copies (MinHash), stored as links, not analysed
 * @param alreadyStored inputs whose id and body were already in the store (a resumed or repeated run)
 * @param duplicateIds  inputs whose id was taken by another body; skipped
 * @param failed        inputs whose analysis failed (a bug, or text the pipeline cannot handle)
 * @param errors        inputs that could not be read or analysed, duplicate ids and failures included; each is
 *                      recorded in the ingest_errors table
 * @param events        events of the stored originals
 * @param undatedEvents of those, events without a date (docs/dates.md): left out of series and the GDELT export
 * @param undatedArticles stored originals without a publication date, given or read from their text
 */
public record IngestSummary(int read, int stored, int exactCopies, int nearCopies, int alreadyStored, int duplicateIds,
                            int failed, int errors, int events, int undatedEvents, int undatedArticles, Duration elapsed) {

    public double articlesPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : read / s;
    }

    /** The one-line summary the CLI prints. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "read %d, stored %d, duplicates %d (exact %d, near %d), already stored %d, "
                        + "errors %d (duplicate ids %d), events %d (undated %d), %.1f s, %.1f articles/s", read, stored,
                exactCopies + nearCopies, exactCopies, nearCopies, alreadyStored, errors, duplicateIds, events, undatedEvents,
                elapsed.toNanos() / 1e9, articlesPerSecond());
    }
}
