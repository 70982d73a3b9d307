package org.newsift.server;

/**
 * A failure of the server rather than of the request, such as an {@link Error} from a handler or an analysis: carries
 * it to the one handler that logs it and answers 500.
 */
final class ServerFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ServerFault(Throwable cause) {
        super(cause);
    }
}
