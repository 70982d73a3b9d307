package org.newsift.server;

/**
 * The body of every error answer of the API: the HTTP status, a one-line message, and the request's id (also its
 * X-Request-Id header), which the server's log names when it logs the request.
 */
public record ApiError(int status, String error, String requestId) {
}
