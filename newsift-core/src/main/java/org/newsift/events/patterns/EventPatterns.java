package org.newsift.events.patterns;

import org.newsift.events.ontology.CameoCode;
import org.newsift.events.ontology.CameoCodebook;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pattern layer of the event coder: decides the CAMEO code of a predicate (a verb, or an event
 * noun such as "talks" or "airstrike") from its lemma and its dependents in a Universal Dependencies
 * parse. Immutable and thread-safe.
 *
 * <p>Patterns come from newsift's own lexicon ({@link #builtIn()}, a TSV resource), from further TSV
 * files, and from PETRARCH/TABARI CAMEO verb dictionaries. Every pattern names a head lemma and a list
 * of constraints; of the patterns whose constraints all hold, the most specific (the one checking
 * most words) wins, ties going to the one added first. A winning pattern coded "---" means "no event"
 * and {@link #match} returns null. A row whose lemma is {@value #ANY_PREDICATE} applies to every
 * predicate, and only to take physical conflict away: "capture the presidency", "fight the
 * disappointment" code nothing, whatever verb holds the office or abstract noun as its patient.
 * The built-in figurative lexicon ({@value #FIGURATIVE}) holds such rows and idioms that are never
 * force ("strike down a law", "shoot back"); it is read after {@value #RESOURCE}, so literal rows
 * of equal specificity win. See docs/event-patterns.md.
 */
public final class EventPatterns {

    /** Name of the built-in lexicon, next to this class. */
    public static final String RESOURCE = "verbs.tsv";
    /** The built-in figurative lexicon: idioms and non-literal patients that code no event. */
    public static final String FIGURATIVE = "/org/newsift/events/figurative.tsv";
    /** The lemma of a row that applies to every predicate of physical conflict. */
    static final String ANY_PREDICATE = "*";
    /**
     * Material-conflict codes that are not physical, whose patients may be abstract: protest (14), reduce
     * relations (16), coerce in general (170, "imposed order") and administrative sanctions (172, "banned the law").
     */
    private static final List<String> NOT_PHYSICAL = List.of("14", "16", "170", "172");

    private record Indexed(int order, Rule rule) {}

    private final Map<String, List<Indexed>> byLemma;
    private final Set<String> eventNouns;
    private final int size;
    private final List<PetrarchStats> petrarchStats;
    private final List<Rule> anyPredicate;
    private final CameoCodebook codebook;

    private EventPatterns(List<Rule> rules, List<PetrarchStats> stats, CameoCodebook codebook) {
        Map<String, List<Indexed>> m = new HashMap<>();
        Set<String> nouns = new HashSet<>();
        List<Rule> any = new ArrayList<>();
        int i = 0;
        for (Rule r : rules) {
            if (r.lemma().equals(ANY_PREDICATE)) {
                any.add(r);
                continue;
            }
            m.computeIfAbsent(r.lemma(), k -> new ArrayList<>()).add(new Indexed(i++, r));
            if (r.pos() == 'N' && r.cameo() != null) {
                nouns.add(r.lemma());
            }
        }
        for (Map.Entry<String, List<Indexed>> e : m.entrySet()) {
            e.setValue(List.copyOf(e.getValue()));
        }
        this.byLemma = Map.copyOf(m);
        this.eventNouns = Set.copyOf(nouns);
        this.size = rules.size();
        this.petrarchStats = List.copyOf(stats);
        this.anyPredicate = List.copyOf(any);
        this.codebook = codebook;
    }

    private static final class Holder {
        static final EventPatterns BUILT_IN = builder().addBuiltIn().build();
    }

    /** newsift's own lexicon, loaded once. */
    public static EventPatterns builtIn() {
        return Holder.BUILT_IN;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The most specific pattern for the predicate token (a verb, or an event noun such as "talks",
     * "airstrike"), or null when none matches or the winning pattern says "no event".
     */
    public PatternMatch match(Sentence s, int predicate) {
        if (s == null || predicate < 0 || predicate >= s.tokens().size()) {
            return null;
        }
        Token t = s.token(predicate);
        String byLemmaKey = Context.norm(t.lemma());
        String byTextKey = Context.norm(t.text());
        List<Indexed> a = byLemma.getOrDefault(byLemmaKey, List.of());
        List<Indexed> b = byTextKey.equals(byLemmaKey) ? List.of() : byLemma.getOrDefault(byTextKey, List.of());
        if (a.isEmpty() && b.isEmpty()) {
            return null;
        }
        Context c = new Context(s, predicate);
        Indexed best = null;
        int bestSpec = -1;
        for (List<Indexed> list : List.of(a, b)) {
            for (Indexed ix : list) {
                Rule r = ix.rule();
                if (!r.posFits(t)) {
                    continue;
                }
                int max = r.maxSpecificity();
                if (max < bestSpec || (max == bestSpec && ix.order() > best.order())) {
                    continue;
                }
                int spec = r.score(c);
                if (spec > bestSpec || (spec == bestSpec && spec >= 0 && ix.order() < best.order())) {
                    best = ix;
                    bestSpec = spec;
                }
            }
        }
        if (best == null || best.rule().cameo() == null || notLiteral(best.rule().cameo(), t, c)) {
            return null;
        }
        Rule r = best.rule();
        return new PatternMatch(r.cameo(), r.pattern(), r.origin(), bestSpec);
    }

    /** True when the code is physical conflict and a '*' row finds a patient that cannot be hit, seized or fought. */
    private boolean notLiteral(String cameo, Token t, Context c) {
        CameoCode code = codebook.lookup(cameo);
        if (code == null || code.quadClass() != CameoCode.MATERIAL_CONFLICT
                || NOT_PHYSICAL.stream().anyMatch(code.code()::startsWith)) {
            return false;
        }
        return anyPredicate.stream().anyMatch(r -> r.posFits(t) && r.score(c) >= 0);
    }

    /** True when some noun pattern with an event code has this head lemma ("talk", "airstrike", "sanction"). */
    public boolean isEventNoun(String lemma) {
        return lemma != null && eventNouns.contains(Context.norm(lemma));
    }

    /** Number of rules loaded. */
    public int size() {
        return size;
    }

    /** What each PETRARCH dictionary added to this set yielded, in the order added. */
    public List<PetrarchStats> petrarchStats() {
        return petrarchStats;
    }

    /** Collects patterns in order; ties between equally specific patterns go to the one added first. */
    public static final class Builder {
        private final List<Rule> rules = new ArrayList<>();
        private final List<PetrarchStats> stats = new ArrayList<>();
        private CameoCodebook codebook = CameoCodebook.builtIn();

        private Builder() {}

        /** The codebook that codes are checked against (default {@link CameoCodebook#builtIn()}). */
        public Builder codebook(CameoCodebook codebook) {
            this.codebook = codebook;
            return this;
        }

        /** newsift's own lexicon: the verb and noun patterns, then the figurative uses that code no event. */
        public Builder addBuiltIn() {
            addResource(RESOURCE, RESOURCE);
            return addResource(FIGURATIVE, FIGURATIVE.substring(FIGURATIVE.lastIndexOf('/') + 1));
        }

        private Builder addResource(String resource, String origin) {
            try (InputStream in = EventPatterns.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + resource + " missing");
                }
                return addTsv(new InputStreamReader(in, StandardCharsets.UTF_8), origin);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Adds a pattern TSV file.
         *
         * @throws IllegalArgumentException naming file:line for a malformed line or an unknown CAMEO code
         */
        public Builder addTsv(Path file) throws IOException {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return addTsv(r, file.getFileName().toString());
            }
        }

        /** Adds pattern TSV text; {@code origin} names it in {@link PatternMatch#origin()}. */
        public Builder addTsv(Reader in, String origin) throws IOException {
            rules.addAll(PatternTsv.read(in, origin, codebook));
            return this;
        }

        /**
         * Adds a PETRARCH/TABARI CAMEO verb dictionary (e.g. CAMEO.2.0.txt). Patterns that cannot be
         * expressed, or whose code is not in the codebook, are dropped and counted; see
         * {@link EventPatterns#petrarchStats()}.
         */
        public Builder addPetrarch(Path verbsFile) throws IOException {
            PetrarchVerbs.Result res = PetrarchVerbs.read(verbsFile, codebook);
            rules.addAll(res.rules());
            stats.add(res.stats());
            return this;
        }

        /** Statistics of the PETRARCH files added so far. */
        public List<PetrarchStats> petrarchStats() {
            return Collections.unmodifiableList(stats);
        }

        public EventPatterns build() {
            return new EventPatterns(rules, stats, codebook);
        }
    }
}
