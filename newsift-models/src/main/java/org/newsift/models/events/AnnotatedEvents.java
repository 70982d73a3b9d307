package org.newsift.models.events;

import org.newsift.models.NgecSynthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the project's own event annotations ({@code eval/annotations/events.tsv}, annotated by the
 * project under its written guidelines in docs/): one row per event candidate, pointing into a Reuters-21578 story or a PolNeAR
 * training article by code-point offsets, with four y/n judgements. The text itself stays in
 * {@code ../shared} ({@link AnnotatedDocuments} loads it).
 *
 * <p>Format: tab-separated, {@code #} comment lines, one header line naming the columns {@code corpus doc
 * sentence_start sentence_end trigger_start trigger_end cameo source_code target_code literal type_ok
 * source_ok target_ok} (found by name, so their order is free).
 */
public final class AnnotatedEvents {
    /** Buckets 0 to DEV_END - 1 are dev, the rest train. */
    public static final int DEV_END = 20;
    static final List<String> COLUMNS = List.of("corpus", "doc", "sentence_start", "sentence_end", "trigger_start",
            "trigger_end", "cameo", "source_code", "target_code", "literal", "type_ok", "source_ok", "target_ok");

    private AnnotatedEvents() {
    }

    /**
     * One annotated candidate.
     *
     * @param corpus  {@code reuters} or {@code polnear}
     * @param doc     the story's NEWID (reuters) or the article's file stem (polnear)
     * @param literal the trigger is a literal, asserted act in this sentence (not an idiom, metaphor, title,
     *                poll option or definition)
     * @param typeOk  the CAMEO code is right
     */
    public record Row(String corpus, String doc, int sentenceStart, int sentenceEnd, int triggerStart,
                      int triggerEnd, String cameo, String sourceCode, String targetCode, boolean literal,
                      boolean typeOk, boolean sourceOk, boolean targetOk) {

        /** Type, source and target right, and a literal event. */
        public boolean fullyRight() {
            return literal && typeOk && sourceOk && targetOk;
        }

        /** The split bucket, 0-99, of the document: {@link NgecSynthetic#bucket} of {@code corpus + "/" + doc}. */
        public int bucket() {
            return AnnotatedEvents.bucket(corpus, doc);
        }

        public boolean isDev() {
            return bucket() < DEV_END;
        }
    }

    /** The split bucket of a document; all rows of one document share it. */
    public static int bucket(String corpus, String doc) {
        return NgecSynthetic.bucket(corpus + "/" + doc);
    }

    public static List<Row> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    /** The rows of the file's lines, in order; a malformed line is an error naming its line number. */
    public static List<Row> parse(List<String> lines, String origin) throws IOException {
        Map<String, Integer> col = null;
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String where = origin + ":" + (i + 1) + ": ";
            if (col == null) {
                col = header(f, where);
                continue;
            }
            if (f.length < col.size()) {
                throw new IOException(where + "expected " + col.size() + " tab-separated columns, got " + f.length);
            }
            try {
                out.add(row(f, col));
            } catch (IllegalArgumentException e) {
                throw new IOException(where + e.getMessage());
            }
        }
        if (col == null) {
            throw new IOException(origin + ": no header line");
        }
        return out;
    }

    private static Row row(String[] f, Map<String, Integer> col) {
        String corpus = f[col.get("corpus")].strip();
        if (!corpus.equals("reuters") && !corpus.equals("polnear")) {
            throw new IllegalArgumentException("corpus '" + corpus + "' is neither reuters nor polnear");
        }
        return new Row(corpus, f[col.get("doc")].strip(), offset(f, col, "sentence_start"), offset(f, col, "sentence_end"),
                offset(f, col, "trigger_start"), offset(f, col, "trigger_end"), f[col.get("cameo")].strip(),
                f[col.get("source_code")].strip(), f[col.get("target_code")].strip(), yes(f, col, "literal"),
                yes(f, col, "type_ok"), yes(f, col, "source_ok"), yes(f, col, "target_ok"));
    }

    private static Map<String, Integer> header(String[] names, String where) throws IOException {
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            col.put(names[i].strip(), i);
        }
        for (String c : COLUMNS) {
            if (!col.containsKey(c)) {
                throw new IOException(where + "header has no column '" + c + "'");
            }
        }
        return col;
    }

    private static int offset(String[] f, Map<String, Integer> col, String name) {
        String v = f[col.get(name)].strip();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + v + "' is not an offset");
        }
    }

    private static boolean yes(String[] f, Map<String, Integer> col, String name) {
        String v = f[col.get(name)].strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "y" -> true;
            case "n" -> false;
            default -> throw new IllegalArgumentException(name + " '" + v + "' is neither y nor n");
        };
    }
}
