package org.newsift.rhetoric;

import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;
import org.newsift.text.DataLines;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cue patterns for the persuasion techniques (docs/rhetoric.md): each line of a lexicon names a
 * technique, a {@link CuePattern}, how far the span reaches, a prior (the probability that its span is a
 * persuasion span) and the readable reason. The built-in lexicon is {@code org/newsift/rhetoric/cues.tsv};
 * its priors are updated from PTC articles by {@code cues-calibrated.tsv} ({@code newsift train cues}); user files
 * read later replace entries with the same technique and pattern (prior 0 switches one off), and an entry that
 * changes only the prior keeps its place and the lexicon line that describes it.
 * Immutable once built.
 */
public final class RhetoricCues {
    /** The written built-in lexicon's name, as explanations cite it. */
    public static final String BUILT_IN = "cues.tsv";
    /** The priors of the built-in entries that PTC articles have, updated from them ({@code newsift train cues}). */
    static final String CALIBRATED = "cues-calibrated.tsv";

    /**
     * How far a cue's span reaches: the cue's words, the cue to the end of its sentence, or the sentence;
     * {@code QUESTION} is the sentence too, but only when it is a question in the writer's own voice
     * ({@link CueTagger}).
     */
    public enum Scope {
        CUE, REST, SENTENCE, QUESTION
    }

    /** One lexicon line. */
    public record Entry(Technique technique, CuePattern pattern, Scope scope, double prior, String reason,
                        String where) {
    }

    /** A cue found in a sentence: the entry and the token range [from, to) it matched. */
    public record Hit(Entry entry, Sentence sentence, int from, int to) {
    }

    private final Map<String, List<Entry>> byFirstWord;
    private final List<Entry> unindexed;
    private final List<Entry> entries;

    private RhetoricCues(List<Entry> entries) {
        Map<String, List<Entry>> index = new HashMap<>();
        List<Entry> rest = new ArrayList<>();
        for (Entry e : entries) {
            if (e.pattern().firstWords().isEmpty()) {
                rest.add(e);
            }
            for (String w : e.pattern().firstWords()) {
                index.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstWord = Map.copyOf(index);
        this.unindexed = List.copyOf(rest);
        this.entries = List.copyOf(entries);
    }

    public int size() {
        return entries.size();
    }

    /** The entries in file order, later files last. */
    public List<Entry> entries() {
        return entries;
    }

    private static final class Holder {
        static final RhetoricCues BUILT_IN_LEXICON = builder().addBuiltIn().build();
    }

    /** The lexicon that ships with newsift, read once. */
    public static RhetoricCues builtIn() {
        return Holder.BUILT_IN_LEXICON;
    }

    /** The written built-in lexicon, line by line (what {@code newsift train cues} calibrates). */
    public static List<String> builtInLines() {
        return resourceLines(BUILT_IN);
    }

    private static List<String> resourceLines(String name) {
        try (InputStream in = RhetoricCues.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + ": resource not found");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cue in the sentence, in token order. */
    public List<Hit> match(Sentence s) {
        List<Hit> hits = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            List<Entry> candidates = new ArrayList<>(unindexed);
            candidates.addAll(byFirstWord.getOrDefault(t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\''), List.of()));
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (!lemma.equals(t.text().toLowerCase(Locale.ROOT))) {
                byFirstWord.getOrDefault(lemma, List.of()).stream().filter(e -> !candidates.contains(e))
                        .forEach(candidates::add);
            }
            for (Entry e : candidates) {
                int end = e.pattern().matchAt(tokens, i);
                if (end > i) {
                    hits.add(new Hit(e, s, i, end));
                }
            }
        }
        return hits;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects entries; a later entry with the same technique and pattern replaces an earlier one. */
    public static final class Builder {
        private final Map<String, Entry> entries = new LinkedHashMap<>();

        /** The written built-in lexicon, then its calibrated priors. */
        public Builder addBuiltIn() {
            return addLines(builtInLines(), BUILT_IN).addLines(resourceLines(CALIBRATED), CALIBRATED);
        }

        /** Adds a user lexicon (same format); a bad line is an error naming file and line. */
        public Builder addTsv(Path file) throws IOException {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return add(r, file.getFileName().toString());
            }
        }

        /** Adds the lines of a lexicon (same format) named {@code origin} in errors and explanations. */
        public Builder addLines(List<String> lines, String origin) {
            try {
                return add(new StringReader(String.join("\n", lines)), origin);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Builder add(Reader reader, String origin) throws IOException {
            for (DataLines.Line line : DataLines.read(reader, origin)) {
                Entry e = parse(line);
                String key = e.technique() + "\t" + e.pattern().source();
                Entry old = entries.get(key);
                if (old != null && old.scope() == e.scope() && old.reason().equals(e.reason()) && e.prior() > 0) {
                    // only the prior changes (a calibrated lexicon): the entry keeps its place and the line that describes it
                    entries.put(key, new Entry(old.technique(), old.pattern(), old.scope(), e.prior(), old.reason(), old.where()));
                    continue;
                }
                entries.remove(key); // re-insert so that the newer entry also takes the later position
                if (e.prior() > 0) {
                    entries.put(key, e);
                }
            }
            return this;
        }

        private static Entry parse(DataLines.Line line) {
            String[] f = line.text().split("\t", -1);
            if (f.length != 5) {
                throw line.error("expected 5 tab-separated fields (technique, pattern, scope, prior, reason), found "
                        + f.length);
            }
            Technique technique = Technique.parse(f[0].strip())
                    .orElseThrow(() -> line.error("unknown technique '" + f[0].strip() + "'"));
            CuePattern pattern;
            try {
                pattern = CuePattern.parse(f[1]);
            } catch (IllegalArgumentException ex) {
                throw line.error(ex.getMessage());
            }
            Scope scope;
            try {
                scope = Scope.valueOf(f[2].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw line.error("scope must be cue, rest, sentence or question, not '" + f[2].strip() + "'");
            }
            double prior;
            try {
                prior = Double.parseDouble(f[3].strip());
            } catch (NumberFormatException ex) {
                throw line.error("prior must be a number in [0,1], not '" + f[3].strip() + "'");
            }
            if (prior < 0 || prior > 1) {
                throw line.error("prior must be in [0,1], not " + prior);
            }
            if (f[4].isBlank()) {
                throw line.error("empty reason");
            }
            return new Entry(technique, pattern, scope, prior, f[4].strip(), line.where());
        }

        public RhetoricCues build() {
            return new RhetoricCues(new ArrayList<>(entries.values()));
        }
    }
}
