package org.newsift.eval;

import org.newsift.models.ReutersCorpus;

import org.newsift.actors.ActorLexicon;
import org.newsift.model.Actor;
import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code actors.reuters.place_recall}: on Reuters-21578 stories with a BODY and at least one PLACES
 * label, the share of gold place labels (mapped to ISO alpha-3 by {@link ReutersPlaceLabels}) found
 * among the countries of the actors newsift resolves, with the default configuration (built-in
 * lexicon). Labels the lexicon cannot map are left out of the denominator and counted in
 * {@code actors.reuters.unmapped_labels} (label occurrences).
 *
 * <p>CI subset: the first {@value #CI_STORIES} qualifying stories in file order (reut2-000.sgm, then
 * reut2-001.sgm ...); {@code --full}: all of them (about 18,800).
 */
public final class ReutersPlaces implements EvalTask {
    static final String RECALL = "actors.reuters.place_recall";
    static final String UNMAPPED = "actors.reuters.unmapped_labels";
    static final int CI_STORIES = 600;
    static final Path DIR = Path.of("corpora", "reuters21578");

    @Override
    public String name() {
        return "reuters_places";
    }

    @Override
    public List<String> metrics() {
        return List.of(RECALL, UNMAPPED);
    }

    @Override
    public List<Path> requiredData() {
        return List.of(DIR.resolve("reut2-000.sgm"));
    }

    private record Outcome(int gold, int found, List<String> missed) {
    }

    @Override
    public void run(EvalContext ctx, MetricSink out) throws Exception {
        ReutersPlaceLabels labels = new ReutersPlaceLabels(ActorLexicon.builtIn());
        List<ReutersCorpus.Story> stories;
        try (var s = ReutersCorpus.stories(ctx.dataDir().resolve(DIR))) {
            var qualifying = s.filter(st -> st.hasBody() && !st.places().isEmpty());
            stories = (ctx.full() ? qualifying : qualifying.limit(CI_STORIES)).toList();
        }
        Map<String, Integer> unmapped = new TreeMap<>();
        Map<ReutersCorpus.Story, List<String>> gold = new HashMap<>();
        for (ReutersCorpus.Story st : stories) {
            List<String> codes = new ArrayList<>();
            for (String l : st.places()) {
                String iso = labels.iso3(l);
                if (iso == null) {
                    unmapped.merge(l, 1, Integer::sum);
                } else if (!codes.contains(iso)) {
                    codes.add(iso);
                }
            }
            gold.put(st, codes);
        }
        Pipeline pipeline = ctx.pipeline(NewsiftConfig.defaults());
        List<Outcome> outcomes = ctx.map(name(), stories, st -> {
            List<String> codes = gold.get(st);
            if (codes.isEmpty()) {
                return new Outcome(0, 0, List.of());
            }
            Analysis a = pipeline.analyze(new Article("reuters-" + st.id(), st.title(), null,
                    st.date() == null ? null : st.date().toString(), st.articleText()));
            Set<String> countries = a.actors().stream().map(Actor::country).filter(Objects::nonNull).collect(Collectors.toSet());
            List<String> missed = codes.stream().filter(c -> !countries.contains(c)).toList();
            return new Outcome(codes.size(), codes.size() - missed.size(), missed);
        });
        int goldTotal = outcomes.stream().mapToInt(Outcome::gold).sum();
        int found = outcomes.stream().mapToInt(Outcome::found).sum();
        Map<String, Integer> missed = new TreeMap<>();
        outcomes.forEach(o -> o.missed().forEach(m -> missed.merge(m, 1, Integer::sum)));
        int unmappedTotal = unmapped.values().stream().mapToInt(Integer::intValue).sum();
        System.err.printf("[reuters_places] %s: %d stories (BODY and PLACES), %d mapped gold places (distinct per story), found %d%n",
                ctx.full() ? "full" : "CI subset", stories.size(), goldTotal, found);
        System.err.printf("[reuters_places] unmapped label occurrences %d: %s%n", unmappedTotal, top(unmapped, 40));
        System.err.printf("[reuters_places] most missed: %s%n", top(missed, 20));
        out.put(RECALL, goldTotal == 0 ? Double.NaN : (double) found / goldTotal);
        out.put(UNMAPPED, unmappedTotal);
    }

    private static String top(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(n).map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(" "));
    }
}
