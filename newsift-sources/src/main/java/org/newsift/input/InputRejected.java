package org.newsift.input;

/**
 * Thrown by an analysis that refuses its input on the way, for instance because it ran past the per-item time
 * limit. Batches record it like an {@link InputError} (the input is at fault, exit code 3), not as an internal
 * failure.
 */
public class InputRejected extends RuntimeException {

    public InputRejected(String message) {
        super(message);
    }
}
