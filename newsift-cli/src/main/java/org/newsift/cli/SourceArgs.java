package org.newsift.cli;

import org.newsift.input.ReadOptions;
import org.newsift.sources.SourceOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The network and feed options of a command that reads sources ({@code analyze}, {@code ingest}); see
 * docs/sources.md. {@link #options} turns them into {@link SourceOptions}, or a usage error naming the option.
 */
public final class SourceArgs {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)(i?b)?");

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--allow-private",
            description = "Also fetch loopback, private, link-local and other non-public addresses (off: SSRF guard).")
    boolean allowPrivate;

    @Option(names = "--every", paramLabel = "DURATION",
            description = "Poll the feeds again this often (e.g. 15m, 1h), until interrupted (newsift ingest).")
    String every;

    @Option(names = "--timeout", defaultValue = "30s", paramLabel = "DURATION",
            description = "Longest wait for one HTTP response, body included. Default: ${DEFAULT-VALUE}.")
    String timeout;

    @Option(names = "--connect-timeout", defaultValue = "10s", paramLabel = "DURATION",
            description = "Longest wait for a connection. Default: ${DEFAULT-VALUE}.")
    String connectTimeout;

    @Option(names = "--max-bytes", defaultValue = "16MiB", paramLabel = "SIZE",
            description = "Largest HTTP body or WARC record, also after gzip decoding (e.g. 500k, 16MiB). Default: ${DEFAULT-VALUE}.")
    String maxBytes;

    @Option(names = "--max-redirects", defaultValue = "" + SourceOptions.DEFAULT_MAX_REDIRECTS, paramLabel = "N",
            description = "Redirects followed per fetch; each hop is checked. Default: ${DEFAULT-VALUE}.")
    int maxRedirects;

    @Option(names = "--politeness", defaultValue = "1s", paramLabel = "DURATION",
            description = "Least time between two requests to the same host. Default: ${DEFAULT-VALUE}.")
    String politeness;

    @Option(names = "--user-agent", paramLabel = "TEXT", description = "User-Agent header. Default: newsift's own.")
    String userAgent = SourceOptions.DEFAULT_USER_AGENT;

    /** Whether {@code --every} was given. */
    public boolean polls() {
        return every != null;
    }

    /** The options, reading local files and pages with {@code read}; a bad value is a usage error. */
    public SourceOptions options(ReadOptions read) {
        try {
            return new SourceOptions(read, duration("--connect-timeout", connectTimeout), duration("--timeout", timeout),
                    size(maxBytes), maxRedirects, duration("--politeness", politeness), userAgent, allowPrivate,
                    every == null ? null : duration("--every", every));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(mixee.commandLine(), e.getMessage());
        }
    }

    /** {@code 500ms}, {@code 30s}, {@code 15m}, {@code 2h}, {@code 1d}, or ISO-8601 such as {@code PT15M}. */
    static Duration duration(String option, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(v);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a duration such as 500ms, 30s, 15m or 2h, got '"
                    + value + "'");
        }
    }

    /** A duration as the options spell it: {@code 90 s}, {@code 250 ms}. */
    static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** Bytes: {@code 1000000}, {@code 500k}, {@code 16m}, {@code 16MiB}, {@code 1g} (k, m, g are powers of 1024). */
    static long size(String value) {
        Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("--max-bytes must be a size such as 500k or 16MiB, got '" + value + "'");
        }
        int shift = switch (m.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        return Long.parseLong(m.group(1)) << shift;
    }
}
