package org.newsift.actors;

import org.newsift.nlp.Sentence;
import org.newsift.text.DataLines;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names of actors, roles and places, matched against tokens. Entries added later override earlier
 * entries with the same surface form, which is how a user's {@code --actors FILE} overrides the
 * built-in lexicon. Immutable after building, so it is shared by all threads.
 *
 * <p>File format (see docs/lexicons.md): UTF-8, one entry per line, tab-separated
 * {@code kind code country sector names}, where names are separated by {@code |}; {@code #} starts
 * a comment line.
 */
public final class ActorLexicon {
    private static final String[] BUILT_IN = {"countries.tsv", "organizations.tsv", "groups.tsv", "institutions.tsv",
            "agents.tsv"};

    private final Map<String, LexiconEntry> byForm;
    private final Map<String, LexiconEntry> countriesByCode = new HashMap<>();
    private final Map<String, List<Phrase>> exactIndex = new HashMap<>();
    private final Map<String, List<Phrase>> prefixIndex = new HashMap<>();

    /** A surface form split into words, with its first word as the lexicon wrote it (for the case rule). */
    private record Phrase(String[] words, String firstRaw, LexiconEntry entry) {
    }

    private ActorLexicon(Map<String, LexiconEntry> byForm) {
        this.byForm = Map.copyOf(byForm);
        byForm.values().stream().filter(e -> e.kind() == EntryKind.COUNTRY)
                .forEach(e -> countriesByCode.putIfAbsent(e.code(), e));
        byForm.forEach((form, entry) -> {
            String[] words = Word.split(form.substring(2));
            Map<String, List<Phrase>> index = entry.prefix() ? prefixIndex : exactIndex;
            index.computeIfAbsent(indexKey(words[0], entry.prefix()), k -> new ArrayList<>())
                    .add(new Phrase(words, firstRawWord(entry, form.substring(2)), entry));
        });
        Comparator<Phrase> longestFirst = Comparator.comparingInt((Phrase p) -> -p.words.length);
        exactIndex.values().forEach(l -> l.sort(longestFirst));
        prefixIndex.values().forEach(l -> l.sort(longestFirst));
    }

    /** The lexicon that ships with newsift. */
    public static ActorLexicon builtIn() {
        Builder b = builder();
        for (String file : BUILT_IN) {
            try (InputStream in = ActorLexicon.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("built-in lexicon " + file + " is missing from the classpath");
                }
                b.addTsv(new InputStreamReader(in, StandardCharsets.UTF_8), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return b.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this lexicon, to override or extend it. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.byForm.putAll(byForm);
        return b;
    }

    public Collection<LexiconEntry> entries() {
        return byForm.values();
    }

    /** The country entry for an alpha-3 code (its first entry in file order), or null. */
    public LexiconEntry country(String code) {
        return countriesByCode.get(code);
    }

    /** The entry for an exact surface form (case-insensitive), or null. */
    public LexiconEntry lookup(String name) {
        LexiconEntry e = byForm.get(formKey(normalize(name), false));
        return e != null ? e : byForm.get(formKey(normalize(name), true));
    }

    /**
     * Longest, non-overlapping matches in a sentence, left to right. Hyphenated words match however
     * the tokenizer split them ("Tehrik-i-Taliban" as one token or five). Proper names (all kinds but
     * AGENT and SPEAKER) must start with a capital letter or digit, unless the lexicon writes them in
     * lower case ("al-Shabaab"), in which case that first word must match exactly; role nouns also
     * match by lemma, so "militants" finds "militant".
     */
    public List<LexiconMatch> match(Sentence sentence) {
        List<Word> words = Word.of(sentence.tokens());
        List<LexiconMatch> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int[] best = null; // {first word, last word}
            LexiconEntry bestEntry = null;
            for (Phrase p : candidates(words.get(i))) {
                if (best != null && p.words.length <= best[1] - best[0] + 1) {
                    break;
                }
                if (matches(p, words, i)) {
                    best = new int[]{i, i + p.words.length - 1};
                    bestEntry = p.entry;
                }
            }
            if (best == null) {
                i++;
            } else {
                out.add(new LexiconMatch(bestEntry, words.get(best[0]).token(), words.get(best[1]).token()));
                i = best[1] + 1;
                // a match ends at a token boundary, never inside a hyphenated token
                while (i < words.size() && words.get(i).token() == words.get(i - 1).token()) {
                    i++;
                }
            }
        }
        return out;
    }

    private List<Phrase> candidates(Word first) {
        List<Phrase> out = new ArrayList<>(exactIndex.getOrDefault(indexKey(first.norm(), false), List.of()));
        if (first.lemma() != null && !first.lemma().equals(first.norm())) {
            out.addAll(exactIndex.getOrDefault(indexKey(first.lemma(), false), List.of()));
        }
        out.addAll(prefixIndex.getOrDefault(indexKey(first.norm(), true), List.of()));
        out.sort(Comparator.comparingInt((Phrase p) -> -p.words.length));
        return out;
    }

    private static boolean matches(Phrase p, List<Word> words, int start) {
        if (start + p.words.length > words.size()) {
            return false;
        }
        boolean roleNoun = p.entry.kind() == EntryKind.AGENT || p.entry.kind() == EntryKind.SPEAKER;
        String firstRaw = words.get(start).raw();
        boolean lowerCaseName = Character.isLowerCase(p.firstRaw.codePointAt(0));
        if (!roleNoun && !(lowerCaseName ? firstRaw.equals(p.firstRaw) : startsCapitalised(firstRaw))) {
            return false;
        }
        for (int k = 0; k < p.words.length; k++) {
            Word w = words.get(start + k);
            boolean last = k == p.words.length - 1;
            boolean ok = w.norm().equals(p.words[k])
                    || (p.entry.prefix() && w.norm().startsWith(p.words[k]))
                    || (roleNoun && last && p.words[k].equals(w.lemma()));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsCapitalised(String s) {
        int c = s.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    private static String indexKey(String firstWord, boolean prefix) {
        // Prefix entries are indexed by their first two letters, so a stem finds all its inflections.
        return prefix ? firstWord.substring(0, Math.min(2, firstWord.length())) : firstWord;
    }

    /** The first word of the name as written in the lexicon file, for the case rule. */
    private static String firstRawWord(LexiconEntry entry, String normalizedForm) {
        for (String name : entry.names()) {
            if (normalize(name).equals(normalizedForm)) {
                return Word.split(name.replace('_', ' ').trim())[0];
            }
        }
        return normalizedForm;
    }

    /** Lower-cases and folds the tokenizer's variants (curly apostrophes, underscores) into one form. */
    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('_', ' ').trim().replaceAll("\\s+", " ");
    }

    private static String formKey(String normalizedName, boolean prefix) {
        return (prefix ? "P:" : "E:") + normalizedName;
    }

    /** Collects entries; later entries win over earlier ones with the same surface form. */
    public static final class Builder {
        private final Map<String, LexiconEntry> byForm = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds every entry of another lexicon; they override what this builder holds. */
        public Builder addAll(ActorLexicon other) {
            byForm.putAll(other.byForm);
            return this;
        }

        public Builder add(LexiconEntry entry) {
            for (String name : entry.names()) {
                String n = normalize(name);
                if (!n.isEmpty()) {
                    byForm.put(formKey(n, entry.prefix()), entry);
                }
            }
            return this;
        }

        /** Reads a newsift actor lexicon (TSV); {@code origin} names it in errors and explanations. */
        public Builder addTsv(Reader reader, String origin) throws IOException {
            for (DataLines.Line line : DataLines.read(reader, origin)) {
                add(parseLine(line.text(), line.where()));
            }
            return this;
        }

        public Builder addTsv(Path file) throws IOException {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return addTsv(r, file.toString());
            }
        }

        public ActorLexicon build() {
            return new ActorLexicon(byForm);
        }

        private static LexiconEntry parseLine(String line, String origin) {
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException(origin + ": expected 5 tab-separated fields "
                        + "(kind, code, country, sector, names), found " + f.length);
            }
            EntryKind kind;
            try {
                kind = EntryKind.parse(f[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(origin + ": " + e.getMessage());
            }
            String code = emptyToNull(f[1]);
            String country = emptyToNull(f[2]);
            String sector = emptyToNull(f[3]);
            if (code == null && kind != EntryKind.SPEAKER) {
                throw new IllegalArgumentException(origin + ": a " + f[0] + " entry needs a code");
            }
            if (country != null && !country.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException(origin + ": country '" + country + "' is not an ISO alpha-3 code");
            }
            List<String> names = Arrays.stream(f[4].split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            if (names.isEmpty()) {
                throw new IllegalArgumentException(origin + ": no names");
            }
            return new LexiconEntry(kind, code, country, sector, names.get(0), names, false, origin);
        }

        private static String emptyToNull(String s) {
            String t = s.trim();
            return t.isEmpty() ? null : t;
        }
    }
}
