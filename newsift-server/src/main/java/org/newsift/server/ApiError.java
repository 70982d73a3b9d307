package org.newsift.server;

/** The body of every error answer of the API: the HTTP status and a one-line message. */
public record ApiError(int status, String error) {
}
