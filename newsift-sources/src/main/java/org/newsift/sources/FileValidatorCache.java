package org.newsift.sources;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * Validators kept in a JSON file ({@code {"url": {"etag": ..., "lastModified": ...}}}), so conditional GETs work
 * across runs. Each change rewrites the file through a temporary file and an atomic move, so a crash leaves the
 * old or the new version, never half of one.
 *
 * <p>URLs over {@link #MAX_URL_CHARS} characters are not kept: servers refuse URLs of that length anyway, and
 * one name over 50,000 characters would make the file unreadable to Jackson on the next run.
 */
public final class FileValidatorCache implements ValidatorCache {
    static final int MAX_URL_CHARS = 8_192;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<String, Validators> map;

    /** Opens the cache, reading the file when it exists. */
    public FileValidatorCache(Path file) throws IOException {
        this.file = file;
        this.map = Files.exists(file)
                ? JSON.readValue(file.toFile(), new TypeReference<TreeMap<String, Validators>>() { })
                : new TreeMap<>();
    }

    @Override
    public synchronized Validators get(String url) {
        return map.get(url);
    }

    @Override
    public synchronized void put(String url, Validators validators) {
        if (url.length() > MAX_URL_CHARS || validators.equals(map.put(url, validators))) {
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            JSON.writeValue(tmp.toFile(), map);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write validator cache " + file + ": " + e.getMessage(), e);
        }
    }
}
