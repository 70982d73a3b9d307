package org.newsift.store.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What de-duplication knows of a body: the SHA-256 of its normalised text (exact copies) and its MinHash
 * signature (near copies). Normalising folds case, Unicode compatibility forms, punctuation and whitespace,
 * so a wire story re-set by another outlet with curly quotes and new line breaks hashes the same.
 */
public record Fingerprint(String bodyHash, int[] minHash) {

    public static Fingerprint of(String body, MinHasher hasher) {
        String normal = normalise(body);
        return new Fingerprint(sha256(normal), hasher.signature(words(normal)));
    }

    /** Lower case, NFKC, every run of characters that are not letters or digits turned into one space. */
    public static String normalise(String body) {
        String nfkc = Normalizer.normalize(body, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return nfkc.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static List<String> words(String normal) {
        return normal.isEmpty() ? List.of() : List.of(normal.split(" "));
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
