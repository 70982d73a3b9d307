package org.newsift.actors.petrarch;

import org.newsift.actors.ActorLexicon;
import org.newsift.actors.DatedCode;
import org.newsift.actors.EntryKind;
import org.newsift.actors.LexiconEntry;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads PETRARCH/TABARI actor and agent dictionaries (the CAMEO field's standard dictionary
 * formats) into an {@link ActorLexicon.Builder}. See docs/petrarch-dictionaries.md.
 *
 * <p>Matching follows PETRARCH2 by default ({@link Matching#PETRARCH}): every name matches whole
 * words only and a trailing underscore is just dropped, as PETRARCH2's reader does ("Final
 * underscores are no longer needed since PETR does not do stemming"). {@link Matching#TABARI} gives
 * the older TABARI meaning, where a name without a trailing underscore is a stem that also matches
 * longer words ({@code ARGENTIN} matches "Argentina" and "Argentine").
 *
 * <p>Lines PETRARCH skips (agent lines without a code, undefined substitution markers, actors with
 * no code) are skipped here too, with a warning on the {@code org.newsift.actors.petrarch} logger.
 * Lines that cannot be used at all (an unclosed {@code [}, an empty code, a bad date, a code or
 * synonym with no actor before it) throw an {@link IllegalArgumentException} whose message is one
 * line, {@code file:line: what is wrong}.
 */
public final class PetrarchDictionaries {
    private static final System.Logger LOG = System.getLogger(PetrarchDictionaries.class.getPackageName());

    /** How names without a trailing underscore match. */
    public enum Matching {
        /** Whole words only, as PETRARCH2 matches (the default). */
        PETRARCH,
        /** A name without a trailing underscore also matches words it begins, as TABARI matched. */
        TABARI
    }

    /**
     * Three-letter CAMEO codes that are not states: international actor types and sectors. An
     * actor whose code is one of these, or begins with one, has no country.
     */
    private static final Set<String> NON_STATE = Set.of(
            "IGO", "NGO", "NGM", "IMG", "MNC", "UIS",
            "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL",
            "ELI", "HLH", "HRI", "LAB", "LEG", "REF", "MOD", "RAD", "AGR", "ENV", "SET", "AMN", "IRC",
            "UAF", "REL", "INT");

    private static final Pattern MACRO_DEF = Pattern.compile("^\\s*!([^!\\s]+)!\\s*=(.*)$");
    private static final Pattern MACRO_USE = Pattern.compile("!([^!\\s]+)!");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(/[A-Z0-9]+)*|-{3}|\\+{3}|#{3}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LETTERS3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern CODE_WORD = Pattern.compile("[A-Z][A-Z0-9]*");
    private static final Pattern DATE = Pattern.compile("([<>])?(\\d{6,})(?:-(\\d{6,}))?");

    private PetrarchDictionaries() {
    }

    /**
     * Reads every dictionary in {@code dir}: files whose name, lower-cased, contains "agents" and ends
     * in ".txt" are agent dictionaries, those that contain "actors" and end in ".txt" are actor
     * dictionaries; others (verbs, discards, issues, config) are ignored. Agents are loaded first and
     * actors after them, so an actor name wins over an agent noun of the same form, as in PETRARCH
     * (it looks names up in the actor dictionary before the agent dictionary). Within each group,
     * files are read in name order.
     *
     * @throws IllegalArgumentException when the directory holds no such file, or a file is malformed
     */
    public static void load(Path dir, ActorLexicon.Builder into) throws IOException {
        load(dir, into, Matching.PETRARCH);
    }

    public static void load(Path dir, ActorLexicon.Builder into, Matching matching) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": not a directory");
        }
        List<Path> actors = new ArrayList<>();
        List<Path> agents = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile).sorted().forEach(f -> {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (n.endsWith(".txt") && n.contains("agents")) {
                    agents.add(f);
                } else if (n.endsWith(".txt") && n.contains("actors")) {
                    actors.add(f);
                }
            });
        }
        if (actors.isEmpty() && agents.isEmpty()) {
            throw new IllegalArgumentException(dir + ": no *actors*.txt or *agents*.txt dictionary files");
        }
        for (Path f : agents) {
            loadAgents(f, into);
        }
        for (Path f : actors) {
            loadActors(f, into, matching);
        }
    }

    /** Reads one actor dictionary; returns the number of entries added. */
    public static int loadActors(Path file, ActorLexicon.Builder into) throws IOException {
        return loadActors(file, into, Matching.PETRARCH);
    }

    public static int loadActors(Path file, ActorLexicon.Builder into, Matching matching) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new ActorReader(into, matching).read(new Lines(r, file.toString()));
        }
    }

    /** Reads one agent dictionary; returns the number of entries added. */
    public static int loadAgents(Path file, ActorLexicon.Builder into) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new AgentReader(into).read(new Lines(r, file.toString()));
        }
    }

    // ------------------------------------------------------------------ comments and lines

    /**
     * Yields the content of each line with comments removed, as PETRARCH's read_FIN_line does: lines
     * beginning with {@code #} or {@code <!} are skipped, {@code #} anywhere ends the line,
     * {@code <!-- ... -->} is removed on one line or across lines, blank lines are skipped.
     */
    private static final class Lines {
        private final BufferedReader in;
        private final String file;
        private final Map<String, Integer> expected = new LinkedHashMap<>();
        private int lineNo;

        Lines(BufferedReader in, String file) {
            this.in = in;
            this.file = file;
        }

        /** The next non-blank content (trimmed), or null at the end of the file. */
        String next() throws IOException {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.stripLeading().startsWith("#")) {
                    continue;
                }
                int open = line.indexOf("<!--");
                if (open >= 0) {
                    int close = line.indexOf("-->", open + 4);
                    if (close >= 0) {
                        line = line.substring(0, open) + line.substring(close + 3);
                    } else {
                        int startLine = lineNo;
                        String rest;
                        while (true) {
                            rest = in.readLine();
                            if (rest == null) {
                                throw new IllegalArgumentException(file + ":" + startLine
                                        + ": comment '<!--' is never closed with '-->'");
                            }
                            lineNo++;
                            int c = rest.indexOf("-->");
                            if (c >= 0) {
                                rest = rest.substring(c + 3);
                                break;
                            }
                        }
                        // Text after '-->' on the closing line is read, which PETRARCH skips.
                        line = line.substring(0, open) + " " + rest;
                    }
                }
                if (line.stripLeading().startsWith("<!")) {
                    continue;
                }
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                line = line.strip();
                if (!line.isEmpty()) {
                    return line;
                }
            }
            return null;
        }

        String at() {
            return file + ":" + lineNo;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException(at() + ": " + what);
        }

        /**
         * An entry that the Phoenix dictionaries hold by the dozen and PETRARCH also passes over (an actor or agent
         * without a code, notes after a code): listed at DEBUG, counted for {@link #summarise}, so that loading
         * them prints one line, not a warning per entry that reads like a failure.
         */
        void expected(String kind, String message) {
            LOG.log(System.Logger.Level.DEBUG, message);
            expected.merge(kind, 1, Integer::sum);
        }

        /** One INFO line for the file's expected conditions, if any. */
        void summarise() {
            if (!expected.isEmpty()) {
                LOG.log(System.Logger.Level.INFO, () -> file + ": " + expected.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))
                        + " (as PETRARCH; the logger " + LOG.getName() + " at DEBUG lists them)");
            }
        }
    }

    // ------------------------------------------------------------------ actors

    private static final class ActorReader {
        private final ActorLexicon.Builder into;
        private final Matching matching;
        private int count;

        // the entry being collected
        private String origin;
        private final List<String> names = new ArrayList<>();
        private final List<Boolean> stems = new ArrayList<>();
        private final List<String> undated = new ArrayList<>();
        private final List<DatedCode> dated = new ArrayList<>();

        ActorReader(ActorLexicon.Builder into, Matching matching) {
            this.into = into;
            this.matching = matching;
        }

        int read(Lines lines) throws IOException {
            String line;
            while ((line = lines.next()) != null) {
                if (line.startsWith("[")) {
                    if (origin == null) {
                        throw lines.error("code '" + line + "' has no actor before it");
                    }
                    codes(line, lines);
                } else if (line.startsWith("+")) {
                    if (origin == null) {
                        throw lines.error("synonym '" + line + "' has no actor before it");
                    }
                    int b = line.indexOf('[');
                    addName(b < 0 ? line.substring(1) : line.substring(1, b), lines);
                    if (b >= 0) {
                        codes(line.substring(b), lines);
                    }
                } else {
                    flush(lines);
                    origin = lines.at();
                    int b = line.indexOf('[');
                    addName(b < 0 ? line : line.substring(0, b), lines);
                    if (b >= 0) {
                        codes(line.substring(b), lines);
                    }
                }
            }
            flush(lines);
            lines.summarise();
            return count;
        }

        private void addName(String raw, Lines lines) {
            String n = raw.strip();
            boolean stem = !n.endsWith("_");
            String name = SPACES.matcher(n.replace('_', ' ').strip()).replaceAll(" ");
            if (name.isEmpty()) {
                throw lines.error("empty actor name");
            }
            names.add(name);
            stems.add(stem);
        }

        /** Parses one or more {@code [CODE]} / {@code [CODE date]} groups. */
        private void codes(String s, Lines lines) {
            String rest = s.strip();
            while (!rest.isEmpty()) {
                if (!rest.startsWith("[")) {
                    lines.expected("notes after a code ignored", lines.at() + ": text '" + rest + "' after a code ignored");
                    return;
                }
                int close = rest.indexOf(']');
                if (close < 0) {
                    throw lines.error("'[' is not closed with ']'");
                }
                code(rest.substring(1, close).strip(), lines);
                rest = rest.substring(close + 1).strip();
            }
        }

        private void code(String body, Lines lines) {
            if (body.isEmpty()) {
                throw lines.error("empty code '[]'");
            }
            String[] parts = SPACES.split(body, 2);
            String code = parts[0].toUpperCase(Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                throw lines.error("'" + parts[0] + "' is not a CAMEO code");
            }
            if (code.equals("###")) {
                code = "---";
            }
            if (parts.length == 1) {
                undated.add(code);
                return;
            }
            String d = SPACES.matcher(parts[1]).replaceAll("");
            Matcher m = DATE.matcher(d);
            if (!m.matches() || (m.group(1) != null && m.group(3) != null)) {
                throw lines.error("date restriction '" + parts[1].strip()
                        + "' is not <DATE, >DATE or DATE-DATE (dates YYMMDD or YYYYMMDD)");
            }
            LocalDate a = date(m.group(2), lines);
            if (m.group(3) != null) {
                LocalDate b = date(m.group(3), lines);
                // PETRARCH2: from <= date < to
                dated.add(new DatedCode(code, a, b.minusDays(1)));
            } else if ("<".equals(m.group(1))) {
                dated.add(new DatedCode(code, null, a.minusDays(1)));  // date < a
            } else {
                // '>' or a bare date: PETRARCH2 treats every single date without '<' as date >= a
                dated.add(new DatedCode(code, a, null));
            }
        }

        private void flush(Lines lines) {
            if (origin == null) {
                return;
            }
            if (undated.isEmpty() && dated.isEmpty()) {
                lines.expected("actors without a code skipped", origin + ": actor '" + names.get(0) + "' has no code; skipped");
            } else {
                String code = undated.isEmpty() ? "---" : undated.get(0);
                String primary = undated.isEmpty() ? dated.get(0).code() : code;
                EntryKind kind = kindOf(primary, !dated.isEmpty());
                String country = countryOf(primary);
                String sector = sectorOf(primary, country);
                boolean tabari = matching == Matching.TABARI;
                // An entry has one prefix flag: split stems and whole words into two entries when mixed.
                List<String> whole = new ArrayList<>();
                List<String> stemmed = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    (tabari && stems.get(i) ? stemmed : whole).add(names.get(i));
                }
                String name = names.get(0);
                if (!whole.isEmpty()) {
                    into.add(new LexiconEntry(kind, code, country, sector, name, order(name, whole), false, origin, dated));
                    count++;
                }
                if (!stemmed.isEmpty()) {
                    into.add(new LexiconEntry(kind, code, country, sector, name, order(name, stemmed), true, origin, dated));
                    count++;
                }
            }
            origin = null;
            names.clear();
            stems.clear();
            undated.clear();
            dated.clear();
        }

        private static List<String> order(String canonical, List<String> forms) {
            Set<String> out = new LinkedHashSet<>();
            if (forms.contains(canonical)) {
                out.add(canonical);
            }
            out.addAll(forms);
            return List.copyOf(out);
        }

        private LocalDate date(String s, Lines lines) {
            // PETRARCH's dstr_to_ordate: up to 7 characters is YYMMDD (00-30 = 20YY), else YYYYMMDD.
            try {
                int year;
                int month;
                int day;
                if (s.length() > 7) {
                    year = Integer.parseInt(s.substring(0, 4));
                    month = Integer.parseInt(s.substring(4, 6));
                    day = Integer.parseInt(s.substring(6, 8));
                } else {
                    year = Integer.parseInt(s.substring(0, 2));
                    year += year <= 30 ? 2000 : 1900;
                    month = Integer.parseInt(s.substring(2, 4));
                    day = Integer.parseInt(s.substring(4, 6));
                }
                return LocalDate.of(year, month, day);
            } catch (DateTimeException | NumberFormatException e) {
                throw lines.error("'" + s + "' is not a valid date");
            }
        }
    }

    /**
     * The kind of an actor entry, from its code: a three-letter state code is a COUNTRY; an entry with
     * date-restricted codes is a PERSON (TABARI dictionaries date office holders); an IGO code is an
     * IGO; the rest (including null codes like {@code ---}) are GROUPs.
     */
    static EntryKind kindOf(String code, boolean hasDates) {
        String letters = firstCode(code);
        if (!CODE_WORD.matcher(letters).matches()) {
            return EntryKind.GROUP;
        }
        if (letters.length() == 3 && !NON_STATE.contains(letters)) {
            return EntryKind.COUNTRY;
        }
        if (hasDates) {
            return EntryKind.PERSON;
        }
        if (letters.startsWith("IGO")) {
            return EntryKind.IGO;
        }
        return EntryKind.GROUP;
    }

    private static String firstCode(String code) {
        int slash = code.indexOf('/');
        return slash < 0 ? code : code.substring(0, slash);
    }

    static String countryOf(String code) {
        String first = firstCode(code);
        if (first.length() < 3 || !LETTERS3.matcher(first.substring(0, 3)).matches() || NON_STATE.contains(first.substring(0, 3))) {
            return null;
        }
        return first.substring(0, 3);
    }

    static String sectorOf(String code, String country) {
        String first = firstCode(code);
        String rest = country == null ? first : first.substring(3);
        if (rest.length() >= 3 && LETTERS3.matcher(rest.substring(0, 3)).matches() && NON_STATE.contains(rest.substring(0, 3))) {
            return rest.substring(0, 3);
        }
        return null;
    }

    // ------------------------------------------------------------------ agents

    private static final class AgentReader {
        private final ActorLexicon.Builder into;
        private final Map<String, List<String>> macros = new HashMap<>();
        private int count;

        AgentReader(ActorLexicon.Builder into) {
            this.into = into;
        }

        int read(Lines lines) throws IOException {
            String line;
            while ((line = lines.next()) != null) {
                Matcher def = MACRO_DEF.matcher(line);
                if (def.matches()) {
                    List<String> items = new ArrayList<>();
                    for (String item : def.group(2).split(",")) {
                        if (!item.isBlank()) {
                            items.add(item.strip());
                        }
                    }
                    if (items.isEmpty()) {
                        throw lines.error("substitution marker !" + def.group(1) + "! has no values");
                    }
                    macros.put(def.group(1), items);
                    continue;
                }
                int open = line.indexOf('[');
                if (open < 0) {
                    lines.expected("agents without a code skipped", lines.at() + ": agent '" + line + "' has no [code]; skipped");
                    continue;
                }
                int close = line.indexOf(']', open);
                String rawCode;
                if (close < 0) {
                    // PETRARCH reads to the end of the line: accept "[~ENV}" as ~ENV
                    rawCode = line.substring(open + 1).replaceAll("[^A-Za-z0-9~]+$", "").strip();
                    LOG.log(System.Logger.Level.WARNING, lines.at() + ": '[' is not closed with ']'; read as [" + rawCode + "]");
                } else {
                    rawCode = line.substring(open + 1, close).strip();
                }
                rawCode = rawCode.toUpperCase(Locale.ROOT);
                String code = agentCode(rawCode, lines);
                String phrase = line.substring(0, open).strip();
                String origin = lines.at();

                List<String> forms = new ArrayList<>();
                if (phrase.indexOf('!') >= 0) {
                    // Substitution markers: every value replaces the marker, with no plural formed.
                    String noBraces = phrase.replaceAll("\\{[^}]*}", "").strip();
                    List<String> expanded = expand(noBraces, lines);
                    if (expanded == null) {
                        continue;
                    }
                    forms.addAll(expanded);
                } else if (phrase.indexOf('{') >= 0) {
                    int ob = phrase.indexOf('{');
                    int cb = phrase.indexOf('}', ob);
                    if (cb < 0) {
                        LOG.log(System.Logger.Level.WARNING, origin + ": missing '}'; skipped");
                        continue;
                    }
                    forms.add(phrase.substring(0, ob));
                    String plural = phrase.substring(ob + 1, cb).strip();
                    if (!plural.isEmpty()) {   // {} means: no plural
                        forms.add(plural);
                    }
                } else {
                    forms.add(phrase);
                    forms.add(plural(phrase));
                }
                List<String> names = new ArrayList<>();
                for (String f : forms) {
                    String n = SPACES.matcher(f.replace('_', ' ').strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
                    if (!n.isEmpty() && !names.contains(n)) {
                        names.add(n);
                    }
                }
                if (names.isEmpty()) {
                    throw lines.error("agent has no noun before its code");
                }
                String sector = code.replace("~", "");
                sector = sector.length() > 3 ? sector.substring(0, 3) : sector;
                into.add(new LexiconEntry(EntryKind.AGENT, code, null, sector, names.get(0), names, false, origin));
                count++;
            }
            lines.summarise();
            return count;
        }

        /** {@code ~GOV} is "GOV" (after the country); {@code NGO~} stays "NGO~" (before the country). */
        private static String agentCode(String raw, Lines lines) {
            boolean lead = raw.startsWith("~");
            boolean trail = raw.endsWith("~");
            String bare = raw.replace("~", "").strip();
            if (bare.isEmpty()) {
                throw lines.error("empty agent code '[" + raw + "]'");
            }
            if (lead == trail || raw.chars().filter(c -> c == '~').count() != 1) {
                throw lines.error("agent code '" + raw + "' needs one '~', before (~GOV) or after (NGO~) the code");
            }
            if (!bare.matches("[A-Z0-9]+")) {
                throw lines.error("'" + bare + "' is not a CAMEO code");
            }
            return lead ? bare : bare + "~";
        }

        /** Expands every {@code !MARKER!}; null (and a warning) when a marker is undefined. */
        private List<String> expand(String phrase, Lines lines) {
            Matcher m = MACRO_USE.matcher(phrase);
            if (!m.find()) {
                if (phrase.indexOf('!') >= 0) {
                    throw lines.error("substitution marker in '" + phrase + "' is not closed with '!'");
                }
                return List.of(phrase);
            }
            List<String> values = macros.get(m.group(1));
            if (values == null) {
                LOG.log(System.Logger.Level.WARNING, lines.at() + ": substitution marker !" + m.group(1)
                        + "! is not defined; skipped");
                return null;
            }
            List<String> out = new ArrayList<>();
            for (String v : values) {
                List<String> rest = expand(phrase.substring(0, m.start()) + v + phrase.substring(m.end()), lines);
                if (rest == null) {
                    return null;
                }
                out.addAll(rest);
            }
            return out;
        }
    }

    /**
     * PETRARCH's regular plural of an agent phrase (read_agent_dictionary): a final Y becomes IES, a
     * final S takes ES, anything else takes S. Unlike PETRARCH, a Y after a vowel just takes S
     * ("ENVOY" gives "ENVOYS", not "ENVOIES").
     */
    static String plural(String phrase) {
        String p = phrase.strip();
        while (p.endsWith("_")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.isEmpty()) {
            return p;
        }
        char last = Character.toUpperCase(p.charAt(p.length() - 1));
        boolean upper = Character.isUpperCase(p.charAt(p.length() - 1));
        String s = upper ? "S" : "s";
        if (last == 'Y') {
            char before = p.length() > 1 ? Character.toUpperCase(p.charAt(p.length() - 2)) : 'X';
            if ("AEIOU".indexOf(before) >= 0) {
                return p + s;
            }
            return p.substring(0, p.length() - 1) + (upper ? "IES" : "ies");
        }
        if (last == 'S') {
            return p + (upper ? "ES" : "es");
        }
        return p + s;
    }
}
