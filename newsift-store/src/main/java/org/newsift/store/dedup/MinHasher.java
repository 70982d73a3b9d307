package org.newsift.store.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * MinHash over word 5-shingles with locality-sensitive hashing in bands (Broder 1997; Leskovec, Rajaraman
 * and Ullman, Mining of Massive Datasets, ch. 3). 128 hash functions in 32 bands of 4 rows: two bodies whose
 * shingle sets have Jaccard similarity 0.8 share a band with probability 1 - (1 - 0.8^4)^32 > 0.9999, at 0.5
 * with probability 0.87; {@link #THRESHOLD} is then checked on the signatures of every candidate.
 */
public final class MinHasher {
    /** Word shingle length. */
    public static final int SHINGLE = 5;
    /** The estimated Jaccard similarity from which a body is a near copy of another. */
    public static final double THRESHOLD = 0.8;
    static final int HASHES = 128;
    static final int ROWS = 4;
    static final int BANDS = HASHES / ROWS;

    private final long[] seeds = new long[HASHES];

    public MinHasher() {
        long s = 0x6e657773696674L; // fixed, so signatures stay comparable across runs and machines
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            seeds[i] = s;
        }
    }

    /** The signature of a body given as normalised words; a body shorter than a shingle is one shingle. */
    public int[] signature(List<String> words) {
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        int shingles = Math.max(1, words.size() - SHINGLE + 1);
        for (int start = 0; start < shingles; start++) {
            long h = shingleHash(words, start);
            for (int i = 0; i < HASHES; i++) {
                int v = (int) (mix(h ^ seeds[i]) >>> 33);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    /** One key per band: the band's number and its rows hashed together, so keys of different bands never meet. */
    public static long[] bandKeys(int[] signature) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + signature[b * ROWS + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    /** The share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /** The signature as text for a database column. */
    public static String encode(int[] signature) {
        ByteBuffer buf = ByteBuffer.allocate(signature.length * 4);
        buf.asIntBuffer().put(signature);
        return Base64.getEncoder().encodeToString(buf.array());
    }

    public static int[] decode(String text) {
        ByteBuffer buf = ByteBuffer.wrap(Base64.getDecoder().decode(text));
        int[] sig = new int[buf.remaining() / 4];
        buf.asIntBuffer().get(sig);
        return sig;
    }

    private static long shingleHash(List<String> words, int start) {
        long h = 0xcbf29ce484222325L; // FNV-1a over the shingle's characters, words separated
        int end = Math.min(words.size(), start + SHINGLE);
        for (int w = start; w < end; w++) {
            String word = words.get(w);
            for (int i = 0; i < word.length(); i++) {
                h = (h ^ word.charAt(i)) * 0x100000001b3L;
            }
            h = (h ^ ' ') * 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: a cheap, well-mixed 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
