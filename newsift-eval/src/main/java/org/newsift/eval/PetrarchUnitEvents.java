package org.newsift.eval;

import org.newsift.events.EventClassifier;
import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code events.petrarch_unit.*}: PETRARCH2's unit-test sentences coded by newsift with only the
 * PETR.Validate actor, agent and verb dictionaries loaded (no built-in lexicons), scored as exact (source, target, CAMEO) triples per sentence and
 * micro-averaged over the file (see {@link EventTriples} and docs/evaluation.md).
 *
 * <p>Left out: records whose expected outcome is a PETRARCH input error ({@code dateline},
 * {@code bad_input_parse}) or a discard ({@code storydiscard}, {@code sentencediscard}: the discard
 * dictionary is not loaded); expected codings with a placeholder actor ("", "---", "###", a quoted noun
 * phrase), which an event with a coded source and target can never match; and expected codings with a
 * test-only event code ({@link #isTestOnlyCode}). Predicted triples equal to a left-out coding, or with
 * a test-only code, are dropped too, so they count neither way. Records expecting no event
 * ({@code noevents="True"}) are kept: every triple predicted there is a false positive.
 */
public final class PetrarchUnitEvents implements EvalTask {
    static final String PRECISION = "events.petrarch_unit.precision";
    static final String RECALL = "events.petrarch_unit.recall";
    static final String ROOT = "events.petrarch_unit.root_agreement";
    private static final Path DIR = Path.of("events", "petrarch2");
    private static final Path RECORDS = DIR.resolve("PETR.UnitTest.records.xml");
    /** Actors, agents and verb patterns; not the discards (newsift has no discard list). */
    private static final List<String> DICTIONARIES = List.of("PETR.Validate.actors.txt", "PETR.Validate.agents.txt",
            "PETR.Validate.verbs.txt");
    /** Expected errors that leave the record out (input-format errors and discards). */
    static final Set<String> EXCLUDED_ERRORS = Set.of("dateline", "bad_input_parse", "storydiscard", "sentencediscard");
    /**
     * Event codes of the validation verb dictionary that exist only to test PETRARCH's pattern
     * machinery: not CAMEO codes, and not WEIS codes either.
     */
    static final Set<String> TEST_ONLY_CODES = Set.of("345", "1717", "1010", "174K", "174L", "802");

    @Override
    public String name() {
        return "petrarch_unit_events";
    }

    @Override
    public List<String> metrics() {
        return List.of(PRECISION, RECALL, ROOT);
    }

    @Override
    public List<Path> requiredData() {
        return Stream.concat(Stream.of(RECORDS), DICTIONARIES.stream().map(DIR::resolve)).toList();
    }

    /** Test-only event codes: every code starting with 9 (901-915) and {@link #TEST_ONLY_CODES}. */
    static boolean isTestOnlyCode(String code) {
        String c = code == null ? "" : code.strip();
        return c.startsWith("9") || TEST_ONLY_CODES.contains(c);
    }

    /** What is scored in one record: the expected triples kept, and the triples to ignore when predicted. */
    record Gold(Set<EventTriples.Triple> kept, Set<EventTriples.Triple> ignored) {
    }

    static Gold gold(PetrarchRecords.Record r) {
        Set<EventTriples.Triple> kept = new LinkedHashSet<>();
        Set<EventTriples.Triple> ignored = new LinkedHashSet<>();
        for (PetrarchRecords.Coding c : r.codings()) {
            EventTriples.Triple t = new EventTriples.Triple(c.source(), c.target(), c.event());
            boolean placeholder = !PetrarchRecords.isActorCode(c.source()) || !PetrarchRecords.isActorCode(c.target());
            (placeholder || isTestOnlyCode(c.event()) ? ignored : kept).add(t);
        }
        return new Gold(kept, ignored);
    }

    /** The predicted triples that are scored: those not ignored and without a test-only code. */
    static Set<EventTriples.Triple> scored(Set<EventTriples.Triple> predicted, Gold gold) {
        Set<EventTriples.Triple> out = new LinkedHashSet<>();
        for (EventTriples.Triple t : predicted) {
            if (!gold.ignored().contains(t) && !isTestOnlyCode(t.cameo())) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean excluded(PetrarchRecords.Record r) {
        return r.error() != null && EXCLUDED_ERRORS.contains(r.error());
    }

    /**
     * The configuration: only the PETR.Validate actors, agents and verb patterns in {@code dictDir}; no
     * built-in actors or event patterns.
     */
    static NewsiftConfig config(Path dictDir) {
        return new NewsiftConfig(false, List.of(dictDir), List.of(), List.of());
    }

    private record Outcome(String id, String category, boolean noEvents, EventTriples.Score score, int events,
                           Set<EventTriples.Triple> missed, Set<EventTriples.Triple> spurious) {
    }

    @Override
    public void run(EvalContext ctx, MetricSink out) throws Exception {
        List<PetrarchRecords.Record> all = PetrarchRecords.read(ctx.dataDir().resolve(RECORDS));
        List<PetrarchRecords.Record> records = all.stream().filter(r -> !excluded(r)).toList();
        try (DictionarySelection dictionaries = DictionarySelection.of(ctx.dataDir().resolve(DIR), DICTIONARIES)) {
            // Without the event model: this task measures coding with the validation dictionaries alone, and
            // the model is a built-in like the built-in patterns it leaves out; on these fictional sentences
            // it only adds false positives (precision 0.5455 -> 0.5323, recall unchanged; docs/models.md).
            Pipeline pipeline = ctx.pipeline(config(dictionaries.dir()), EventClassifier.NONE);
            List<Outcome> outcomes = ctx.map(name(), records, r -> evaluate(pipeline, r));
            report(all.size() - records.size(), all, outcomes, out);
        }
    }

    private static Outcome evaluate(Pipeline pipeline, PetrarchRecords.Record r) {
        Analysis a = pipeline.analyze(new Article(r.id(), null, null, r.isoDate(), r.text()));
        Gold gold = gold(r);
        Set<EventTriples.Triple> predicted = scored(EventTriples.predicted(a.events()), gold);
        EventTriples.Score score = new EventTriples.Score().add(gold.kept(), predicted);
        Set<EventTriples.Triple> missed = new LinkedHashSet<>(gold.kept());
        missed.removeAll(predicted);
        Set<EventTriples.Triple> spurious = new LinkedHashSet<>(predicted);
        spurious.removeAll(gold.kept());
        return new Outcome(r.id(), String.valueOf(r.category()), r.noEvents(), score, a.events().size(), missed, spurious);
    }

    private static void report(int excludedRecords, List<PetrarchRecords.Record> all, List<Outcome> outcomes,
                               MetricSink out) {
        EventTriples.Score total = new EventTriples.Score();
        Map<String, EventTriples.Score> byCategory = new TreeMap<>();
        Map<String, Integer> missedCodes = new TreeMap<>();
        Map<String, Integer> spuriousCodes = new TreeMap<>();
        int events = 0;
        long noEventRecords = 0;
        long noEventFp = 0;
        for (Outcome o : outcomes) {
            total.add(o.score());
            byCategory.computeIfAbsent(o.category(), k -> new EventTriples.Score()).add(o.score());
            events += o.events();
            if (o.noEvents()) {
                noEventRecords++;
                noEventFp += o.score().fp();
            }
            o.missed().forEach(t -> missedCodes.merge(t.cameo(), 1, Integer::sum));
            o.spurious().forEach(t -> spuriousCodes.merge(t.cameo(), 1, Integer::sum));
        }
        long ignored = all.stream().filter(r -> !excluded(r)).mapToLong(r -> gold(r).ignored().size()).sum();
        System.err.printf("[petrarch_unit_events] %d records (%d left out: input errors and discards), "
                        + "%d gold triples scored (%d codings ignored: placeholder actor or test-only code), "
                        + "%d events predicted%n",
                outcomes.size(), excludedRecords, total.tp() + total.fn(), ignored, events);
        System.err.printf("[petrarch_unit_events] %d no-event records: %d false positive triples%n",
                noEventRecords, noEventFp);
        System.err.println("[petrarch_unit_events] total " + total);
        byCategory.forEach((cat, s) -> System.err.printf("[petrarch_unit_events]   %-10s %s%n", cat, s));
        System.err.println("[petrarch_unit_events] most missed codes: " + top(missedCodes));
        System.err.println("[petrarch_unit_events] most spurious codes: " + top(spuriousCodes));
        out.put(PRECISION, total.precision());
        out.put(RECALL, total.recall());
        out.put(ROOT, total.rootAgreement());
    }

    private static String top(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(15).map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(" "));
    }
}
