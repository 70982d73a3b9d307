package org.newsift.eval;

import org.newsift.eval.AttributionScores.Counts;
import org.newsift.eval.AttributionScores.Predicted;
import org.newsift.eval.PolnearCorpus.Span;
import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.model.Quote;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code attribution.polnear.content_f1}, {@code attribution.polnear.exact_f1} and
 * {@code attribution.polnear.source_acc}: newsift's quotes
 * (direct and indirect) against the attributions of PolNeAR dev (84 articles, all of them in CI too),
 * scored by {@link AttributionScores}.
 */
public final class PolnearAttribution implements EvalTask {
    static final String F1 = "attribution.polnear.content_f1";
    static final String SOURCE = "attribution.polnear.source_acc";
    static final String EXACT = "attribution.polnear.exact_f1";
    static final Path DEV = Path.of("attribution", "polnear", "dev");

    @Override
    public String name() {
        return "polnear_attribution";
    }

    @Override
    public List<String> metrics() {
        return List.of(F1, SOURCE, EXACT);
    }

    @Override
    public List<Path> requiredData() {
        return List.of(DEV.resolve("text"), DEV.resolve("attributions"));
    }

    @Override
    public void run(EvalContext ctx, MetricSink out) throws Exception {
        List<PolnearCorpus.Article> articles = PolnearCorpus.read(ctx.dataDir().resolve(DEV));
        Pipeline pipeline = ctx.pipeline(NewsiftConfig.defaults());
        List<Counts> counts = ctx.map(name(), articles, a -> {
            Analysis analysis = pipeline.analyze(new Article("polnear-" + a.name(), null, null, null, a.text()));
            return AttributionScores.score(a.text(), a.gold(), predicted(analysis.quotes()));
        });
        Counts all = counts.stream().reduce(AttributionScores.ZERO, Counts::plus);
        System.err.printf("[%s] %d articles: gold %d, predicted %d, matched %d (P %.3f R %.3f), %d of them exactly;"
                        + " source right %d of %d%n", name(), articles.size(), all.gold(), all.predicted(), all.matched(),
                all.precision(), all.recall(), all.exact(), all.sourceRight(), all.sourced());
        out.put(F1, all.f1());
        out.put(SOURCE, all.sourceAccuracy());
        out.put(EXACT, all.exactF1());
    }

    /**
     * One prediction per attribution: the quotes that share a cue ("“…,” she said. “…”") are the parts
     * of one, from the first's start to the last's end, as the gold's discontinuous contents are read.
     */
    static List<Predicted> predicted(List<Quote> quotes) {
        Map<Object, Predicted> byCue = new LinkedHashMap<>();
        for (Quote q : quotes) {
            Span speaker = q.speaker() == null || q.speaker().start() == null ? null
                    : new Span(q.speaker().start(), q.speaker().end());
            Predicted p = new Predicted(new Span(q.start(), q.end()), speaker);
            Object key = q.cue() == null ? new Object() : List.of(q.cue().start(), q.cue().end());
            byCue.merge(key, p, (a, b) -> new Predicted(new Span(Math.min(a.content().start(), b.content().start()),
                    Math.max(a.content().end(), b.content().end())), a.speaker()));
        }
        return List.copyOf(byCue.values());
    }
}
