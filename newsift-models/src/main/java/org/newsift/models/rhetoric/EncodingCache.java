package org.newsift.models.rhetoric;

import org.newsift.encoding.SentenceEncoder;
import org.newsift.encoding.SentenceEncoding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Encodings of the PTC articles' lines, kept on disk between training runs so that changing a feature
 * or a head does not cost another pass of the encoder over 17,000 lines. States are stored as 8-bit
 * values with one scale per vector (the heads do not notice the rounding); the pooled vector as floats.
 * A cache that does not match the corpus (another article count or line count) is rebuilt.
 */
final class EncodingCache {
    private static final int MAGIC = 0x50544331; // "PTC1"

    private EncodingCache() {
    }

    /** One list of line encodings per article, from the cache when it matches, else from the encoder. */
    static List<List<SentenceEncoding>> encode(List<PtcCorpus.Article> articles, SentenceEncoder encoder, Path cache,
                                               PrintStream log) throws IOException {
        if (cache != null && Files.isRegularFile(cache)) {
            List<List<SentenceEncoding>> cached = read(cache, articles);
            if (cached != null) {
                log.println("[train] encodings read from " + cache);
                return cached;
            }
        }
        long t0 = System.nanoTime();
        List<List<SentenceEncoding>> out = new ArrayList<>();
        int lines = 0;
        for (PtcCorpus.Article a : articles) {
            List<SentenceEncoding> encs = new ArrayList<>();
            for (PtcCorpus.Line l : a.lines()) {
                encs.add(encoder.encode(a.text(), l.start(), l.end()));
            }
            lines += encs.size();
            out.add(encs);
        }
        log.printf(Locale.ROOT, "[train] encoded %d lines of %d articles in %.1f s%n", lines, articles.size(),
                (System.nanoTime() - t0) / 1e9);
        if (cache != null) {
            write(cache, out);
        }
        // rounded as the cache rounds them, so that a run without the cache trains on the same numbers
        return out.stream().map(article -> article.stream().map(EncodingCache::rounded).toList()).toList();
    }

    /** The encoding with each state vector rounded to 8 bits, exactly as it reads back from the cache. */
    static SentenceEncoding rounded(SentenceEncoding e) {
        float[][] states = new float[e.size()][];
        for (int i = 0; i < e.size(); i++) {
            float max = scaleOf(e.states()[i]);
            states[i] = new float[e.states()[i].length];
            for (int j = 0; j < states[i].length; j++) {
                states[i][j] = quantize(e.states()[i][j], max) * (max / 127);
            }
        }
        return new SentenceEncoding(e.pooled(), states, e.starts(), e.ends());
    }

    private static float scaleOf(float[] v) {
        float max = 1e-12f;
        for (float x : v) {
            max = Math.max(max, Math.abs(x));
        }
        return max;
    }

    private static byte quantize(float v, float max) {
        return (byte) Math.round(v / max * 127);
    }

    private static void write(Path cache, List<List<SentenceEncoding>> all) throws IOException {
        if (cache.getParent() != null) {
            Files.createDirectories(cache.getParent());
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(all.size());
            for (List<SentenceEncoding> article : all) {
                out.writeInt(article.size());
                for (SentenceEncoding e : article) {
                    out.writeInt(e.size());
                    out.writeInt(e.pooled().length);
                    for (float v : e.pooled()) {
                        out.writeFloat(v);
                    }
                    for (int i = 0; i < e.size(); i++) {
                        out.writeInt(e.starts()[i]);
                        out.writeInt(e.ends()[i]);
                        float[] s = e.states()[i];
                        float max = scaleOf(s);
                        out.writeFloat(max);
                        for (float v : s) {
                            out.writeByte(quantize(v, max));
                        }
                    }
                }
            }
        }
    }

    private static List<List<SentenceEncoding>> read(Path cache, List<PtcCorpus.Article> articles) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != articles.size()) {
                return null;
            }
            List<List<SentenceEncoding>> out = new ArrayList<>();
            for (PtcCorpus.Article a : articles) {
                int lines = in.readInt();
                if (lines != a.lines().size()) {
                    return null;
                }
                List<SentenceEncoding> encs = new ArrayList<>(lines);
                for (int l = 0; l < lines; l++) {
                    int n = in.readInt();
                    float[] pooled = new float[in.readInt()];
                    for (int j = 0; j < pooled.length; j++) {
                        pooled[j] = in.readFloat();
                    }
                    float[][] states = new float[n][pooled.length];
                    int[] starts = new int[n];
                    int[] ends = new int[n];
                    byte[] q = new byte[pooled.length];
                    for (int i = 0; i < n; i++) {
                        starts[i] = in.readInt();
                        ends[i] = in.readInt();
                        float scale = in.readFloat() / 127;
                        in.readFully(q);
                        for (int j = 0; j < q.length; j++) {
                            states[i][j] = q[j] * scale;
                        }
                    }
                    encs.add(new SentenceEncoding(pooled, states, starts, ends));
                }
                out.add(encs);
            }
            return out;
        }
    }
}
