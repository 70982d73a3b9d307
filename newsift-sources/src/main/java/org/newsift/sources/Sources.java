package org.newsift.sources;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Entry point of the sources layer: turns specs (files, directories, {@code -}, page URLs, feed URLs or files,
 * OPML lists, WARC files) into articles or error items, lazily and in order. See {@code docs/sources.md}.
 *
 * <pre>{@code
 * try (SourceBatch items = Sources.open(List.of("crawl.warc.gz", "https://example.org/feed.xml"), opts)) {
 *     items.forEachRemaining(item -> ...);        // InputItem.Read or InputError, as from core's Inputs
 *     System.err.println(items.stats());          // 16 read, 0 rejected; skipped: 17 not a response record
 * }
 * }</pre>
 */
public final class Sources {

    private Sources() {
    }

    /** Opens the specs with standard input for {@code -} and an in-memory validator cache. */
    public static SourceBatch open(List<String> specs, SourceOptions opts) {
        return open(specs, opts, System.in, new HttpFetcher(opts, new InMemoryValidatorCache()));
    }

    /**
     * Opens the specs with the given standard input and fetcher (whose validator cache may be persistent).
     * With {@link SourceOptions#every()} set, the batch polls its feeds again and again after reading every spec
     * once, and ends only when closed or its thread is interrupted.
     */
    public static SourceBatch open(List<String> specs, SourceOptions opts, InputStream stdin, HttpFetcher fetcher) {
        return new SourceBatch(specs, opts, stdin, fetcher);
    }

    /** Any {@code scheme://...}, fetchable or not. */
    static boolean hasScheme(String spec) {
        return spec.matches("(?i)^[a-z][a-z0-9+.-]*://.*");
    }

    static boolean isUrl(String spec) {
        String s = spec.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }
}
