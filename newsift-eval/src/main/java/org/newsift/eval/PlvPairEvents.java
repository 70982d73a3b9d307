package org.newsift.eval;

import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.model.Event;
import org.newsift.model.Offsets;
import org.newsift.models.events.EventVerifier;
import org.newsift.models.events.PlvPairs;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code events.plv_train.*}: who-did-what-to-whom on modern news wording. The dev part of
 * {@code PLV_train.tsv} ({@link PlvPairs#split}: 216 pairs in buckets 0-19 of the sentence id, in every
 * run, since the whole task takes about a minute) is coded sentence by sentence, each sentence one article
 * with no publication date, by the default pipeline. A gold pair (quad class 1-4, source and target both
 * marked) is <em>found</em> when one event of its sentence has a source argument overlapping the marked
 * source and a target argument overlapping the marked target ({@link ArgumentSpans}: at least one
 * shared code point). See docs/evaluation.md for each metric.
 */
public final class PlvPairEvents implements EvalTask {
    static final String PAIRS = "events.plv_train.pairs";
    static final String RECALL = "events.plv_train.pair_recall";
    static final String CANDIDATE_RECALL = "events.plv_train.candidate_pair_recall";
    static final String PRECISION = "events.plv_train.pair_precision";
    static final String QUAD = "events.plv_train.quad_accuracy";
    static final String ROOT = "events.plv_train.root_accuracy";
    static final Path DATA = PlvPairs.FILE;

    @Override
    public String name() {
        return "plv_train";
    }

    @Override
    public List<String> metrics() {
        return List.of(PAIRS, RECALL, CANDIDATE_RECALL, PRECISION, QUAD, ROOT);
    }

    @Override
    public List<Path> requiredData() {
        return List.of(DATA);
    }

    /** How a gold pair fared: found, or the nearest miss. */
    enum Verdict { FOUND, REVERSED, SOURCE_ONLY, TARGET_ONLY, NEITHER_SIDE, NO_EVENT }

    /**
     * One gold pair's result: for a found pair, the quad class and PLOVER type of its most confident
     * matching event (the first in output order on ties), which is the one an analyst would read.
     */
    record PairResult(PlvPairs.Pair pair, Verdict verdict, Integer quad, String plover) {
        boolean quadRight() {
            return quad != null && quad == pair.quad();
        }

        boolean rootRight() {
            return plover != null && PlvPairs.ploverTypes(pair.root()).contains(plover.toUpperCase(Locale.ROOT));
        }
    }

    /** One sentence: its scorable pairs' results, and its events (all, and those matching a gold pair). */
    record SentenceResult(List<PairResult> pairs, int events, int matchingEvents) {
    }

    /** Scores the analysis of one sentence against its gold pairs (all rows of one sentence id). */
    static SentenceResult score(List<PlvPairs.Pair> gold, Analysis a) {
        List<PlvPairs.Pair> scorable = gold.stream().filter(PlvPairs.Pair::scorable).toList();
        List<Roles> roles = a.events().stream().map(e -> new Roles(e, ArgumentSpans.of(e.source(), e, a),
                ArgumentSpans.of(e.target(), e, a))).toList();
        List<PairResult> results = new ArrayList<>();
        for (PlvPairs.Pair p : scorable) {
            Event best = roles.stream().filter(r -> r.matches(p)).map(Roles::event)
                    .max(Comparator.comparingDouble(Event::confidence)).orElse(null);
            Verdict v = best != null ? Verdict.FOUND : nearestMiss(p, roles);
            results.add(new PairResult(p, v, best == null ? null : best.quadClass(),
                    best == null || best.plover() == null ? null : best.plover().type()));
        }
        int matching = (int) roles.stream().filter(r -> scorable.stream().anyMatch(r::matches)).count();
        return new SentenceResult(results, scorable.isEmpty() ? 0 : roles.size(), matching);
    }

    /** An event with the located spans of its sources and targets. */
    private record Roles(Event event, List<Offsets> sources, List<Offsets> targets) {
        boolean matches(PlvPairs.Pair p) {
            return covers(sources, p.source()) && covers(targets, p.target());
        }

        static boolean covers(List<Offsets> spans, List<PlvPairs.Span> gold) {
            return gold.stream().anyMatch(g -> ArgumentSpans.overlaps(spans, g.start(), g.end()));
        }
    }

    private static Verdict nearestMiss(PlvPairs.Pair p, List<Roles> roles) {
        if (roles.isEmpty()) {
            return Verdict.NO_EVENT;
        }
        if (roles.stream().anyMatch(r -> Roles.covers(r.sources(), p.target()) && Roles.covers(r.targets(), p.source()))) {
            return Verdict.REVERSED;
        }
        if (roles.stream().anyMatch(r -> Roles.covers(r.sources(), p.source()))) {
            return Verdict.SOURCE_ONLY;
        }
        return roles.stream().anyMatch(r -> Roles.covers(r.targets(), p.target())) ? Verdict.TARGET_ONLY : Verdict.NEITHER_SIDE;
    }

    @Override
    public void run(EvalContext ctx, MetricSink out) throws Exception {
        PlvPairs.Split split = PlvPairs.split(PlvPairs.read(ctx.dataDir().resolve(DATA)));
        Map<String, List<PlvPairs.Pair>> sentences = split.dev().stream()
                .collect(Collectors.groupingBy(PlvPairs.Pair::sentenceId, LinkedHashMap::new, Collectors.toList()));
        Pipeline candidates = ctx.pipeline(NewsiftConfig.defaults());
        EventVerifier verifier = EventVerifier.builtIn();
        // scored before and after the verifier, on one analysis: what the rules find, and what newsift outputs
        List<SentenceResult[]> both = ctx.map(name(), List.copyOf(sentences.values()), pairs -> {
            Analysis a = candidates.analyze(new Article("plv-" + pairs.get(0).sentenceId(), null, null, null,
                    pairs.get(0).sentence()));
            return new SentenceResult[] {score(pairs, a),
                    score(pairs, a.withEvents(verifier.verify(a.text(), a.events(), verifier.defaultThreshold())))};
        });
        List<SentenceResult> results = both.stream().map(r -> r[1]).toList();
        long candidateFound = both.stream().flatMap(r -> r[0].pairs().stream()).filter(r -> r.verdict() == Verdict.FOUND).count();
        List<PairResult> pairs = results.stream().flatMap(r -> r.pairs().stream()).toList();
        List<PairResult> found = pairs.stream().filter(r -> r.verdict() == Verdict.FOUND).toList();
        int events = results.stream().mapToInt(SentenceResult::events).sum();
        int matching = results.stream().mapToInt(SentenceResult::matchingEvents).sum();
        List<PairResult> rooted = found.stream().filter(r -> !r.pair().root().isEmpty()).toList();
        System.err.printf("[plv_train] %d pairs: %d train, %d dev in %d sentences; %d dev pairs scorable "
                        + "(a relation with both sides marked); %d events in their sentences, %d matching a gold pair%n",
                split.train().size() + split.dev().size(), split.train().size(), split.dev().size(), sentences.size(),
                pairs.size(), events, matching);
        report(pairs);
        out.put(PAIRS, pairs.size());
        out.put(RECALL, share(found.size(), pairs.size()));
        out.put(CANDIDATE_RECALL, share(candidateFound, pairs.size()));
        out.put(PRECISION, share(matching, events));
        out.put(QUAD, share(found.stream().filter(PairResult::quadRight).count(), found.size()));
        out.put(ROOT, share(rooted.stream().filter(PairResult::rootRight).count(), rooted.size()));
    }

    /** stderr: how the pairs were missed, recall by gold quad class, and the types given to found pairs. */
    private static void report(List<PairResult> pairs) {
        Map<Verdict, Long> verdicts = pairs.stream().collect(Collectors.groupingBy(PairResult::verdict, TreeMap::new, Collectors.counting()));
        System.err.println("[plv_train] pairs by outcome: " + verdicts);
        for (int q = 1; q <= 4; q++) {
            int quad = q;
            List<PairResult> ofQuad = pairs.stream().filter(r -> r.pair().quad() == quad).toList();
            long found = ofQuad.stream().filter(r -> r.verdict() == Verdict.FOUND).count();
            long quadRight = ofQuad.stream().filter(PairResult::quadRight).count();
            System.err.printf("[plv_train]   gold quad %d: %d pairs, found %d, quad right %d%n", q, ofQuad.size(), found, quadRight);
        }
        Map<String, Long> wrongTypes = pairs.stream().filter(r -> r.verdict() == Verdict.FOUND && !r.rootRight())
                .collect(Collectors.groupingBy(r -> r.pair().root() + "->" + r.plover(), TreeMap::new, Collectors.counting()));
        System.err.println("[plv_train] found pairs with another type (gold->newsift): " + wrongTypes);
    }

    private static double share(long n, long of) {
        return of == 0 ? 0.0 : (double) n / of;
    }
}
