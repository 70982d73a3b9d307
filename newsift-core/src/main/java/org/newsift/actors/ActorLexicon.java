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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Names of actors, roles and places, matched against tokens. Entries added later override earlier
 * entries with the same surface form, which is how a user's {@code --actors FILE} overrides the
 * built-in lexicon. Immutable after building, so it is shared by all threads.
 *
 * <p>File format (see docs/lexicons.md): UTF-8, one entry per line, tab-separated
 * {@code kind code country sector names}, where names are separated by {@code |}; {@code #} starts
 * a comment line. A {@code person} row may add {@code from to role}: the period its code holds.
 */
public final class ActorLexicon {
    private static final String[] BUILT_IN = {"countries.tsv", "organizations.tsv", "groups.tsv", "institutions.tsv",
            "agents.tsv", "people/g20.tsv", "people/igo-groups.tsv", "people/africa.tsv", "people/americas.tsv",
            "people/asia-pacific.tsv", "people/europe.tsv", "people/middle-east.tsv"};

    private final Map<String, LexiconEntry> byForm;
    private final List<LexiconEntry> personRows;
    private final Map<String, List<LexiconEntry>> peopleByForm = new HashMap<>();
    /** Each person's country, from any of their rows: a UN secretary-general's row has none. */
    private final Map<String, String> personCountry = new HashMap<>();
    private final Map<String, LexiconEntry> countriesByCode = new HashMap<>();
    private final Map<String, List<Phrase>> exactIndex = new HashMap<>();
    private final Map<String, List<Phrase>> prefixIndex = new HashMap<>();
    private final Map<String, List<Phrase>> surnameIndex = new HashMap<>();

    /**
     * A surface form split into words, with its first word as the lexicon wrote it (for the case rule). A
     * name of people rows also holds those rows, latest first, to pick the one that holds on a date.
     */
    private record Phrase(String[] words, String firstRaw, LexiconEntry entry, List<LexiconEntry> people) {

        LexiconEntry entryOn(LocalDate date) {
            return people.isEmpty() ? entry : People.on(people, date);
        }
    }

    /** A match of the lexicon in a sentence, before it is turned into what the caller needs. */
    private record Hit(Phrase phrase, LexiconEntry entry, int first, int last) {
    }

    /**
     * A bare surname in a sentence ("Trump") and the people rows it may stand for, latest first; the
     * resolver picks one with the rest of the article ({@link People#on}).
     */
    public record SurnameMatch(String surname, List<LexiconEntry> people, int first, int last) {
    }

    private ActorLexicon(Map<String, LexiconEntry> byForm, List<LexiconEntry> personRows) {
        this.byForm = Map.copyOf(byForm);
        this.personRows = List.copyOf(personRows);
        byForm.values().stream().filter(e -> e.kind() == EntryKind.COUNTRY)
                .forEach(e -> countriesByCode.putIfAbsent(e.code(), e));
        Map<String, List<LexiconEntry>> bySurname = new LinkedHashMap<>();
        Map<String, String> surnameAsWritten = new HashMap<>();
        personRows.stream().filter(r -> r.country() != null).forEach(r -> personCountry.putIfAbsent(r.name(), r.country()));
        for (int i = personRows.size() - 1; i >= 0; i--) {
            LexiconEntry row = personRows.get(i);
            row.names().stream().map(ActorLexicon::normalize).distinct()
                    .forEach(n -> peopleByForm.computeIfAbsent(n, k -> new ArrayList<>()).add(row));
            for (String surname : surnames(row)) {
                surnameAsWritten.putIfAbsent(normalize(surname), surname);
                bySurname.computeIfAbsent(normalize(surname), k -> new ArrayList<>()).add(row);
            }
        }
        // people first: a person who holds on the date wins over another entry of the same length
        peopleByForm.forEach((form, rows) -> index(exactIndex, form, rows.get(0), rows));
        bySurname.forEach((surname, rows) -> index(surnameIndex, surnameAsWritten.get(surname), rows.get(0), rows));
        byForm.forEach((form, entry) -> index(entry.prefix() ? prefixIndex : exactIndex, form.substring(2), entry,
                List.of()));
        Comparator<Phrase> longestFirst = Comparator.comparingInt((Phrase p) -> -p.words.length);
        exactIndex.values().forEach(l -> l.sort(longestFirst));
        prefixIndex.values().forEach(l -> l.sort(longestFirst));
        surnameIndex.values().forEach(l -> l.sort(longestFirst));
    }

    private static void index(Map<String, List<Phrase>> index, String form, LexiconEntry entry,
                              List<LexiconEntry> people) {
        String normalized = normalize(form);
        String[] words = Word.split(normalized);
        index.computeIfAbsent(indexKey(words[0], entry.prefix()), k -> new ArrayList<>())
                .add(new Phrase(words, firstRawWord(entry, form), entry, List.copyOf(people)));
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
        return new Builder().addAll(this);
    }

    /** Every entry: one per surface form, and every people row. */
    public Collection<LexiconEntry> entries() {
        List<LexiconEntry> all = new ArrayList<>(byForm.values());
        all.addAll(personRows);
        return all;
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

    /** The surnames the person of a people row is known by alone ({@link People#surnames}). */
    List<String> surnames(LexiconEntry row) {
        return People.surnames(row.name(), personCountry.get(row.name()));
    }

    /** The people row that a full name names on {@code date} (see {@link People#on}), or null. */
    public LexiconEntry person(String name, LocalDate date) {
        List<LexiconEntry> rows = peopleByForm.get(normalize(name));
        return rows == null ? null : People.on(rows, date);
    }

    /** Matches with no article date: people are read as {@link People#on} reads them without a date. */
    public List<LexiconMatch> match(Sentence sentence) {
        return match(sentence, null);
    }

    /**
     * Longest, non-overlapping matches in a sentence, left to right. Hyphenated words match however
     * the tokenizer split them ("Tehrik-i-Taliban" as one token or five). Proper names (all kinds but
     * AGENT and SPEAKER) must start with a capital letter or digit, unless the lexicon writes them in
     * lower case ("al-Shabaab"), in which case that first word must match exactly; role nouns also
     * match by lemma, so "militants" finds "militant". A person's name matches only when one of its
     * rows holds on {@code date}, and then stands for that row.
     */
    public List<LexiconMatch> match(Sentence sentence, LocalDate date) {
        return scan(sentence, this::candidates, p -> p.entryOn(date)).stream()
                .map(h -> new LexiconMatch(h.entry, h.first, h.last)).toList();
    }

    /** Surnames of people in a sentence, longest first, left to right (see {@link People#surnames}). */
    public List<SurnameMatch> matchSurnames(Sentence sentence) {
        return scan(sentence, w -> surnameIndex.getOrDefault(indexKey(w.norm(), false), List.of()), Phrase::entry)
                .stream().map(h -> new SurnameMatch(String.join(" ", h.phrase.words), h.phrase.people, h.first, h.last))
                .toList();
    }

    private static List<Hit> scan(Sentence sentence, Function<Word, List<Phrase>> candidates,
                                  Function<Phrase, LexiconEntry> entryOf) {
        List<Word> words = Word.of(sentence.tokens());
        List<Hit> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Hit best = null;
            for (Phrase p : candidates.apply(words.get(i))) {
                if (best != null && p.words.length <= best.phrase.words.length) {
                    break;
                }
                LexiconEntry entry = matches(p, words, i) ? entryOf.apply(p) : null;
                if (entry != null) {
                    best = new Hit(p, entry, words.get(i).token(), words.get(i + p.words.length - 1).token());
                }
            }
            if (best == null) {
                i++;
            } else {
                out.add(best);
                i += best.phrase.words.length;
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

    /** The first word of the name as written in the lexicon file (else in {@code form}), for the case rule. */
    private static String firstRawWord(LexiconEntry entry, String form) {
        for (String name : entry.names()) {
            if (normalize(name).equals(normalize(form))) {
                return Word.split(name.replace('_', ' ').trim())[0];
            }
        }
        return Word.split(form.replace('_', ' ').trim())[0];
    }

    /** Lower-cases and folds the tokenizer's variants (curly apostrophes, underscores) into one form. */
    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('_', ' ').trim().replaceAll("\\s+", " ");
    }

    private static String formKey(String normalizedName, boolean prefix) {
        return (prefix ? "P:" : "E:") + normalizedName;
    }

    /**
     * Collects entries; later entries win over earlier ones with the same surface form, and later people
     * rows over earlier ones for the dates they share.
     */
    public static final class Builder {
        private final Map<String, LexiconEntry> byForm = new LinkedHashMap<>();
        private final List<LexiconEntry> personRows = new ArrayList<>();

        private Builder() {
        }

        /** Adds every entry of another lexicon; they override what this builder holds. */
        public Builder addAll(ActorLexicon other) {
            byForm.putAll(other.byForm);
            personRows.addAll(other.personRows);
            return this;
        }

        public Builder add(LexiconEntry entry) {
            if (entry.periodsOnly()) {
                personRows.add(entry);
                return this;
            }
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
            return new ActorLexicon(byForm, personRows);
        }

        private static LexiconEntry parseLine(String line, String origin) {
            String[] f = line.split("\t", -1);
            EntryKind kind;
            try {
                kind = EntryKind.parse(f[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(origin + ": " + e.getMessage());
            }
            boolean person = kind == EntryKind.PERSON;
            if (f.length != 5 && !(person && f.length <= 8)) {
                throw new IllegalArgumentException(origin + ": expected 5 tab-separated fields "
                        + "(kind, code, country, sector, names)" + (person ? " and optionally from, to, role" : "")
                        + ", found " + f.length);
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
            if (!person) {
                return new LexiconEntry(kind, code, country, sector, names.get(0), names, false, origin);
            }
            LocalDate from = f.length > 5 ? date(f[5], false, origin) : null;
            LocalDate to = f.length > 6 ? date(f[6], true, origin) : null;
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException(origin + ": period ends (" + to + ") before it starts (" + from + ")");
            }
            return LexiconEntry.personRow(code, country, sector, names, from, to, origin);
        }

        /** yyyy-MM-dd, or a bare year (its first day as a start, its last as an end); empty is open. */
        private static LocalDate date(String field, boolean end, String origin) {
            String s = field.trim();
            try {
                if (s.isEmpty()) {
                    return null;
                }
                if (s.matches("\\d{4}")) {
                    int year = Integer.parseInt(s);
                    return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
                }
                if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return LocalDate.parse(s);
                }
            } catch (DateTimeException e) {
                // reported below with the other malformed dates
            }
            throw new IllegalArgumentException(origin + ": '" + (end ? "to" : "from") + "' date '" + s
                    + "' is not yyyy-MM-dd or yyyy");
        }

        private static String emptyToNull(String s) {
            String t = s.trim();
            return t.isEmpty() ? null : t;
        }
    }
}
