package org.newsift.sources;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileValidatorCacheTest {
    @TempDir
    Path dir;

    @Test
    void validatorsSurviveAReopenAndNoTemporaryFileIsLeft() throws IOException {
        Path file = dir.resolve("state/validators.json");
        FileValidatorCache cache = new FileValidatorCache(file);
        assertNull(cache.get("https://news.example/feed"));
        cache.put("https://news.example/feed", new ValidatorCache.Validators("\"abc\"", null));
        cache.put("https://news.example/atom", new ValidatorCache.Validators(null, "Wed, 25 Nov 2026 10:00:00 GMT"));

        FileValidatorCache reopened = new FileValidatorCache(file);
        assertEquals(new ValidatorCache.Validators("\"abc\"", null), reopened.get("https://news.example/feed"));
        assertEquals("Wed, 25 Nov 2026 10:00:00 GMT", reopened.get("https://news.example/atom").lastModified());
        try (var files = Files.list(file.getParent())) {
            assertTrue(files.allMatch(p -> p.equals(file)), "only the cache file remains");
        }
    }

    @Test
    void aUrlOfAHundredThousandCharactersDoesNotMakeTheFileUnreadable() throws IOException {
        Path file = dir.resolve("validators.json");
        FileValidatorCache cache = new FileValidatorCache(file);
        String huge = "https://news.example/" + "a".repeat(100_000);
        cache.put(huge, new ValidatorCache.Validators("\"h\"", null));
        cache.put("https://news.example/feed", new ValidatorCache.Validators("\"abc\"", null));

        FileValidatorCache reopened = new FileValidatorCache(file); // Jackson refused names over 50,000 characters
        assertEquals("\"abc\"", reopened.get("https://news.example/feed").etag());
        assertNull(reopened.get(huge));
    }
}
