package org.newsift.models.rhetoric;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Propaganda Techniques Corpus as SemEval-2020 task 11 distributes it (../shared/data/rhetoric/ptc-train):
 * {@code articles/article<ID>.txt} (title, blank line, one sentence per line) and
 * {@code train-task-flc-tc.labels} (id, technique, start, end). Offsets in the labels count code points,
 * as newsift's do. The article-level split is fixed: {@link #bucket} of the id, dev below {@link #DEV_END}.
 */
public final class PtcCorpus {
    /** Relative to the shared data dir. */
    public static final Path DIR = Path.of("rhetoric", "ptc-train");
    public static final String LABELS = "train-task-flc-tc.labels";
    /** Buckets [0, 20) are dev: 20 % of the articles, for evaluation only. */
    public static final int DEV_END = 20;
    /** Buckets [20, 30) are held out of the fit to calibrate thresholds. */
    public static final int CALIBRATION_END = 30;

    /** A labelled span: code-point offsets into its article's text and the PTC technique label. */
    public record Span(int start, int end, String technique) {
    }

    /** A line of an article: its code-point range (without the line break). */
    public record Line(int start, int end) {
    }

    /** One article with its gold spans and its lines, which are its sentences. */
    public record Article(String id, String text, List<Span> spans, List<Line> lines) {

        public int bucket() {
            return PtcCorpus.bucket(id);
        }
    }

    private PtcCorpus() {
    }

    /** 0-99 from the first two bytes of SHA-256 of the article id (its digits as UTF-8). */
    public static int bucket(String id) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return (((h[0] & 0xff) << 8) | (h[1] & 0xff)) % 100;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean isDev(String id) {
        return bucket(id) < DEV_END;
    }

    /** All articles of the corpus at {@code dir}, sorted by id, with their spans. */
    public static List<Article> read(Path dir) throws IOException {
        Map<String, List<Span>> spans = new HashMap<>();
        for (String row : Files.readAllLines(dir.resolve(LABELS), StandardCharsets.UTF_8)) {
            if (row.isBlank()) {
                continue;
            }
            String[] f = row.split("\t");
            if (f.length != 4) {
                throw new IOException(LABELS + ": expected id, technique, start, end in '" + row + "'");
            }
            spans.computeIfAbsent(f[0], k -> new ArrayList<>())
                    .add(new Span(Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[1]));
        }
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("articles"))) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.startsWith("article") || !name.endsWith(".txt")) {
                    continue;
                }
                String id = name.substring("article".length(), name.length() - ".txt".length());
                String text = Files.readString(f, StandardCharsets.UTF_8);
                out.add(new Article(id, text, List.copyOf(spans.getOrDefault(id, List.of())), lines(text)));
            }
        }
        return out;
    }

    /** The non-blank lines of a text as code-point ranges. */
    static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int cp = 0;
        int lineStart = 0;
        boolean blank = true;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                if (!blank) {
                    out.add(new Line(lineStart, cp));
                }
                lineStart = cp + 1;
                blank = true;
            } else if (!Character.isWhitespace(c)) {
                blank = false;
            }
            cp++;
        }
        if (!blank) {
            out.add(new Line(lineStart, cp));
        }
        return out;
    }
}
