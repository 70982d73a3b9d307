package org.newsift.geo;

import org.newsift.model.Location;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;
import org.newsift.text.DataLines;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Place names with their country and coordinates, matched against tokens; immutable once built,
 * so one instance is shared by all threads.
 *
 * <p>File format (see docs/gazetteer.md): UTF-8, one place per line, tab-separated
 * {@code names kind country lat lon}, where names are separated by {@code |}, kind is
 * {@code country}, {@code capital}, {@code city} or {@code region}, country is an ISO 3166-1
 * alpha-3 code (empty for a region that spans countries); {@code #} starts a comment line.
 *
 * <p>Names are compared case- and accent-insensitively ("Cote d'Ivoire" = "Côte d’Ivoire"), with
 * hyphens read as spaces ("Port au Prince" = "Port-au-Prince").
 *
 * <p>Ambiguity: a name can denote several places. A name written on a country row always means
 * that country ("Georgia", "Djibouti", "Luxembourg"); otherwise capital &gt; city &gt; region,
 * and among places of the same kind the row that comes first wins (the built-in file lists the
 * larger or more newsworthy place first). So "Tripoli" is the capital of Libya, not the Lebanese
 * city. A later source (a user file) replaces every reading of each name it lists.
 */
public final class Gazetteer {
    static final String BUILT_IN = "places.tsv";

    /** Prepositions that place an event somewhere; "from" (origin) and "to" (goal) are not among them. */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across",
            "around", "throughout", "within", "nearby", "off", "beside", "along");
    private static final Set<String> NOT_LOCATIVE = Set.of("from", "to", "toward", "towards", "into", "onto", "than");

    private final Map<String, List<Place>> byName;
    private final List<Place> places;
    private final Map<String, Place> countries = new HashMap<>();
    private final Map<String, List<String[]>> index = new HashMap<>();

    private Gazetteer(Map<String, List<Place>> byForm) {
        Map<String, List<Place>> sorted = new LinkedHashMap<>();
        Set<Place> all = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Place> ordered = new ArrayList<>();
        byForm.forEach((form, candidates) -> {
            List<Place> list = new ArrayList<>(candidates);
            list.sort(PREFERENCE);
            sorted.put(form, List.copyOf(list));
            for (Place p : list) {
                if (all.add(p)) {
                    ordered.add(p);
                }
            }
            index.computeIfAbsent(form.split(" ")[0], k -> new ArrayList<>()).add(form.split(" "));
        });
        this.byName = Collections.unmodifiableMap(sorted);
        this.places = List.copyOf(ordered);
        for (Place p : places) {
            if (p.kind() == PlaceKind.COUNTRY && p.country() != null) {
                countries.putIfAbsent(p.country(), p);
            }
        }
        index.values().forEach(l -> l.sort(Comparator.comparingInt((String[] w) -> -w.length)));
    }

    /** Country rows of a name first, then capital, city, region; the sort is stable, so file order breaks ties. */
    private static final Comparator<Place> PREFERENCE =
            Comparator.comparingInt(p -> p.kind() == PlaceKind.COUNTRY ? -1 : p.kind().ordinal());

    /** The gazetteer that ships with newsift (loaded once). */
    public static Gazetteer builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** The built-in gazetteer, overridden and extended by a user file (see docs/gazetteer.md). */
    public static Gazetteer withUserFile(Path file) throws IOException {
        return builtIn().toBuilder().addTsv(file).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this gazetteer, to override or extend it. */
    public Builder toBuilder() {
        Builder b = new Builder();
        byName.forEach((k, v) -> b.byForm.put(k, new ArrayList<>(v)));
        return b;
    }

    /** Every place, in file order. */
    public List<Place> places() {
        return places;
    }

    public int size() {
        return places.size();
    }

    /** The country row for an ISO alpha-3 code, or null. */
    public Place country(String iso3) {
        return countries.get(iso3);
    }

    /** The preferred place for a name (case- and accent-insensitive), or null. */
    public Place lookup(String name) {
        List<Place> all = lookupAll(name);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every place a name can denote, the preferred one first; empty when the name is unknown. */
    public List<Place> lookupAll(String name) {
        if (name == null) {
            return List.of();
        }
        return byName.getOrDefault(key(name), List.of());
    }

    /**
     * Place names in a sentence: longest, non-overlapping matches, left to right, that start and end
     * at token boundaries. A name matches however the tokenizer split its hyphens. The first word must
     * be capitalised (or written exactly as the gazetteer writes a lower-case name), and at least one
     * token of the match must be a proper noun (NNP, NNPS) or carry a named-entity tag.
     */
    public List<PlaceMatch> match(Sentence sentence) {
        List<Word> words = Word.of(sentence.tokens());
        List<PlaceMatch> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int last = -1;
            String form = null;
            if (i == 0 || words.get(i - 1).token() != words.get(i).token()) {
                for (String[] phrase : index.getOrDefault(words.get(i).norm(), List.of())) {
                    int end = i + phrase.length - 1;
                    if (end < words.size() && sameWords(phrase, words, i)
                            && (end + 1 == words.size() || words.get(end + 1).token() != words.get(end).token())
                            && nameCase(phrase, words.get(i).raw())
                            && properNoun(sentence, words.get(i).token(), words.get(end).token())) {
                        last = end;
                        form = String.join(" ", phrase);
                        break;
                    }
                }
            }
            if (form == null) {
                i++;
                continue;
            }
            int first = words.get(i).token();
            int lastToken = words.get(last).token();
            List<Place> candidates = byName.get(form);
            out.add(new PlaceMatch(candidates.get(0), first, lastToken, text(sentence, first, lastToken), candidates));
            i = last + 1;
        }
        return out;
    }

    /**
     * Where the event of a predicate happened, as the sentence states it: a place name attached to the
     * predicate, or to its direct object, by a locative preposition ({@code in, at, near, outside,
     * inside, across, around, throughout, within}; not {@code from} or {@code to}) through an
     * {@code obl} or {@code nmod} relation with a {@code case} child. Within that phrase the place
     * that heads it wins, then one joined to its head as a compound or name part ("Paktika province"),
     * then a nominal modifier ("the city of Aleppo"), then a possessor ("Afghanistan's"). Datelines are
     * not read here. Returns null when the sentence states no place for the predicate.
     */
    public Location locate(Sentence s, int predicateToken) {
        PlaceMatch m = locateMatch(s, predicateToken);
        return m == null ? null : m.place().toLocation();
    }

    /** The place name that {@link #locate} reads, with its span and other readings; or null. */
    public PlaceMatch locateMatch(Sentence s, int predicateToken) {
        if (s == null || predicateToken < 0 || predicateToken >= s.tokens().size()) {
            return null;
        }
        List<PlaceMatch> matches = match(s);
        if (matches.isEmpty()) {
            return null;
        }
        List<Integer> heads = new ArrayList<>();
        heads.add(predicateToken);
        for (Token c : s.children(predicateToken)) {
            if (c.deprel().equals("obj")) {
                heads.add(c.index());
            }
        }
        for (int head : heads) {
            for (Token c : s.children(head)) {
                if (locativeRelation(c.deprel()) && locativeCase(s, c)) {
                    PlaceMatch best = bestIn(s, c, matches);
                    if (best != null) {
                        return best;
                    }
                }
            }
        }
        return null;
    }

    private static PlaceMatch bestIn(Sentence s, Token phraseHead, List<PlaceMatch> matches) {
        PlaceMatch best = null;
        int bestCost = Integer.MAX_VALUE;
        for (PlaceMatch m : matches) {
            int cost = cost(s, m, phraseHead);
            if (cost < bestCost) {
                best = m;
                bestCost = cost;
            }
        }
        return best;
    }

    /** How far a match is from the head of a locative phrase; MAX_VALUE when it is outside it. */
    private static int cost(Sentence s, PlaceMatch m, Token phraseHead) {
        if (m.covers(phraseHead.index())) {
            return 0;
        }
        // the token of the match whose governor lies outside it
        Token t = s.token(m.lastToken());
        for (int i = m.firstToken(); i <= m.lastToken(); i++) {
            Token u = s.token(i);
            if (u.head() < m.firstToken() || u.head() > m.lastToken()) {
                t = u;
                break;
            }
        }
        int cost = 0;
        for (int depth = 0; depth < 4 && t != null; depth++) {
            int step = step(s, t);
            if (step == Integer.MAX_VALUE) {
                return step;
            }
            cost += step;
            if (t.head() == phraseHead.index()) {
                return cost;
            }
            t = s.governor(t);
        }
        return Integer.MAX_VALUE;
    }

    private static int step(Sentence s, Token t) {
        String rel = t.deprel();
        if (rel.equals("compound") || rel.startsWith("flat") || rel.equals("appos") || rel.equals("amod")) {
            return 1;
        }
        if (rel.equals("nmod:poss")) {
            return 3;
        }
        if (rel.equals("nmod") || rel.startsWith("nmod:") && !rel.equals("nmod:tmod") && !rel.equals("nmod:npmod")) {
            for (Token c : s.children(t.index())) {
                if (c.deprel().equals("case") && NOT_LOCATIVE.contains(c.text().toLowerCase(Locale.ROOT))) {
                    return Integer.MAX_VALUE;
                }
            }
            return 2;
        }
        return Integer.MAX_VALUE;
    }

    private static boolean locativeRelation(String rel) {
        if (rel.equals("obl") || rel.equals("nmod")) {
            return true;
        }
        return (rel.startsWith("obl:") || rel.startsWith("nmod:"))
                && !rel.endsWith(":tmod") && !rel.endsWith(":npmod") && !rel.equals("nmod:poss");
    }

    private static boolean locativeCase(Sentence s, Token phraseHead) {
        boolean locative = false;
        for (Token c : s.children(phraseHead.index())) {
            if (!c.deprel().equals("case")) {
                continue;
            }
            String p = c.text().toLowerCase(Locale.ROOT);
            if (NOT_LOCATIVE.contains(p)) {
                return false;
            }
            locative |= LOCATIVE.contains(p);
        }
        return locative;
    }

    private static boolean sameWords(String[] phrase, List<Word> words, int start) {
        for (int k = 0; k < phrase.length; k++) {
            if (!words.get(start + k).norm().equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    /** The first word must be capitalised, unless the gazetteer writes the name in lower case. */
    private boolean nameCase(String[] phrase, String raw) {
        int c = raw.codePointAt(0);
        if (Character.isUpperCase(c) || Character.isDigit(c)) {
            return true;
        }
        for (Place p : byName.get(String.join(" ", phrase))) {
            for (String n : p.names()) {
                if (key(n).equals(String.join(" ", phrase)) && Word.split(n)[0].equals(raw)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean properNoun(Sentence s, int first, int last) {
        for (int i = first; i <= last; i++) {
            Token t = s.token(i);
            if (t.isProperNoun() || (t.ner() != null && !t.ner().equals("O"))) {
                return true;
            }
        }
        return false;
    }

    private static String text(Sentence s, int first, int last) {
        StringBuilder b = new StringBuilder(s.token(first).text());
        for (int i = first + 1; i <= last; i++) {
            if (s.token(i).start() > s.token(i - 1).end()) {
                b.append(' ');
            }
            b.append(s.token(i).text());
        }
        return b.toString();
    }

    /** The lookup key of a name: accents removed, lower case, hyphens and runs of spaces as one space. */
    static String key(String name) {
        return String.join(" ", Word.split(fold(name)));
    }

    /** Lower-cases and strips accents; folds curly apostrophes and letters that do not decompose. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder b = new StringBuilder(d.length());
        d.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            switch (c) {
                case '\u2019', '\u2018', '\u02BC', '\u02BB', '`', '\u00B4' -> b.append('\'');
                case '_' -> b.append(' ');
                case '\u00F8' -> b.append('o');
                case '\u00E6' -> b.append("ae");
                case '\u0153' -> b.append("oe");
                case '\u00DF' -> b.append("ss");
                case '\u0142' -> b.append('l');
                case '\u0111' -> b.append('d');
                case '\u0131' -> b.append('i');
                case '\u00FE' -> b.append("th");
                default -> b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /** A word as the matcher sees it: tokens split at spaces and hyphens (as actors.Word does). */
    record Word(String norm, String raw, int token) {
        static List<Word> of(List<Token> tokens) {
            List<Word> out = new ArrayList<>();
            for (Token t : tokens) {
                for (String part : split(t.text())) {
                    out.add(new Word(fold(part), part, t.index()));
                }
            }
            return out;
        }

        static String[] split(String s) {
            return Arrays.stream(s.trim().split("[\\s\\-\u2010\u2011]+")).filter(p -> !p.isEmpty()).toArray(String[]::new);
        }
    }

    private static final class BuiltIn {
        static final Gazetteer INSTANCE = load();

        private static Gazetteer load() {
            try (InputStream in = Gazetteer.class.getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new IllegalStateException("built-in gazetteer " + BUILT_IN + " is missing from the classpath");
                }
                return builder().addTsv(new InputStreamReader(in, StandardCharsets.UTF_8), BUILT_IN).build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Collects places. Each call of {@link #addTsv} or {@link #addAll} is one source: the names it
     * lists replace every reading that earlier sources gave them; within one source, rows that share
     * a name are alternative readings, resolved by the ambiguity policy.
     */
    public static final class Builder {
        private final Map<String, List<Place>> byForm = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds one source of places. */
        public Builder addAll(Collection<Place> places) {
            Map<String, List<Place>> source = new LinkedHashMap<>();
            for (Place p : places) {
                Set<String> forms = new LinkedHashSet<>();
                for (String n : p.names()) {
                    String k = key(n);
                    if (!k.isEmpty()) {
                        forms.add(k);
                    }
                }
                for (String k : forms) {
                    source.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
                }
            }
            byForm.putAll(source);
            return this;
        }

        public Builder add(Place place) {
            return addAll(List.of(place));
        }

        /** Reads a gazetteer file; {@code origin} names it in errors. */
        public Builder addTsv(Reader reader, String origin) throws IOException {
            List<Place> rows = new ArrayList<>();
            for (DataLines.Line line : DataLines.read(reader, origin)) {
                rows.add(parseLine(line.text(), line.where()));
            }
            return addAll(rows);
        }

        public Builder addTsv(Path file) throws IOException {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return addTsv(r, file.toString());
            }
        }

        public Gazetteer build() {
            return new Gazetteer(byForm);
        }

        static Place parseLine(String line, String origin) {
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException(origin + ": expected 5 tab-separated fields "
                        + "(names, kind, country, lat, lon), found " + f.length);
            }
            List<String> names = Arrays.stream(f[0].split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            if (names.isEmpty()) {
                throw new IllegalArgumentException(origin + ": no names");
            }
            PlaceKind kind;
            try {
                kind = PlaceKind.parse(f[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(origin + ": " + e.getMessage());
            }
            String country = f[2].trim().isEmpty() ? null : f[2].trim();
            if (country != null && !country.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException(origin + ": country '" + country + "' is not an ISO alpha-3 code");
            }
            if (country == null && kind != PlaceKind.REGION) {
                throw new IllegalArgumentException(origin + ": only a region may leave its country empty");
            }
            double lat;
            double lon;
            try {
                lat = Double.parseDouble(f[3].trim());
                lon = Double.parseDouble(f[4].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(origin + ": latitude and longitude must be decimal degrees");
            }
            try {
                return new Place(names.get(0), kind, country, lat, lon, names, origin);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(origin + ": " + e.getMessage());
            }
        }
    }
}
