package org.newsift.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * How the server guards itself; {@link #defaults()} is what {@code newsift serve} starts with on loopback.
 *
 * @param token           bearer token that write requests (and with {@code authAll} every API request) must carry;
 *                        null: writes are refused, reads are open and /api/analyze is open to loopback clients
 * @param authAll         require the token for every /api request, reads included
 * @param corsOrigin      the one origin allowed to call the API from a browser, or null for no CORS at all
 * @param maxBodyBytes    larger request bodies, of any transfer encoding, are refused with 413
 * @param analyzeWorkers  analyses that run at once
 * @param analyzeQueue    analyses that may wait for a worker; more are refused with 503 and Retry-After
 * @param analyzeTimeout  an analysis that takes longer is cancelled and answered with 503
 * @param allowedHosts    the host names (any port) a request's Host header may give, lower case, IPv6 literals in
 *                        brackets; {@link #ANY_HOST} alone turns the check off
 * @param openAnalyze     without a token, let any client call /api/analyze, not only loopback ones
 */
public record ServerOptions(String token, boolean authAll, String corsOrigin, long maxBodyBytes, int analyzeWorkers,
                            int analyzeQueue, Duration analyzeTimeout, List<String> allowedHosts, boolean openAnalyze) {
    /** What a server on loopback is called by its own browser; a DNS-rebinding page comes with another name. */
    public static final List<String> LOOPBACK_HOSTS = List.of("localhost", "127.0.0.1", "[::1]");
    public static final String ANY_HOST = "*";
    /** readNBytes fills one array, and an article is far smaller. */
    public static final long MAX_BODY_LIMIT = 1 << 30;

    public ServerOptions {
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the token must not be blank");
        }
        if (authAll && token == null) {
            throw new IllegalArgumentException("--auth-all needs a token (--token or NEWSIFT_TOKEN)");
        }
        if (maxBodyBytes < 1 || maxBodyBytes > MAX_BODY_LIMIT) {
            throw new IllegalArgumentException("--max-body must be from 1 to " + MAX_BODY_LIMIT + " bytes, got " + maxBodyBytes);
        }
        if (analyzeWorkers < 1 || analyzeQueue < 0 || analyzeTimeout.isNegative() || analyzeTimeout.isZero()) {
            throw new IllegalArgumentException("workers and timeout must be positive, the queue not negative");
        }
        allowedHosts = allowedHosts.stream().map(ServerOptions::hostName).toList();
        if (allowedHosts.isEmpty() || allowedHosts.contains("") || allowedHosts.contains(ANY_HOST) && allowedHosts.size() > 1) {
            throw new IllegalArgumentException("--allowed-hosts takes host names, or * alone for any host");
        }
    }

    public static ServerOptions defaults() {
        return new ServerOptions(null, false, null, 1 << 20, Math.max(1, Runtime.getRuntime().availableProcessors()),
                32, Duration.ofSeconds(60), LOOPBACK_HOSTS, false);
    }

    /**
     * The Host names to allow when none are given: those of loopback when the server listens on loopback (where DNS
     * rebinding is the way in), any otherwise (a server on a network address is called by names only its admin knows).
     */
    public static List<String> defaultHosts(String listenHost) {
        try {
            return InetAddress.getByName(listenHost).isLoopbackAddress() ? LOOPBACK_HOSTS : List.of(ANY_HOST);
        } catch (UnknownHostException e) {
            return LOOPBACK_HOSTS; // the server will not start on it anyway
        }
    }

    public ServerOptions withToken(String t, boolean all) {
        return new ServerOptions(t, all, corsOrigin, maxBodyBytes, analyzeWorkers, analyzeQueue, analyzeTimeout, allowedHosts,
                openAnalyze);
    }

    public ServerOptions withCors(String origin) {
        return new ServerOptions(token, authAll, origin, maxBodyBytes, analyzeWorkers, analyzeQueue, analyzeTimeout,
                allowedHosts, openAnalyze);
    }

    public ServerOptions withLimits(long bodyBytes, int workers, int queue, Duration timeout) {
        return new ServerOptions(token, authAll, corsOrigin, bodyBytes, workers, queue, timeout, allowedHosts, openAnalyze);
    }

    public ServerOptions withAccess(List<String> hosts, boolean anyClientMayAnalyze) {
        return new ServerOptions(token, authAll, corsOrigin, maxBodyBytes, analyzeWorkers, analyzeQueue, analyzeTimeout, hosts,
                anyClientMayAnalyze);
    }

    /** Whether a request may name this host (a name as {@link #hostName} gives it). */
    boolean allowsHost(String name) {
        return allowedHosts.contains(ANY_HOST) || allowedHosts.contains(name);
    }

    /**
     * The host name of a Host header or an --allowed-hosts entry, lower case and without the port; an IPv6 literal
     * keeps (or gets) its brackets, as a Host header writes it.
     */
    static String hostName(String authority) {
        String a = authority.strip().toLowerCase(Locale.ROOT);
        if (a.startsWith("[")) {
            int end = a.indexOf(']');
            return end < 0 ? a : a.substring(0, end + 1);
        }
        int colon = a.indexOf(':');
        if (colon >= 0 && a.indexOf(':', colon + 1) >= 0) {
            return "[" + a + "]"; // a bare IPv6 literal, as --allowed-hosts ::1 writes it
        }
        return colon < 0 ? a : a.substring(0, colon);
    }
}
