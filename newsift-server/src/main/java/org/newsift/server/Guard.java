package org.newsift.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The checks a request passes before any handler reads it; each refusal is an {@link ApiException}. */
final class Guard {
    private final ServerOptions options;

    Guard(ServerOptions options) {
        this.options = options;
    }

    /**
     * Every request: a page that rebinds its own DNS name to 127.0.0.1 is same-origin with the server in the browser's
     * eyes, but its requests still carry that name in the Host header.
     */
    void host(Context ctx) {
        String host = ctx.header("Host");
        // HTTP/1.0 may omit Host; a browser never does, so no rebinding page can
        if (host != null && !options.allowsHost(ServerOptions.hostName(host))) {
            throw new ApiException(HttpStatus.FORBIDDEN, "the host name '" + ServerOptions.hostName(host)
                    + "' is not allowed; start the server with --allowed-hosts to add it");
        }
    }

    /** Every /api request: origin, token, who may analyse, declared body size. */
    void api(Context ctx) {
        // a CORS preflight never carries credentials; the request it announces is checked when it comes
        boolean preflight = ctx.method() == HandlerType.OPTIONS;
        boolean write = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && !preflight;
        boolean store = write && !ctx.path().equals("/api/analyze");
        String origin = ctx.header("Origin");
        if (write && origin != null && !originAllowed(origin, ctx.header("Host"))) {
            throw new ApiException(HttpStatus.FORBIDDEN, "requests from another origin may only read; allow one with --cors");
        }
        if (store && options.token() == null) {
            throw new ApiException(HttpStatus.FORBIDDEN, "writes are off: start the server with --token or NEWSIFT_TOKEN");
        }
        if (write && options.token() == null && !options.openAnalyze() && !loopback(ctx.req().getRemoteAddr())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "without a token only this machine may analyse: start the server "
                    + "with --token (or NEWSIFT_TOKEN), or with --open-analyze to let any client");
        }
        if (options.token() != null && (write || (options.authAll() && !preflight)) && !authorised(ctx, options.token())) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(HttpStatus.UNAUTHORIZED, "missing or wrong bearer token");
        }
        long length = ctx.req().getContentLengthLong();
        if (length > options.maxBodyBytes()) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "the body is " + length + " bytes; the limit is "
                    + options.maxBodyBytes() + " (--max-body)");
        }
    }

    /** The server's own pages, the --cors origin, and pages on an allowed host (any port). */
    private boolean originAllowed(String origin, String host) {
        if (origin.equalsIgnoreCase(options.corsOrigin())) {
            return true;
        }
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.getHost() == null) {
            return false; // "null": a sandboxed frame, a file, a redirect across origins
        }
        if (host != null && uri.getRawAuthority().equalsIgnoreCase(host.strip())) {
            return true;
        }
        return !options.allowedHosts().contains(ServerOptions.ANY_HOST) && options.allowsHost(ServerOptions.hostName(uri.getHost()));
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress(); // an IP literal: nothing is looked up
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean authorised(Context ctx, String token) {
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        // constant time, so the answer's timing says nothing about how much of a guess was right
        return MessageDigest.isEqual(header.substring(7).strip().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }
}
