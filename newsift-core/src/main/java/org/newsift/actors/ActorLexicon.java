package org.newsift.actors;

import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.io.BufferedReader;
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
    private static final String[] BUILT_IN = {"countries.tsv", "organizations.tsv", "groups.tsv", "agents.tsv"};

    private final Map<String, LexiconEntry> byForm;
    private final Map<String, LexiconEntry> countriesByCode = new HashMap<>();
    private final Map<String, List<Phrase>> exactIndex = new HashMap<>();
    private final Map<String, List<Phrase>> prefixIndex = new HashMap<>();

    private record Phrase(String[] words, LexiconEntry entry) {
    }

    private ActorLexicon(Map<String, LexiconEntry> byForm) {
        this.byForm = Map.copyOf(byForm);
        byForm.values().stream().filter(e -> e.kind() == EntryKind.COUNTRY)
                .forEach(e -> countriesByCode.putIfAbsent(e.code(), e));
        byForm.forEach((form, entry) -> {
            String[] words = form.substring(2).split(" ");
            Map<String, List<Phrase>> index = entry.prefix() ? prefixIndex : exactIndex;
            index.computeIfAbsent(indexKey(words[0], entry.prefix()), k -> new ArrayList<>())
                    .add(new Phrase(words, entry));
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
     * Longest, non-overlapping matches in a sentence, left to right. Proper names (all kinds but AGENT
     * and SPEAKER) must start with a capital letter or digit; role nouns also match by lemma, so
     * "militants" finds "militant".
     */
    public List<LexiconMatch> match(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<LexiconMatch> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            LexiconMatch best = longestAt(tokens, i);
            if (best == null) {
                i++;
            } else {
                out.add(best);
                i = best.last() + 1;
            }
        }
        return out;
    }

    private LexiconMatch longestAt(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        LexiconMatch best = null;
        for (Phrase p : candidates(first)) {
            if (best != null && p.words.length <= best.last() - best.first() + 1) {
                break;
            }
            if (matches(p, tokens, i)) {
                best = new LexiconMatch(p.entry, i, i + p.words.length - 1);
            }
        }
        return best;
    }

    private List<Phrase> candidates(Token first) {
        List<Phrase> out = new ArrayList<>();
        String word = normalize(first.text());
        out.addAll(exactIndex.getOrDefault(indexKey(word, false), List.of()));
        String lemma = first.lemma() == null ? word : normalize(first.lemma());
        if (!lemma.equals(word)) {
            out.addAll(exactIndex.getOrDefault(indexKey(lemma, false), List.of()));
        }
        out.addAll(prefixIndex.getOrDefault(indexKey(word, true), List.of()));
        out.sort(Comparator.comparingInt((Phrase p) -> -p.words.length));
        return out;
    }

    private static boolean matches(Phrase p, List<Token> tokens, int start) {
        if (start + p.words.length > tokens.size()) {
            return false;
        }
        boolean roleNoun = p.entry.kind() == EntryKind.AGENT || p.entry.kind() == EntryKind.SPEAKER;
        if (!roleNoun && !startsCapitalised(tokens.get(start).text())) {
            return false;
        }
        for (int k = 0; k < p.words.length; k++) {
            Token t = tokens.get(start + k);
            String word = normalize(t.text());
            boolean last = k == p.words.length - 1;
            boolean ok = word.equals(p.words[k])
                    || (p.entry.prefix() && word.startsWith(p.words[k]))
                    || (roleNoun && last && t.lemma() != null && normalize(t.lemma()).equals(p.words[k]));
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
            BufferedReader r = new BufferedReader(reader);
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                add(parseLine(line, origin + ":" + lineNo));
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
