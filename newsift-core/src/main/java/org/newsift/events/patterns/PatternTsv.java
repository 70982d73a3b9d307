package org.newsift.events.patterns;

import org.newsift.events.ontology.CameoCodebook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads newsift's pattern TSV: {@code pos, lemma, constraints, cameo[, comment]}, '#' starts a
 * comment line, an optional header line starts with "pos". See docs/event-patterns.md.
 */
final class PatternTsv {

    private PatternTsv() {}

    static List<Rule> read(Reader in, String origin, CameoCodebook codebook) throws IOException {
        List<Rule> out = new ArrayList<>();
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (no == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String where = origin + ":" + no;
            String[] f = line.split("\t", -1);
            if (f[0].strip().equalsIgnoreCase("pos")) {
                continue;
            }
            if (f.length < 4) {
                throw new IllegalArgumentException(where + ": expected pos, lemma, constraints, cameo[, comment] separated by tabs");
            }
            out.add(parse(f, where, codebook));
        }
        return out;
    }

    static Rule parse(String[] f, String where, CameoCodebook codebook) {
        String posField = f[0].strip().toUpperCase(java.util.Locale.ROOT);
        char pos = switch (posField) {
            case "V" -> 'V';
            case "N" -> 'N';
            case "*" -> '*';
            default -> throw new IllegalArgumentException(where + ": pos must be V, N or *, not '" + f[0] + "'");
        };
        String lemmaField = f[1].strip();
        List<String> words = words(lemmaField);
        if (words.isEmpty()) {
            throw new IllegalArgumentException(where + ": empty lemma");
        }
        List<Constraint> cs = new ArrayList<>();
        String head;
        if (words.size() == 1) {
            head = words.get(0);
        } else if (pos == 'V') {
            head = words.get(0);
            for (String w : words.subList(1, words.size())) {
                cs.add(new Constraint.Prt(Set.of(w)));
            }
        } else if (pos == 'N') {
            head = words.get(words.size() - 1);
            for (String w : words.subList(0, words.size() - 1)) {
                cs.add(new Constraint.Mod(Set.of(w)));
            }
        } else {
            throw new IllegalArgumentException(where + ": a multi-word lemma needs pos V (verb + particle) or N (modifier + noun)");
        }
        int fromLemma = cs.size();
        String cf = f[2].strip();
        if (!cf.isEmpty() && !cf.equals("-")) {
            for (String part : cf.split(";")) {
                part = part.strip();
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException(where + ": constraint '" + part + "' is not key=value");
                }
                String key = part.substring(0, eq).strip();
                String value = part.substring(eq + 1).strip();
                if (value.isEmpty()) {
                    throw new IllegalArgumentException(where + ": constraint '" + key + "' has no value");
                }
                try {
                cs.add(switch (key) {
                    case "obj" -> new Constraint.InSlot(Constraint.Slot.OBJECT, alts(value));
                    case "subj" -> new Constraint.InSlot(Constraint.Slot.SUBJECT, alts(value));
                    case "xcomp" -> new Constraint.InSlot(Constraint.Slot.XCOMP, alts(value));
                    case "xobj" -> new Constraint.InSlot(Constraint.Slot.XOBJ, alts(value));
                    case "arg" -> new Constraint.InSlot(Constraint.Slot.ARGUMENT, alts(value));
                    case "dep" -> new Constraint.Dep(alts(value));
                    case "prt" -> new Constraint.Prt(wordSet(value));
                    case "mod" -> new Constraint.Mod(wordSet(value));
                    case "prep" -> prep(value);
                    default -> throw new IllegalArgumentException(where + ": unknown constraint '" + key
                            + "' (obj, prep, xcomp, xobj, prt, mod, subj, arg, dep)");
                });
                } catch (IllegalArgumentException e) {
                    if (e.getMessage() != null && e.getMessage().startsWith(where)) {
                        throw e;
                    }
                    throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
                }
            }
        }
        String code = f[3].strip();
        String cameo;
        if (code.equals("---")) {
            cameo = null;
        } else if (!codebook.contains(code)) {
            throw new IllegalArgumentException(where + ": CAMEO code '" + code + "' is not in the codebook");
        } else {
            cameo = code;
        }
        if (head.equals(EventPatterns.ANY_PREDICATE) && cameo != null) {
            throw new IllegalArgumentException(where + ": a '*' row (any predicate) can only say --- (no event)");
        }
        String shown = Rule.show(lemmaField.replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT),
                cs.subList(fromLemma, cs.size()));
        return new Rule(pos, Context.norm(head), cs, cameo, shown, where);
    }

    private static Constraint.Prep prep(String value) {
        int colon = value.indexOf(':');
        String preps = colon < 0 ? value : value.substring(0, colon);
        Set<String> ps = new LinkedHashSet<>();
        for (String p : preps.split("\\|")) {
            String q = p.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
            if (!q.isEmpty()) {
                ps.add(q);
            }
        }
        if (ps.isEmpty()) {
            throw new IllegalArgumentException("prep= needs a preposition");
        }
        List<List<String>> a = colon < 0 ? List.of() : alts(value.substring(colon + 1));
        return new Constraint.Prep(List.copyOf(ps), a);
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.strip().split("\\s+")) {
            String n = Context.norm(w);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    static List<List<String>> alts(String value) {
        List<List<String>> out = new ArrayList<>();
        for (String a : value.split("\\|")) {
            List<String> w = words(a);
            if (!w.isEmpty()) {
                out.add(List.copyOf(w));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("empty value '" + value + "'");
        }
        return List.copyOf(out);
    }

    private static Set<String> wordSet(String value) {
        Set<String> s = new LinkedHashSet<>();
        for (List<String> a : alts(value)) {
            s.add(String.join("", a));
        }
        return Set.copyOf(s);
    }

    static List<String> split(String s, String sep) {
        return Arrays.asList(s.split(sep));
    }
}
