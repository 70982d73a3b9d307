package org.newsift.rhetoric;

import org.newsift.model.Rhetoric;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rules for spans of the same technique that overlap. Different techniques may overlap (a loaded word
 * inside an appeal to fear); the same technique is reported once per stretch of text. And a name alone is no
 * technique ({@link #isNameAlone}).
 */
public final class RhetoricSpans {
    /**
     * Techniques whose spans may be names alone: a country's name waves its flag ("America"), and a slogan may be
     * made of names ("America First"). Of the PTC dev articles' 1,186 gold spans, the only ones made of named-entity
     * proper nouns are 4 Flag-Waving spans (docs/rhetoric.md, "How spans are chosen").
     */
    static final Set<String> NAMES_MAY_BE = Set.of(Technique.FLAG_WAVING.label(), Technique.SLOGANS.label());
    /**
     * Verbs whose subject, object or addressee is someone who speaks, hears or reports ("aides told POLITICO",
     * "Reuters reported"): a proper noun in that place names a participant even when the entity recogniser misses
     * it, as it misses an outlet's name in capitals.
     */
    static final Set<String> COMMUNICATION_VERBS = Set.of("tell", "say", "ask", "report", "write", "confirm",
            "explain", "speak", "talk", "interview", "contact", "email", "inform", "reach");
    private static final Set<String> PARTICIPANT_RELATIONS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl");

    private RhetoricSpans() {
    }

    /** Text order: start, then longer first, then technique. */
    public static final Comparator<Rhetoric> ORDER = Comparator.comparingInt(Rhetoric::start)
            .thenComparing(Rhetoric::end, Comparator.reverseOrder()).thenComparing(Rhetoric::technique);

    /**
     * Of overlapping spans of one technique keeps the one with the higher score (then the longer), so
     * each cue is reported once and with its strongest reason.
     */
    public static List<Rhetoric> resolve(List<Rhetoric> spans) {
        List<Rhetoric> ranked = new ArrayList<>(spans);
        ranked.sort(Comparator.comparingDouble(Rhetoric::score).reversed()
                .thenComparing(r -> r.end() - r.start(), Comparator.reverseOrder()).thenComparing(ORDER));
        List<Rhetoric> kept = new ArrayList<>();
        // per technique, the kept spans' ends by their starts: spans that do not overlap end in the order they start
        Map<String, TreeMap<Integer, Integer>> keptEnds = new HashMap<>();
        for (Rhetoric r : ranked) {
            TreeMap<Integer, Integer> ends = keptEnds.computeIfAbsent(r.technique(), t -> new TreeMap<>());
            Map.Entry<Integer, Integer> before = ends.lowerEntry(r.end()); // the last kept span starting before r ends
            if (before == null || before.getValue() <= r.start()) {
                kept.add(r);
                ends.merge(r.start(), r.end(), Math::max);
            }
        }
        kept.sort(ORDER);
        return kept;
    }

    /**
     * Whether the span is a name and nothing else: each of its words is a proper noun (NNP, NNPS) that the entity
     * recogniser calls part of a name ("WikiLeaks", "Julian Assange"), or a name that speaks or is told something
     * ({@link #isName}: "aides told POLITICO they ..."), with no evaluative word, and its
     * technique is not one of {@link #NAMES_MAY_BE}. An outlet or a person named is not persuasion; a label in
     * headline capitals is ("Jihadist Psychopath": capitalised words the recogniser calls no name).
     */
    public static boolean isNameAlone(Rhetoric r, List<Sentence> sentences) {
        if (NAMES_MAY_BE.contains(r.technique())) {
            return false;
        }
        boolean words = false;
        for (Sentence s : sentences) {
            if (s.end() <= r.start() || s.start() >= r.end()) {
                continue;
            }
            for (Token t : s.tokens()) {
                boolean inside = t.start() < r.end() && r.start() < t.end();
                if (!inside || !Character.isLetterOrDigit(t.text().codePointAt(0))) {
                    continue; // punctuation joins names ("Smith & Wesson", "Pope Francis,")
                }
                if (!isName(t, s)) {
                    return false;
                }
                words = true;
            }
        }
        return words;
    }

    /**
     * A proper noun that the recogniser calls part of a name; or a proper noun, or a word in capitals (the tagger
     * takes "POLITICO" for the common noun "politico"), that speaks or is spoken to ({@link #COMMUNICATION_VERBS}): the
     * subject, or the singular addressee ("aides told POLITICO", "..., insiders told POLITICO, has been chosen"), or a
     * plural one of a verb that reports a clause ("told CNN and NPR that ..."; not "he told LIES").
     */
    private static boolean isName(Token t, Sentence s) {
        boolean capitals = t.text().length() >= 3 && t.text().chars().allMatch(Character::isUpperCase);
        if (!t.isProperNoun() && !capitals) {
            return false;
        }
        if (t.isProperNoun() && t.ner() != null && !t.ner().equals("O")) {
            return true;
        }
        Token governor = t.head() < 0 || t.head() >= s.tokens().size() ? null : s.governor(t);
        if (governor == null || !governor.isVerb() || governor.lemma() == null
                || !COMMUNICATION_VERBS.contains(governor.lemma().toLowerCase(java.util.Locale.ROOT))
                || !PARTICIPANT_RELATIONS.contains(t.deprel())) {
            return false;
        }
        return t.deprel().startsWith("nsubj") || !t.pos().equals("NNS")
                || s.children(governor.index()).stream().anyMatch(c -> "ccomp".equals(c.deprel()));
    }

    public static boolean overlap(Rhetoric a, Rhetoric b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
