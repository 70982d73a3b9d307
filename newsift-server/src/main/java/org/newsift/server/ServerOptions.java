package org.newsift.server;

import java.time.Duration;

/**
 * How the server guards itself; {@link #defaults()} is what {@code newsift serve} starts with.
 *
 * @param token           bearer token that write requests (and with {@code authAll} every API request) must carry;
 *                        null: writes are refused, reads and /api/analyze are open
 * @param authAll         require the token for every /api request, reads included
 * @param corsOrigin      the one origin allowed to call the API from a browser, or null for no CORS at all
 * @param maxBodyBytes    larger request bodies are refused with 413
 * @param analyzeWorkers  analyses that run at once
 * @param analyzeQueue    analyses that may wait for a worker; more are refused with 503 and Retry-After
 * @param analyzeTimeout  an analysis that takes longer is answered with 503
 */
public record ServerOptions(String token, boolean authAll, String corsOrigin, long maxBodyBytes, int analyzeWorkers,
                            int analyzeQueue, Duration analyzeTimeout) {

    public ServerOptions {
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the token must not be blank");
        }
        if (authAll && token == null) {
            throw new IllegalArgumentException("--auth-all needs a token (--token or NEWSIFT_TOKEN)");
        }
        if (maxBodyBytes < 1 || analyzeWorkers < 1 || analyzeQueue < 0 || analyzeTimeout.isNegative() || analyzeTimeout.isZero()) {
            throw new IllegalArgumentException("body limit, workers and timeout must be positive, the queue not negative");
        }
    }

    public static ServerOptions defaults() {
        return new ServerOptions(null, false, null, 1 << 20, Math.max(1, Runtime.getRuntime().availableProcessors()),
                32, Duration.ofSeconds(60));
    }

    public ServerOptions withToken(String t, boolean all) {
        return new ServerOptions(t, all, corsOrigin, maxBodyBytes, analyzeWorkers, analyzeQueue, analyzeTimeout);
    }

    public ServerOptions withCors(String origin) {
        return new ServerOptions(token, authAll, origin, maxBodyBytes, analyzeWorkers, analyzeQueue, analyzeTimeout);
    }

    public ServerOptions withLimits(long bodyBytes, int workers, int queue, Duration timeout) {
        return new ServerOptions(token, authAll, corsOrigin, bodyBytes, workers, queue, timeout);
    }
}
