package org.newsift.sources;

import org.newsift.input.ReadOptions;

import java.time.Duration;

/**
 * How to read sources. Every limit is explicit so a caller (the CLI's {@code SourceArgs}, the ingest command)
 * can show and change it.
 *
 * @param read           how local files, JSONL and extracted pages are read (charset, {@code --max-chars})
 * @param connectTimeout the longest wait for a TCP/TLS connection
 * @param timeout        the longest wait for one whole HTTP response, headers and body (one redirect hop)
 * @param maxBytes       the most bytes of one HTTP body or WARC record, before and after gzip decoding
 * @param maxRedirects   redirects followed per fetch; each hop is checked by the address guard
 * @param politeness     the least time between two requests to the same host
 * @param userAgent      sent with every request
 * @param allowPrivate   fetch loopback, private, link-local and other non-public addresses (off: SSRF guard)
 * @param every          poll feeds again after this long, forever; null reads every source once
 */
public record SourceOptions(ReadOptions read, Duration connectTimeout, Duration timeout, long maxBytes,
                            int maxRedirects, Duration politeness, String userAgent, boolean allowPrivate,
                            Duration every) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_BYTES = 16L << 20;
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    public static final Duration DEFAULT_POLITENESS = Duration.ofSeconds(1);
    public static final String DEFAULT_USER_AGENT =
            "newsift/0.1 (news-analysis research tool; reads public news pages and feeds)";

    public SourceOptions {
        if (read == null) {
            read = ReadOptions.defaults();
        }
        positive(connectTimeout, "connect timeout");
        positive(timeout, "timeout");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("--max-bytes must be a positive number, got " + maxBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("--max-redirects must not be negative, got " + maxRedirects);
        }
        if (politeness == null || politeness.isNegative()) {
            throw new IllegalArgumentException("--politeness must not be negative");
        }
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("--user-agent must not be empty");
        }
        if (every != null) {
            positive(every, "--every");
        }
    }

    /** The defaults: 10 s to connect, 30 s per response, 16 MiB, 5 redirects, 1 s per host, public addresses only. */
    public static SourceOptions defaults() {
        return new SourceOptions(ReadOptions.defaults(), DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES,
                DEFAULT_MAX_REDIRECTS, DEFAULT_POLITENESS, DEFAULT_USER_AGENT, false, null);
    }

    public SourceOptions withTimeouts(Duration connect, Duration response) {
        return new SourceOptions(read, connect, response, maxBytes, maxRedirects, politeness, userAgent,
                allowPrivate, every);
    }

    public SourceOptions withMaxBytes(long n) {
        return new SourceOptions(read, connectTimeout, timeout, n, maxRedirects, politeness, userAgent,
                allowPrivate, every);
    }

    public SourceOptions withMaxRedirects(int n) {
        return new SourceOptions(read, connectTimeout, timeout, maxBytes, n, politeness, userAgent,
                allowPrivate, every);
    }

    public SourceOptions withPoliteness(Duration d) {
        return new SourceOptions(read, connectTimeout, timeout, maxBytes, maxRedirects, d, userAgent,
                allowPrivate, every);
    }

    public SourceOptions withAllowPrivate(boolean allow) {
        return new SourceOptions(read, connectTimeout, timeout, maxBytes, maxRedirects, politeness, userAgent,
                allow, every);
    }

    public SourceOptions withEvery(Duration d) {
        return new SourceOptions(read, connectTimeout, timeout, maxBytes, maxRedirects, politeness, userAgent,
                allowPrivate, d);
    }

    private static void positive(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
