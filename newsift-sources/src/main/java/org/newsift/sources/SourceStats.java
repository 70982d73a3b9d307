package org.newsift.sources;

import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live counts of one batch: articles read, inputs rejected (error items) and records skipped by reason.
 * Skipped records produce no item; these counts are the only trace of them. Safe to read from another thread.
 */
public final class SourceStats {

    /** Why a record or response was skipped without an item. */
    public enum Skip {
        /** A response or WARC record whose content is not an HTML page (images, scripts, PDFs, DNS records). */
        NON_HTML("non-HTML"),
        /** A WARC {@code revisit} record: a duplicate capture with no payload of its own. */
        REVISIT("revisit"),
        /** A captured 3xx response: it points elsewhere and has no article. */
        REDIRECT("redirect"),
        /** A captured response with a status other than 200 and 3xx (404, 500, ...). */
        HTTP_STATUS("non-200 status"),
        /** A WARC record that is not a response: request, metadata, warcinfo, resource, conversion... */
        NOT_RESPONSE("not a response record"),
        /** A conditional GET answered 304: nothing new since the last fetch. */
        NOT_MODIFIED("not modified"),
        /** A feed entry already yielded by an earlier poll. */
        SEEN("seen before"),
        /** The same URL a second time in this batch. */
        DUPLICATE("duplicate URL"),
        /** A feed or OPML list that an OPML list names again in the same round (a list naming itself, say). */
        FEED_NAMED_AGAIN("feed or list named again");

        private final String label;

        Skip(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final AtomicLong read = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong tooLarge = new AtomicLong();
    private final AtomicLong repairedSurrogates = new AtomicLong();
    private final Map<Skip, AtomicLong> skipped = new EnumMap<>(Skip.class);

    public SourceStats() {
        for (Skip s : Skip.values()) {
            skipped.put(s, new AtomicLong());
        }
    }

    void countRead() {
        read.incrementAndGet();
    }

    void countError() {
        errors.incrementAndGet();
    }

    /** An error item that was about size (a body, record or page over a limit); also counted as an error. */
    void countTooLarge() {
        tooLarge.incrementAndGet();
    }

    /** Lone surrogates in an article's text that were replaced by U+FFFD. */
    void countRepairedSurrogates(int n) {
        repairedSurrogates.addAndGet(n);
    }

    void skip(Skip reason) {
        skipped.get(reason).incrementAndGet();
    }

    /** Articles yielded. */
    public long read() {
        return read.get();
    }

    /** Error items yielded (each names its source and reason). */
    public long errors() {
        return errors.get();
    }

    /** Of the errors, those over a size limit (bytes, characters or markup). */
    public long tooLarge() {
        return tooLarge.get();
    }

    /** Lone surrogates (invalid UTF-16 from JSON escapes) replaced by U+FFFD in the articles read. */
    public long repairedSurrogates() {
        return repairedSurrogates.get();
    }

    public long skipped(Skip reason) {
        return skipped.get(reason).get();
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** E.g. {@code 16 read, 1 rejected (1 too large); skipped: 17 not a response record, 3 non-HTML}. */
    @Override
    public String toString() {
        String s = read() + " read, " + errors() + " rejected" + (tooLarge() > 0 ? " (" + tooLarge() + " too large)" : "")
                + (repairedSurrogates() > 0 ? ", " + repairedSurrogates() + " lone surrogates replaced by U+FFFD" : "");
        StringJoiner skips = new StringJoiner(", ", "; skipped: ", "").setEmptyValue("");
        skipped.forEach((reason, n) -> {
            if (n.get() > 0) {
                skips.add(n.get() + " " + reason);
            }
        });
        return s + skips;
    }
}
