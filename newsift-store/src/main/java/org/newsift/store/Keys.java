package org.newsift.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The keys the store indexes instead of ids, URLs and reasons, which can be megabytes long (a feed link, a
 * WARC-Target-URI, a JSONL id): DuckDB's ART index refuses keys over about 120 KB, a PostgreSQL btree row over
 * about 2.7 KB and Lucene a term over 32 KB. A key is the SHA-256 (hex) of the value as stored.
 */
final class Keys {
    private Keys() {
    }

    /** The value as the database keeps it: PostgreSQL text cannot hold NUL, so neither backend keeps it. */
    static String storable(String s) {
        return s.indexOf('\0') < 0 ? s : s.replace("\0", "");
    }

    /** The key of an article id. */
    static String of(String value) {
        return sha256(storable(value));
    }

    /** The key of an ingest error: its input and reason together, unambiguously (the id's length comes first). */
    static String of(String inputId, String reason) {
        String id = storable(inputId);
        return sha256(id.length() + ":" + id + storable(reason));
    }

    /** An id or URL as a message quotes it: whole up to 200 characters, else its start and its length. */
    static String shown(String value) {
        if (value.length() <= 200) {
            return value;
        }
        int cut = Character.isHighSurrogate(value.charAt(199)) ? 199 : 200;
        return value.substring(0, cut) + "... (" + value.length() + " characters)";
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
