package org.newsift.events.patterns;

import org.newsift.events.ontology.CameoCodebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads a PETRARCH/TABARI CAMEO verb dictionary (CAMEO.2.0.txt, PETR.Validate.verbs.txt) and
 * translates its patterns into {@link Rule}s as well as the dependency model allows.
 *
 * <p>The format, as PETRARCH's reader documents it: synsets ({@code &NAME} then {@code +MEMBER}
 * lines); verb blocks opened by {@code --- NAME [code] ---}, followed by member verbs
 * ({@code VERB {irregular forms} [code]}, multi-word verbs such as {@code +CALL_OFF} with {@code +}
 * on the verb) and patterns ({@code - words * words [code]}). In a pattern {@code *} is the verb,
 * {@code $} the source, {@code +} the target, {@code %} a compound actor, {@code ^} skips a noun phrase,
 * {@code {A B}} groups a phrase, {@code (PREP ...)} is a prepositional phrase and {@code _} joins words
 * that must be consecutive. Codes {@code [xxx:yyy]} are paired: xxx for source to target, yyy for the
 * reverse event. Comments are {@code #}, {@code ;} and {@code <!-- -->}; {@code ~} lines are
 * transformations.
 *
 * <p>Translation: a word after {@code *} must be found after the verb in its dependency subtree
 * (objects, particles, attachments, complements), a word before it before the verb in its subtree or
 * among its governors; a prepositional phrase needs a token after the verb marked with that
 * preposition (case or mark) whose subtree holds the phrase's words. Word order, adjacency ({@code _})
 * and actor positions are not checked; the reverse half of a paired code is not kept. Patterns with
 * codes the codebook lacks, with undefined synsets, with no verb marker or with nothing but actor
 * markers are dropped and counted by reason.
 */
final class PetrarchVerbs {

    private PetrarchVerbs() {}

    record Result(List<Rule> rules, PetrarchStats stats) {}

    private record Verb(String lemma, List<Constraint> extra, String code) {}

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> MARKERS = Set.of("$", "+", "%", "^");
    private static final java.util.regex.Pattern TOKENS = java.util.regex.Pattern.compile("\\(|\\)|[^\\s()]+");
    private static final java.util.regex.Pattern BRACKET = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]");

    static Result read(Path file, CameoCodebook codebook) throws IOException {
        long t0 = System.nanoTime();
        List<String> raw = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        String name = file.getFileName().toString();
        Reader r = new Reader(name, codebook);
        List<String> lines = stripComments(raw);
        r.collectSynsets(lines);
        r.readBlocks(lines);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new Result(List.copyOf(r.rules), new PetrarchStats(name, r.patternLines, r.loaded, r.dropped,
                r.verbCount, r.verbRules, r.rules.size(), r.synsetRaw.size(), r.notes, ms));
    }

    /** Removes {@code <!-- -->} (also across lines), {@code #} and {@code ;} comments; keeps line numbers (index + 1). */
    static List<String> stripComments(List<String> raw) {
        List<String> out = new ArrayList<>(raw.size());
        boolean inXml = false;
        for (String line : raw) {
            StringBuilder b = new StringBuilder();
            int i = 0;
            while (i < line.length()) {
                if (inXml) {
                    int close = line.indexOf("-->", i);
                    if (close < 0) {
                        i = line.length();
                    } else {
                        inXml = false;
                        i = close + 3;
                    }
                    continue;
                }
                int open = line.indexOf("<!--", i);
                String seg = open < 0 ? line.substring(i) : line.substring(i, open);
                int hash = seg.indexOf('#');
                int semi = seg.indexOf(';');
                int cut = hash < 0 ? semi : (semi < 0 ? hash : Math.min(hash, semi));
                if (cut >= 0) {
                    b.append(seg, 0, cut);
                    break;
                }
                b.append(seg);
                if (open < 0) {
                    break;
                }
                inXml = true;
                i = open + 4;
            }
            out.add(b.toString().strip());
        }
        return out;
    }

    private static final class Reader {
        final String file;
        final CameoCodebook codebook;
        final List<Rule> rules = new ArrayList<>();
        final Map<String, Integer> dropped = new LinkedHashMap<>();
        final Map<String, Integer> notes = new LinkedHashMap<>();
        final Map<String, List<String>> synsetRaw = new LinkedHashMap<>();
        final Map<String, List<List<String>>> synsetCache = new HashMap<>();
        int patternLines;
        int loaded;
        int verbCount;
        int verbRules;

        Reader(String file, CameoCodebook codebook) {
            this.file = file;
            this.codebook = codebook;
        }

        void drop(String why) {
            dropped.merge(why, 1, Integer::sum);
        }

        void note(String what) {
            notes.merge(what, 1, Integer::sum);
        }

        static String synName(String s) {
            String n = s.strip().toUpperCase(Locale.ROOT);
            while (n.endsWith("_")) {
                n = n.substring(0, n.length() - 1);
            }
            return n;
        }

        void collectSynsets(List<String> lines) {
            String current = null;
            for (String line : lines) {
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("&")) {
                    current = synName(line.split("\\s+")[0].substring(1));
                    synsetRaw.put(current, new ArrayList<>());
                } else if (line.startsWith("+") && current != null) {
                    synsetRaw.get(current).add(line.substring(1).strip());
                } else {
                    current = null;
                }
            }
        }

        /** Alternatives of a synset, members that are synsets expanded; null when undefined. */
        List<List<String>> synset(String name, Set<String> seen) {
            String n = synName(name.startsWith("&") ? name.substring(1) : name);
            List<List<String>> cached = synsetCache.get(n);
            if (cached != null) {
                return cached;
            }
            List<String> members = synsetRaw.get(n);
            if (members == null || !seen.add(n)) {
                return null;
            }
            Set<List<String>> alts = new LinkedHashSet<>();
            for (String m : members) {
                String mm = m.strip();
                if (mm.startsWith("&")) {
                    List<List<String>> inner = synset(mm.split("\\s+")[0], seen);
                    if (inner != null) {
                        alts.addAll(inner);
                    }
                    continue;
                }
                List<String> words = new ArrayList<>();
                for (String w : mm.split("[\\s_]+")) {
                    String nw = Context.norm(w);
                    if (!nw.isEmpty()) {
                        words.add(nw);
                    }
                }
                if (words.isEmpty()) {
                    continue;
                }
                alts.add(List.copyOf(words));
                if (words.size() > 1) {
                    alts.add(List.of(String.join("", words)));   // "cease fire" also as "ceasefire"
                }
            }
            List<List<String>> out = List.copyOf(alts);
            synsetCache.put(n, out);
            return out;
        }

        void readBlocks(List<String> lines) {
            List<Verb> verbs = new ArrayList<>();
            String blockCode = "---";
            boolean inSynset = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isEmpty()) {
                    continue;
                }
                String where = file + ":" + (i + 1);
                if (line.startsWith("~")) {
                    note("transformation lines ignored");
                    continue;
                }
                if (line.startsWith("---")) {
                    inSynset = false;
                    verbs = new ArrayList<>();
                    Matcher m = BRACKET.matcher(line);
                    blockCode = m.find() ? m.group(1).strip() : "---";
                    continue;
                }
                if (line.startsWith("&")) {
                    inSynset = true;
                    continue;
                }
                if (line.startsWith("+") && inSynset) {
                    continue;
                }
                inSynset = false;
                if (line.startsWith("-")) {
                    pattern(line.substring(1).strip(), verbs, where);
                } else {
                    Verb v = verb(line, blockCode, where);
                    if (v != null) {
                        verbs.add(v);
                    }
                }
            }
        }

        /** The forward half of a code; null when the line should be dropped (reason counted). */
        private String forward(String code, boolean pattern) {
            String c = code.strip();
            if (c.contains(":")) {
                String fwd = c.substring(0, c.indexOf(':')).strip();
                if (fwd.isEmpty()) {
                    if (pattern) {
                        drop("reverse-only code [:xxx]");
                    }
                    return null;
                }
                note("paired code: reverse half ignored");
                c = fwd;
            }
            if (c.equals("---")) {
                return c;
            }
            if (!codebook.contains(c)) {
                if (pattern) {
                    drop("code not in CAMEO codebook");
                } else {
                    note("verb code not in CAMEO codebook");
                }
                return null;
            }
            return c;
        }

        private Verb verb(String line, String blockCode, String where) {
            verbCount++;
            String code = blockCode;
            Matcher m = BRACKET.matcher(line);
            if (m.find()) {
                code = m.group(1).strip();
            }
            String text = line.replaceAll("\\{[^}]*\\}?", " ").replaceAll("\\[[^\\]]*\\]?", " ").strip();
            text = text.split("\\s+")[0];
            while (text.endsWith("_")) {
                text = text.substring(0, text.length() - 1);
            }
            if (text.isEmpty()) {
                note("empty verb lines");
                return null;
            }
            String[] parts = text.split("_");
            int v = 0;
            for (int k = 0; k < parts.length; k++) {
                if (parts[k].startsWith("+")) {
                    v = k;
                    break;
                }
            }
            StringBuilder lemma = new StringBuilder();
            for (int k = 0; k <= v; k++) {
                lemma.append(parts[k].replace("+", ""));
            }
            List<Constraint> extra = new ArrayList<>();
            for (int k = v + 1; k < parts.length; k++) {
                String w = Context.norm(parts[k].replace("+", ""));
                if (!w.isEmpty()) {
                    extra.add(new Constraint.Bag(false, List.of(List.of(w)), w));
                }
            }
            if (parts.length > 1) {
                note("multi-word verbs (later words looked for after the verb)");
            }
            String norm = Context.norm(lemma.toString());
            if (norm.isEmpty()) {
                return null;
            }
            String fwd = forward(code, false);
            if (fwd != null && !fwd.equals("---")) {
                verbRules++;
                String shown = (norm + (extra.isEmpty() ? "" : " " + String.join(" ",
                        extra.stream().map(Constraint::show).toList())));
                rules.add(new Rule('V', norm, extra, fwd, shown, where));
            }
            return new Verb(norm, List.copyOf(extra), fwd);
        }

        private void pattern(String body, List<Verb> verbs, String where) {
            patternLines++;
            int lb = body.lastIndexOf('[');
            int rb = body.lastIndexOf(']');
            if (lb < 0 || rb < lb) {
                drop("no [code]");
                return;
            }
            String code = forward(body.substring(lb + 1, rb), true);
            if (code == null) {
                return;
            }
            String text = body.substring(0, lb).strip();
            if (verbs.isEmpty()) {
                drop("no verb in block");
                return;
            }
            List<Constraint> cs = new ArrayList<>();
            String why = translate(text, cs);
            if (why != null) {
                drop(why);
                return;
            }
            if (code.equals("---")) {
                note("null-code patterns (no event)");
            }
            loaded++;
            String shown = text.replaceAll("\\s+", " ");
            for (Verb v : verbs) {
                List<Constraint> all = new ArrayList<>(v.extra());
                all.addAll(cs);
                rules.add(new Rule('V', v.lemma(), all, code.equals("---") ? null : code,
                        v.lemma() + ": " + shown, where));
            }
        }

        /** Fills {@code out}; returns the reason to drop the pattern, or null. */
        private String translate(String text, List<Constraint> out) {
            String t = text.replace('{', ' ').replace('}', ' ');
            List<String> toks = new ArrayList<>();
            Matcher m = TOKENS.matcher(t);
            while (m.find()) {
                toks.add(m.group());
            }
            boolean verbSeen = false;
            boolean markers = false;
            for (int i = 0; i < toks.size(); i++) {
                String tok = toks.get(i);
                if (tok.equals(")")) {
                    return "unbalanced parentheses";
                }
                if (tok.equals("(")) {
                    int j = i + 1;
                    List<String> group = new ArrayList<>();
                    while (j < toks.size() && !toks.get(j).equals(")")) {
                        if (toks.get(j).equals("(")) {
                            return "nested parentheses";
                        }
                        group.add(toks.get(j));
                        j++;
                    }
                    if (j >= toks.size()) {
                        return "unbalanced parentheses";
                    }
                    i = j;
                    List<String> parts = new ArrayList<>();
                    for (String g : group) {
                        for (String p : g.split("_")) {
                            if (!p.isEmpty()) {
                                parts.add(p);
                            }
                        }
                    }
                    if (parts.isEmpty()) {
                        return "empty prepositional phrase";
                    }
                    if (parts.contains("*")) {
                        return "verb marker inside a prepositional phrase";
                    }
                    Set<String> preps = new HashSet<>();
                    String p0 = parts.get(0);
                    if (p0.startsWith("&")) {
                        List<List<String>> s = synset(p0, new HashSet<>());
                        if (s == null) {
                            return "undefined synset";
                        }
                        for (List<String> a : s) {
                            preps.add(String.join("", a));
                        }
                    } else if (MARKERS.contains(p0)) {
                        return "prepositional phrase without preposition";
                    } else {
                        preps.add(Context.norm(p0));
                    }
                    List<List<List<String>>> groups = new ArrayList<>();
                    for (String p : parts.subList(1, parts.size())) {
                        if (MARKERS.contains(p)) {
                            markers = true;
                            continue;
                        }
                        List<List<String>> u = unit(p);
                        if (u == null) {
                            return "undefined synset";
                        }
                        if (!u.isEmpty()) {
                            groups.add(u);
                        }
                    }
                    String label = "(" + String.join(" ", group) + ")";
                    if (!verbSeen) {
                        note("prepositional phrases before the verb read as words");
                        out.add(new Constraint.Bag(true, List.of(List.copyOf(preps).subList(0, 1)), p0.toLowerCase(Locale.ROOT)));
                        for (List<List<String>> g : groups) {
                            out.add(new Constraint.Bag(true, g, label));
                        }
                    } else {
                        out.add(new Constraint.PrepPhrase(Set.copyOf(preps), List.copyOf(groups), label.toLowerCase(Locale.ROOT)));
                    }
                    continue;
                }
                for (String p : tok.split("_")) {
                    if (p.isEmpty()) {
                        continue;
                    }
                    if (p.equals("*") || p.equals("**")) {
                        if (verbSeen) {
                            return "two verb markers";
                        }
                        verbSeen = true;
                        continue;
                    }
                    if (MARKERS.contains(p)) {
                        markers = true;
                        continue;
                    }
                    List<List<String>> u = unit(p);
                    if (u == null) {
                        return "undefined synset";
                    }
                    if (!u.isEmpty()) {
                        out.add(new Constraint.Bag(!verbSeen, u, p.toLowerCase(Locale.ROOT)));
                    }
                }
            }
            if (!verbSeen) {
                return "no verb marker *";
            }
            if (markers) {
                note("actor markers $ + % ^ not checked");
            }
            if (out.isEmpty()) {
                return "nothing but the verb and actor markers";
            }
            return null;
        }

        /** A word or synset as alternatives; empty for an article; null for an undefined synset. */
        private List<List<String>> unit(String p) {
            if (p.startsWith("&")) {
                return synset(p, new HashSet<>());
            }
            String w = Context.norm(p);
            if (w.isEmpty() || ARTICLES.contains(w)) {
                return List.of();
            }
            return List.of(List.of(w));
        }
    }
}
