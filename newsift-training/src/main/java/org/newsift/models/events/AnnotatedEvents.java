package org.newsift.models.events;

import org.newsift.model.Event;
import org.newsift.model.EventArgument;
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
import java.util.Objects;
import java.util.stream.Collectors;

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
     * @param goldSource the country or IGO code of who really acts ({@code -} for none), from the optional
     *                   {@code gold_source} column; null when the file has no such column
     * @param goldTarget the same for who is acted on
     */
    public record Row(String corpus, String doc, int sentenceStart, int sentenceEnd, int triggerStart,
                      int triggerEnd, String cameo, String sourceCode, String targetCode, boolean literal,
                      boolean typeOk, boolean sourceOk, boolean targetOk, String goldSource, String goldTarget) {

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

        /** Whether the row is about this candidate: the same sentence and trigger. */
        public boolean covers(Event e) {
            return sentenceStart == e.sentence().start() && triggerStart == e.trigger().start()
                    && triggerEnd == e.trigger().end();
        }

        /**
         * Whether a candidate that this row {@link #covers} is fully right. When the coder now gives it the
         * annotated coding, the row's four judgements decide; when it gives other actors with a code of the same
         * root, the row's gold countries decide; null when the row cannot say (another root, or no gold columns).
         */
        public Boolean verdict(Event e) {
            if (!literal) {
                return false;
            }
            if (cameo.equals(e.cameo()) && sourceCode.equals(sheetCodes(e.source())) && targetCode.equals(sheetCodes(e.target()))) {
                return fullyRight();
            }
            if (!cameo.regionMatches(0, e.cameo(), 0, 2)) {
                return typeOk ? Boolean.FALSE : null; // the annotated root was right, so another root is wrong
            }
            if (goldSource == null || goldTarget == null) {
                return null;
            }
            return typeOk && countries(e.source()).equals(goldSource) && countries(e.target()).equals(goldTarget);
        }
    }

    /** Codes as the annotation sheet writes them: {@code +} between actors, {@code ?} uncoded, {@code -} none. */
    public static String sheetCodes(List<EventArgument> args) {
        return args.isEmpty() ? "-" : args.stream().map(x -> x.code() == null ? "?" : x.code()).collect(Collectors.joining("+"));
    }

    /** The countries (or IGO codes) of the arguments, at the gold columns' level; {@code -} for none. */
    static String countries(List<EventArgument> args) {
        String joined = args.stream().map(x -> x.country() != null ? x.country()
                        : x.code() != null && x.code().startsWith("IGO") ? x.code().substring(0, Math.min(6, x.code().length())) : null)
                .filter(Objects::nonNull).distinct().collect(Collectors.joining("+"));
        return joined.isEmpty() ? "-" : joined;
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
                yes(f, col, "type_ok"), yes(f, col, "source_ok"), yes(f, col, "target_ok"), optional(f, col, "gold_source"),
                optional(f, col, "gold_target"));
    }

    private static String optional(String[] f, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= f.length ? null : f[i].strip();
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
