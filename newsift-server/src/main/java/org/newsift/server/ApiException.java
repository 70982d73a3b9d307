package org.newsift.server;

import io.javalin.http.HttpStatus;

/** A request the API refuses, with the status and one-line message the client gets as {@link ApiError}. */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient HttpStatus status;

    ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
