package org.newsift.store;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Reports an ingest while it runs: on a terminal a one-line bar redrawn in place with rate and ETA (when the
 * number of inputs is known), elsewhere a plain log line every so often, which a log file or CI keeps readable.
 * Each rejected input gets a line of its own with its reason, whatever the progress display, unless silent.
 */
public final class IngestProgress {
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter out;
    private final PrintWriter rejections;
    private final boolean terminal;
    private final long everyNanos;
    private final int total;
    private long lastNanos;
    private boolean drawn;

    private IngestProgress(PrintWriter out, PrintWriter rejections, boolean terminal, Duration every, int total) {
        this.out = out;
        this.rejections = rejections;
        this.terminal = terminal;
        this.everyNanos = every.toNanos();
        this.total = total;
    }

    /** A bar on a terminal; {@code total} is the number of inputs, or -1 when unknown. */
    public static IngestProgress terminal(PrintWriter out, int total) {
        return new IngestProgress(out, out, true, Duration.ofNanos(REDRAW_NANOS), total);
    }

    /** A log line at most every {@code every} (zero: after every input). */
    public static IngestProgress log(PrintWriter out, Duration every, int total) {
        return new IngestProgress(out, out, false, every, total);
    }

    /** No progress, only the rejected inputs. */
    public static IngestProgress rejectionsOnly(PrintWriter out) {
        return new IngestProgress(null, out, false, Duration.ZERO, -1);
    }

    /** Reports nothing. */
    public static IngestProgress silent() {
        return new IngestProgress(null, null, false, Duration.ZERO, -1);
    }

    /** One line: the input, where it was read when that says more, and why it was skipped. */
    void rejected(String inputId, String source, String reason) {
        if (rejections == null) {
            return;
        }
        String where = source == null || source.equals(inputId) ? "" : " (" + source + ")";
        // on a terminal the bar is redrawn below the line that replaces it
        rejections.println((drawn ? "\r\u001b[K" : "") + "[ingest] rejected " + inputId + where + ": " + reason);
        rejections.flush();
        lastNanos = terminal ? 0 : lastNanos;
    }

    void update(IngestSummary s) {
        long now = System.nanoTime();
        if (out == null || (lastNanos != 0 && now - lastNanos < everyNanos)) {
            return;
        }
        lastNanos = now;
        if (terminal) {
            out.print("\r" + bar(s) + "\u001b[K"); // clear what a longer previous line left
            drawn = true;
        } else {
            out.println("[ingest] " + counts(s));
        }
        out.flush();
    }

    void finish() {
        if (out != null && drawn) {
            out.println();
            out.flush();
        }
    }

    private String bar(IngestSummary s) {
        StringBuilder b = new StringBuilder("[ingest] ");
        if (total > 0) {
            int width = 24;
            int filled = (int) Math.min(width, (long) width * s.read() / total);
            b.append('[').append("#".repeat(filled)).append(" ".repeat(width - filled)).append("] ");
        }
        b.append(counts(s));
        if (total > 0 && s.articlesPerSecond() > 0) {
            long eta = Math.round(Math.max(0, total - s.read()) / s.articlesPerSecond());
            b.append(String.format(Locale.ROOT, "  ETA %d:%02d", eta / 60, eta % 60));
        }
        return b.toString();
    }

    private String counts(IngestSummary s) {
        return String.format(Locale.ROOT, "%d%s read, %d stored, %d duplicates, %d errors, %.1f articles/s",
                s.read(), total > 0 ? "/" + total : "", s.stored(), s.exactCopies() + s.nearCopies(), s.errors(),
                s.articlesPerSecond());
    }
}
