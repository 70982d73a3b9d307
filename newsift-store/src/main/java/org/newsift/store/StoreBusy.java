package org.newsift.store;

/** Another process holds the store and did not let it go in time; trying again later may succeed. */
public final class StoreBusy extends StoreException {
    private static final long serialVersionUID = 1L;

    public StoreBusy(String message) {
        super(message);
    }
}
