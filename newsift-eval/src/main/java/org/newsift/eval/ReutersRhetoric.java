package org.newsift.eval;

import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.model.Rhetoric;
import org.newsift.model.SentenceInfo;
import org.newsift.model.SentenceKind;
import org.newsift.models.ModelPipelines;
import org.newsift.models.ReutersCorpus;
import org.newsift.models.rhetoric.RhetoricTrainer;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The false-alarm budget on straight news (issue 11): Reuters-21578 wire stories of 1987 argue nothing,
 * so every technique span newsift outputs on them is a false alarm. Each story of a fixed sample goes
 * through the full pipeline (CoreNLP, encoder, cues, model), as users run it;
 * {@code rhetoric.reuters.spans_per_story_median} and {@code rhetoric.reuters.spans_per_story_mean} count
 * its {@code rhetoric[]} spans per story (ceilings in eval/floors.tsv). Stderr splits them into cue and
 * model spans and names the techniques (with their voices) and cue words that fire most, to show where the false
 * alarms come from.
 *
 * <p>The sample: stories with a BODY whose NEWID is a multiple of {@value #EVERY}, in file order, spread over
 * the corpus below NEWID 15000 (the span tagger trains on wire sentences above it); {@code --full}: the first
 * {@value #FULL_STORIES} of them (there are fewer), CI: the first {@value #CI_STORIES}.
 */
public final class ReutersRhetoric implements EvalTask {
    static final String MEDIAN = "rhetoric.reuters.spans_per_story_median";
    static final String MEAN = "rhetoric.reuters.spans_per_story_mean";
    static final int EVERY = 60;
    static final int FULL_STORIES = 300;
    static final int CI_STORIES = 60;

    @Override
    public String name() {
        return "reuters_rhetoric";
    }

    @Override
    public List<String> metrics() {
        return List.of(MEDIAN, MEAN);
    }

    @Override
    public List<Path> requiredData() {
        return List.of(ReutersPlaces.DIR.resolve("reut2-000.sgm"));
    }

    /** A story's output spans, how many of them came from the cues, and its sentences' kinds. */
    private record Outcome(List<Rhetoric> spans, int fromCues, List<SentenceKind> kinds) {
    }

    @Override
    public void run(EvalContext ctx, MetricSink out) throws Exception {
        List<ReutersCorpus.Story> stories;
        try (var s = ReutersCorpus.stories(ctx.dataDir().resolve(ReutersPlaces.DIR))) {
            // the span tagger trains on straight-news sentences from NEWID 15000 on: never score those
            stories = s.filter(st -> st.hasBody() && st.id() % EVERY == 0 && st.id() < RhetoricTrainer.REUTERS_FIRST_ID)
                    .limit(ctx.full() ? FULL_STORIES : CI_STORIES).toList();
        }
        Pipeline pipeline = ModelPipelines.standard(ctx.annotator(), NewsiftConfig.defaults(),
                ModelPipelines.Options.defaults());
        List<Outcome> outcomes = ctx.map(name(), stories, st -> {
            Analysis a = pipeline.analyze(new Article("reuters-" + st.id(), st.title(), null,
                    st.date() == null ? null : st.date().toString(), st.articleText()));
            int cues = (int) a.rhetoric().stream().filter(r -> r.explanation().startsWith("cue:")).count();
            return new Outcome(a.rhetoric(), cues, a.sentences().stream().map(SentenceInfo::kind).toList());
        });
        int[] counts = outcomes.stream().mapToInt(o -> o.spans().size()).toArray();
        int[] cueCounts = outcomes.stream().mapToInt(Outcome::fromCues).toArray();
        Map<String, Integer> techniques = new TreeMap<>();
        Map<String, Integer> cueWords = new TreeMap<>();
        for (Outcome o : outcomes) {
            for (Rhetoric r : o.spans()) {
                techniques.merge(r.technique() + "/" + r.voice(), 1, Integer::sum); // the writer's spans are the spin
                if (r.explanation().startsWith("cue:")) {
                    cueWords.merge(r.technique() + ":" + cueOf(r), 1, Integer::sum);
                }
            }
        }
        System.err.printf(Locale.ROOT, "[reuters_rhetoric] %s: %d stories (BODY, NEWID multiple of %d); spans per story "
                        + "median %.1f mean %.2f max %d, stories without a span %d; cue spans alone: median %.1f mean %.2f%n",
                ctx.full() ? "full" : "CI subset", stories.size(), EVERY, median(counts), mean(counts),
                Arrays.stream(counts).max().orElse(0), Arrays.stream(counts).filter(c -> c == 0).count(),
                median(cueCounts), mean(cueCounts));
        System.err.printf("[reuters_rhetoric] techniques (/voice): %s%n", top(techniques, 14));
        // wire copy is reported fact and quotation: its opinion sentences are the sentence kinds' false alarms
        Map<String, Integer> kinds = new TreeMap<>();
        outcomes.forEach(o -> o.kinds().forEach(k -> kinds.merge(String.valueOf(k), 1, Integer::sum)));
        System.err.printf("[reuters_rhetoric] sentence kinds: %s%n", top(kinds, 5));
        System.err.printf("[reuters_rhetoric] cues that fire most: %s%n", top(cueWords, 30));
        out.put(MEDIAN, median(counts));
        out.put(MEAN, mean(counts));
    }

    /** The quoted cue of a cue span's explanation ("cue: 'X' ..."), or the technique's rule name. */
    private static String cueOf(Rhetoric r) {
        String e = r.explanation();
        int open = e.indexOf('\'');
        int close = e.indexOf("' ", open + 1);
        String cue = open >= 0 && close > open ? e.substring(open + 1, close) : e;
        return cue.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static double median(int[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    static double mean(int[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).average().orElseThrow();
    }

    private static String top(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(n).map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(" "));
    }
}
