package org.newsift.input;

/** Internal: a reason an input cannot be read, turned into an {@link InputError} by the readers. */
final class InputException extends Exception {
    InputException(String message) {
        super(message, null, false, false);
    }
}
