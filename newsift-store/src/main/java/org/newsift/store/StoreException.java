package org.newsift.store;

/** The store could not be read or written; the message says what was being done. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
