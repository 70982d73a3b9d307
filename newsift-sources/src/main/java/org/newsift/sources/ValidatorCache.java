package org.newsift.sources;

/**
 * Remembers each URL's validators (ETag, Last-Modified) so the next fetch can be a conditional GET, answered
 * with 304 Not Modified when nothing changed. {@link InMemoryValidatorCache} lives as long as the process;
 * {@link FileValidatorCache} survives it (a store may offer its own implementation).
 */
public interface ValidatorCache {

    /** What a server said identifies the version it sent; either field may be null, not both. */
    record Validators(String etag, String lastModified) {
    }

    /** The validators stored for this URL, or null. */
    Validators get(String url);

    void put(String url, Validators validators);
}
