package org.newsift.eval;

import org.newsift.models.NgecSynthetic;

import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.model.Event;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code events.ngec_synth.macro_f1}: the main PLOVER event type of each of NGEC's 4,500 synthetic
 * stories. The predicted type of a story is its main event's ({@link #mainType}); the story's label is its
 * one gold type; scored by {@link DocumentTypeScores} over the 16 PLOVER types. Only the dev part of
 * the fixed split ({@link NgecSynthetic#isDev}) is evaluated, since a model may train on the rest: in
 * CI the dev stories whose hash bucket is below {@value #CI_BUCKETS} (287 stories, spread over the
 * whole file, which is ordered by label, so every type occurs), with {@code --full} all of dev. Each story
 * is analysed as one article: the title from its prompt, then its text, with the default configuration.
 * The labels are weak (generated stories), so this measures agreement, not accuracy.
 */
public final class NgecSynthEvents implements EvalTask {
    static final String MACRO_F1 = "events.ngec_synth.macro_f1";
    static final Path DATA = Path.of("events", "ngec", "gpt_synthetic_events_2023-10-19_19.csv.zip");
    /** CI slice: dev stories in hash buckets 0 to CI_BUCKETS - 1 (dev is buckets 0 to 19). */
    static final int CI_BUCKETS = 6;
    /** The 16 PLOVER event types, all of which occur as labels. */
    static final List<String> TYPES = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
            "ASSAULT");

    @Override
    public String name() {
        return "ngec_synth";
    }

    @Override
    public List<String> metrics() {
        return List.of(MACRO_F1);
    }

    @Override
    public List<Path> requiredData() {
        return List.of(DATA);
    }

    /** The stories evaluated, in file order: the dev part, or its CI slice unless {@code full}. */
    static List<NgecSynthetic.Story> evaluated(List<NgecSynthetic.Story> all, boolean full) {
        return all.stream().filter(s -> full ? NgecSynthetic.isDev(s.text()) : NgecSynthetic.bucket(s.text()) < CI_BUCKETS)
                .toList();
    }

    /** The PLOVER types of {@code events}, upper-cased. */
    static Set<String> types(List<Event> events) {
        return events.stream().map(Event::plover).filter(Objects::nonNull).map(p -> p.type())
                .filter(Objects::nonNull).map(t -> t.strip().toUpperCase(Locale.ROOT)).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The story's main event type: each event votes with its confidence, doubled in the lead (the title
     * and the first two sentences), because a story's label is the event it leads with.
     */
    static Set<String> mainType(Analysis a) {
        Map<String, Double> votes = new TreeMap<>();
        int leadEnd = a.sentences().size() > 2 ? a.sentences().get(2).end() : Integer.MAX_VALUE;
        for (Event e : a.events()) {
            if (e.plover() != null && e.plover().type() != null) {
                double w = e.confidence() * (e.sentence().end() <= leadEnd ? 2 : 1);
                votes.merge(e.plover().type().toUpperCase(Locale.ROOT), w, Double::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> Set.of(e.getKey())).orElse(Set.of());
    }

    private record Outcome(String label, Set<String> predicted, int events) {
    }

    @Override
    public void run(EvalContext ctx, MetricSink out) throws Exception {
        List<NgecSynthetic.Story> all = NgecSynthetic.readZip(ctx.dataDir().resolve(DATA));
        long dev = all.stream().filter(s -> NgecSynthetic.isDev(s.text())).count();
        List<NgecSynthetic.Story> stories = evaluated(all, ctx.full());
        System.err.printf("[ngec_synth] %d stories, %d dev (%.1f %%), evaluating %d (%s)%n", all.size(), dev,
                100.0 * dev / all.size(), stories.size(), ctx.full() ? "all dev" : "CI: dev stories in hash buckets 0-" + (CI_BUCKETS - 1));
        Pipeline pipeline = ctx.pipeline(NewsiftConfig.defaults());
        List<Outcome> outcomes = ctx.map(name(), stories, s -> {
            Analysis a = pipeline.analyze(new Article("ngec-" + s.index(), s.title(), null, null, s.text()));
            return new Outcome(s.label(), mainType(a), a.events().size());
        });
        DocumentTypeScores scores = new DocumentTypeScores(TYPES);
        Map<Integer, Integer> typesPerStory = new TreeMap<>();
        long events = 0;
        for (Outcome o : outcomes) {
            scores.add(o.label(), o.predicted());
            typesPerStory.merge(o.predicted().size(), 1, Integer::sum);
            events += o.events();
        }
        System.err.printf("[ngec_synth] %d events; stories by number of predicted types: %s%n", events, typesPerStory);
        if (!scores.otherPredictions().isEmpty()) {
            System.err.println("[ngec_synth] predicted types outside PLOVER's 16: " + scores.otherPredictions());
        }
        System.err.print(scores.table("[ngec_synth]   "));
        out.put(MACRO_F1, scores.macroF1());
    }
}
