package org.newsift.models.events;

import org.newsift.models.NgecSynthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code PLV_train.tsv} (Zero-Shot PLOVER, Hu et al. 2024: news sentences with one source-target pair
 * marked {@code <s>..</s>} and {@code <t>..</t>}, a quad class and a PLOVER root) and splits it into train
 * and dev by sentence id, so that the pairs of one sentence stay together.
 *
 * <p>The TSV has a header and no quoting; columns are found by name ({@code sentence_id}, {@code sentence},
 * {@code marked_sentence}, {@code gold_penta}, {@code gold_root}).
 */
public final class PlvPairs {
    /** Where PLV_train lies in the shared data dir. */
    public static final Path FILE = Path.of("events", "plv", "PLV_train.tsv");
    /** Buckets 0 to DEV_END - 1 are dev, the rest train. */
    public static final int DEV_END = 20;
    private static final List<String> COLUMNS = List.of("sentence_id", "sentence", "marked_sentence", "gold_penta", "gold_root");

    private PlvPairs() {
    }

    /** A code-point range of the sentence, end exclusive. */
    public record Span(int start, int end) {
        public boolean overlaps(int otherStart, int otherEnd) {
            return start < otherEnd && otherStart < end;
        }
    }

    /**
     * One marked pair.
     *
     * @param source where the source is marked (usually once; an actor named twice can be marked twice);
     *               empty when the dataset gives an implicit source ("An actor")
     * @param target likewise; empty when the target is implicit ("a recipient")
     * @param quad   1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict;
     *               0 when no relation (or none given)
     * @param root   the PLOVER root as the dataset spells it (upper case, "YIELD" for CONCEDE/RETREAT), or ""
     */
    public record Pair(String sentenceId, String sentence, List<Span> source, List<Span> target, int quad, String root) {
        public Pair {
            source = List.copyOf(source);
            target = List.copyOf(target);
        }

        /** A pair that can be scored: a relation (quad 1-4) with both sides marked in the sentence. */
        public boolean scorable() {
            return quad >= 1 && quad <= 4 && !source.isEmpty() && !target.isEmpty();
        }

        /** The split bucket, 0-99, of the sentence id ({@link NgecSynthetic#bucket}). */
        public int bucket() {
            return NgecSynthetic.bucket(sentenceId);
        }

        public boolean isDev() {
            return bucket() < DEV_END;
        }
    }

    /** The two parts of the fixed split, each in file order. */
    public record Split(List<Pair> train, List<Pair> dev) {
    }

    /** Every row of the file, in file order. */
    public static List<Pair> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException(file + ": empty");
        }
        Map<String, Integer> col = columns(lines.get(0), file);
        List<Pair> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = Arrays.copyOf(lines.get(i).split("\t", -1), lines.get(0).split("\t", -1).length);
            try {
                out.add(pair(get(f, col, "sentence_id"), get(f, col, "sentence"), get(f, col, "marked_sentence"),
                        get(f, col, "gold_penta"), get(f, col, "gold_root")));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return out;
    }

    /**
     * Splits by {@link Pair#bucket()}: buckets 0-19 are dev (about 20 %: 216 of the 1,050 pairs), 20-99
     * train. Train on train only; evaluate on dev.
     */
    public static Split split(List<Pair> pairs) {
        return new Split(pairs.stream().filter(p -> !p.isDev()).toList(), pairs.stream().filter(Pair::isDev).toList());
    }

    /**
     * The PLOVER types (as newsift names them) that match a gold root: the dataset's YIELD is the older
     * PLOVER name that newsift, like current PLOVER, splits into CONCEDE and RETREAT.
     */
    public static Set<String> ploverTypes(String root) {
        String r = root == null ? "" : root.strip().toUpperCase(Locale.ROOT);
        return r.equals("YIELD") ? Set.of("CONCEDE", "RETREAT") : r.isEmpty() ? Set.of() : Set.of(r);
    }

    /**
     * One pair from a row's cells: the spans come from the marks of {@code marked}, which may nest
     * ({@code <s><t>Iraqi</t> fighters</s>}). An IllegalArgumentException when the marks are unbalanced or
     * {@code marked} without them is not {@code sentence}.
     */
    public static Pair pair(String id, String sentence, String marked, String penta, String root) {
        List<Span> source = new ArrayList<>();
        List<Span> target = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int codePoints = 0;
        Map<Character, Integer> open = new HashMap<>(); // side ('s' or 't') to where its open mark is; marks may nest
        for (int i = 0; i < marked.length(); ) {
            String tag = tagAt(marked, i);
            if (tag != null) {
                char side = tag.charAt(tag.length() - 2);
                if (!tag.startsWith("</")) {
                    open.put(side, codePoints);
                } else if (open.containsKey(side)) {
                    Span span = trimmed(plain, open.remove(side), codePoints);
                    if (span != null) {
                        (side == 's' ? source : target).add(span);
                    }
                } else {
                    throw new IllegalArgumentException("unbalanced mark " + tag + " in sentence " + id);
                }
                i += tag.length();
            } else {
                int cp = marked.codePointAt(i);
                plain.appendCodePoint(cp);
                codePoints++;
                i += Character.charCount(cp);
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("unclosed mark in sentence " + id);
        }
        if (!plain.toString().equals(sentence)) {
            throw new IllegalArgumentException("marked_sentence without its marks differs from sentence " + id);
        }
        String q = penta.strip();
        int quad = q.isEmpty() ? 0 : (int) Double.parseDouble(q);
        return new Pair(id.strip(), sentence, source, target, quad, root.strip().toUpperCase(Locale.ROOT));
    }

    private static String tagAt(String s, int i) {
        for (String tag : List.of("<s>", "</s>", "<t>", "</t>")) {
            if (s.startsWith(tag, i)) {
                return tag;
            }
        }
        return null;
    }

    /** [start, end) of the plain text without leading and trailing white space ("<s>The army </s>"), or null if empty. */
    private static Span trimmed(StringBuilder plain, int start, int end) {
        int[] cps = plain.codePoints().toArray();
        while (start < end && Character.isWhitespace(cps[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(cps[end - 1])) {
            end--;
        }
        return start < end ? new Span(start, end) : null;
    }

    private static Map<String, Integer> columns(String header, Path file) throws IOException {
        String[] names = header.split("\t", -1);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            col.putIfAbsent(names[i].strip(), i);
        }
        for (String c : COLUMNS) {
            if (!col.containsKey(c)) {
                throw new IOException(file + ": no column '" + c + "' in the header");
            }
        }
        return col;
    }

    private static String get(String[] fields, Map<String, Integer> col, String name) {
        String v = fields[col.get(name)];
        return v == null ? "" : v;
    }
}
