package org.newsift.store;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
 * @param errorsByReason the errors counted by the kind of their reason ({@link #reasonKind})
 */
public record IngestSummary(int read, int stored, int exactCopies, int nearCopies, int alreadyStored, int duplicateIds,
                            int failed, int errors, int events, int undatedEvents, int undatedArticles, Duration elapsed,
                            Map<String, Integer> errorsByReason) {

    public IngestSummary {
        errorsByReason = Map.copyOf(errorsByReason);
    }

    /**
     * A reason without what differs from input to input (URLs, quoted names, numbers), so that "HTTP 403 for
     * https://a/1" and "HTTP 403 for https://b/2" are counted together.
     */
    public static String reasonKind(String reason) {
        return reason.replaceAll("\\b(https?|file)://\\S*[^\\s:;,.)]", "URL")
                .replaceAll("'[^']*'", "'…'")
                .replaceAll("\\d+", "N");
    }

    /** The errors by reason, the most frequent first, as "3 × reason; 1 × reason", or "" when there were none. */
    public String errorsByReasonLine() {
        return byReasonLine(errorsByReason);
    }

    /** Counts by reason kind as "3 × reason; 1 × reason", the most frequent first. */
    public static String byReasonLine(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getValue() + " × " + e.getKey())
                .collect(Collectors.joining("; "));
    }

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
