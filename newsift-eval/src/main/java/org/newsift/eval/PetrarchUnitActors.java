package org.newsift.eval;

import org.newsift.model.Actor;
import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code actors.petrarch_unit.recall}: on PETRARCH2's unit-test sentences, with only the
 * PETR.Validate actor and agent dictionaries loaded (the actors are fictional: Arnor, Gondor ...),
 * the share of expected source and target codes found among the codes of the actors newsift resolves
 * in that sentence. Every coding contributes its source and its target, except placeholders (see
 * {@link PetrarchRecords#isActorCode}). An expected country-less agent ("---GOV") also matches a
 * resolved "GOV". The record's date is the article's publication date, since dictionary codes are
 * dated. Always runs all 284 records (a few seconds).
 */
public final class PetrarchUnitActors implements EvalTask {
    static final String RECALL = "actors.petrarch_unit.recall";
    private static final Path DIR = Path.of("events", "petrarch2");
    private static final Path RECORDS = DIR.resolve("PETR.UnitTest.records.xml");
    private static final List<String> DICTIONARIES = List.of("PETR.Validate.actors.txt", "PETR.Validate.agents.txt");

    @Override
    public String name() {
        return "petrarch_unit";
    }

    @Override
    public List<String> metrics() {
        return List.of(RECALL);
    }

    @Override
    public List<Path> requiredData() {
        return Stream.concat(Stream.of(RECORDS), DICTIONARIES.stream().map(DIR::resolve)).toList();
    }

    private record Outcome(String id, String category, String language, List<String> expected, List<String> found,
                           Set<String> resolved) {
    }

    @Override
    public void run(EvalContext ctx, MetricSink out) throws Exception {
        List<PetrarchRecords.Record> records = PetrarchRecords.read(ctx.dataDir().resolve(RECORDS));
        try (DictionarySelection dictionaries = DictionarySelection.of(ctx.dataDir().resolve(DIR), DICTIONARIES)) {
            Pipeline pipeline = ctx.pipeline(new NewsiftConfig(false, List.of(dictionaries.dir()), List.of(), List.of()));
            List<Outcome> outcomes = ctx.map(name(), records, r -> evaluate(pipeline, r));
            report(records, outcomes, out);
        }
    }

    private static Outcome evaluate(Pipeline pipeline, PetrarchRecords.Record r) {
        List<String> expected = new ArrayList<>();
        for (PetrarchRecords.Coding c : r.codings()) {
            Stream.of(c.source(), c.target()).filter(PetrarchRecords::isActorCode).map(String::strip).forEach(expected::add);
        }
        Analysis a = pipeline.analyze(new Article(r.id(), null, null, r.isoDate(), r.text()));
        Set<String> resolved = a.actors().stream().map(Actor::code).filter(Objects::nonNull).collect(Collectors.toSet());
        List<String> found = expected.stream().filter(e -> matches(e, resolved)).toList();
        return new Outcome(r.id(), r.category(), a.language(), expected, found, resolved);
    }

    static boolean matches(String expected, Set<String> resolved) {
        return resolved.contains(expected) || (expected.startsWith("---") && resolved.contains(expected.substring(3)));
    }

    private static void report(List<PetrarchRecords.Record> records, List<Outcome> outcomes, MetricSink out) {
        int expected = 0;
        int found = 0;
        int placeholders = 0;
        for (PetrarchRecords.Record r : records) {
            for (PetrarchRecords.Coding c : r.codings()) {
                placeholders += (PetrarchRecords.isActorCode(c.source()) ? 0 : 1) + (PetrarchRecords.isActorCode(c.target()) ? 0 : 1);
            }
        }
        Map<String, int[]> byCategory = new TreeMap<>();
        Map<String, Integer> missed = new TreeMap<>();
        int nonEnglish = 0;
        int noActors = 0;
        for (Outcome o : outcomes) {
            expected += o.expected().size();
            found += o.found().size();
            int[] c = byCategory.computeIfAbsent(String.valueOf(o.category()), k -> new int[2]);
            c[0] += o.found().size();
            c[1] += o.expected().size();
            if (!"en".equals(o.language())) {
                nonEnglish++;
            }
            if (o.resolved().isEmpty()) {
                noActors++;
            }
            List<String> miss = new ArrayList<>(o.expected());
            o.found().forEach(miss::remove);
            miss.forEach(m -> missed.merge(m, 1, Integer::sum));
        }
        long codings = records.stream().mapToLong(r -> r.codings().size()).sum();
        long noEvents = records.stream().filter(PetrarchRecords.Record::noEvents).count();
        long errors = records.stream().filter(r -> r.error() != null).count();
        System.err.printf("[petrarch_unit] %d records, %d codings, %d no-event records, %d error/discard records%n",
                records.size(), codings, noEvents, errors);
        System.err.printf("[petrarch_unit] expected actor codes %d (placeholders/phrases excluded: %d), found %d%n",
                expected, placeholders, found);
        System.err.printf("[petrarch_unit] records identified as non-English (no NLP): %d; records with no coded actor: %d%n",
                nonEnglish, noActors);
        byCategory.forEach((cat, c) -> System.err.printf("[petrarch_unit]   %-10s %3d/%3d%n", cat, c[0], c[1]));
        String top = missed.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(20).map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(" "));
        System.err.println("[petrarch_unit] most missed: " + top);
        out.put(RECALL, expected == 0 ? Double.NaN : (double) found / expected);
    }

}
