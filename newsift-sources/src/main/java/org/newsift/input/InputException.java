package org.newsift.input;

/**
 * A reason an input cannot be read, as one line for the user (e.g. {@code corrupt gzip data: ...}). The
 * batch readers turn it into an {@link InputError}; single-page readers such as {@link HtmlPages} throw it.
 */
public final class InputException extends Exception {
    InputException(String message) {
        super(message, null, false, false);
    }
}
