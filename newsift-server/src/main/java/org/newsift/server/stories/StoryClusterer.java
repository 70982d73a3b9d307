package org.newsift.server.stories;

import org.newsift.model.Actor;
import org.newsift.model.Analysis;
import org.newsift.model.Event;
import org.newsift.model.SentenceInfo;
import org.newsift.models.encoder.MiniLmSentenceEncoder;
import org.newsift.server.corpus.ArticleSummary;
import org.newsift.server.corpus.Dates;
import org.newsift.server.corpus.Outlets;
import org.newsift.server.corpus.Stance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Groups articles about the same happening: single-link clustering on the cosine similarity of their lead
 * embeddings (title and first sentences), linking two articles only when they were published at most
 * {@code windowDays} apart. Embeddings are cached by article id, so a second call encodes only new articles.
 */
public final class StoryClusterer {
    /** Sentences of the body that, with the title, say what an article is about. */
    private static final int LEAD_SENTENCES = 3;
    /** MiniLM reads at most 512 wordpieces; a lead this long stays well inside. */
    private static final int LEAD_MAX_CHARS = 1200;

    private final Embedder embedder;
    private final int windowDays;
    private final double threshold;
    private final Map<String, float[]> embeddings = new ConcurrentHashMap<>();

    /** Articles published at most this many days apart may belong to one story. */
    public static final int WINDOW_DAYS = 3;
    /** Cosine similarity of two leads from which they tell the same story (docs/server.md says how it was chosen). */
    public static final double THRESHOLD = 0.7;

    /** MiniLM's pooled sentence embedding of the whole text. */
    public static final Embedder MINI_LM = text -> MiniLmSentenceEncoder.shared().encode(text).pooled();

    /** The clusterer newsift serve uses: MiniLM lead embeddings, {@link #WINDOW_DAYS}, {@link #THRESHOLD}. */
    public static StoryClusterer miniLm() {
        return new StoryClusterer(MINI_LM, WINDOW_DAYS, THRESHOLD);
    }

    public StoryClusterer(Embedder embedder, int windowDays, double threshold) {
        this.embedder = embedder;
        this.windowDays = windowDays;
        this.threshold = threshold;
    }

    /** Stories of at least {@code minArticles} articles, the largest first; undated articles join none. */
    public List<Story> stories(List<Analysis> analyses, int minArticles) {
        List<Analysis> dated = analyses.stream().filter(a -> Dates.day(a.published()) != null)
                .sorted(Comparator.comparing((Analysis a) -> Dates.day(a.published())).thenComparing(Analysis::id))
                .toList();
        int[] parent = new int[dated.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            LocalDate day = Dates.day(dated.get(i).published());
            for (int j = i - 1; j >= 0 && ChronoUnit.DAYS.between(Dates.day(dated.get(j).published()), day) <= windowDays; j--) {
                if (cosine(embedding(dated.get(i)), embedding(dated.get(j))) >= threshold) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Analysis>> groups = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(dated.get(i));
        }
        return groups.values().stream().filter(g -> g.size() >= minArticles)
                .sorted(Comparator.comparingInt((List<Analysis> g) -> g.size()).reversed()
                        .thenComparing(g -> g.get(0).published()).thenComparing(g -> g.get(0).id()))
                .map(StoryClusterer::story)
                .toList();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private float[] embedding(Analysis a) {
        return embeddings.computeIfAbsent(a.id(), id -> embedder.embed(lead(a)));
    }

    static String lead(Analysis a) {
        StringBuilder sb = new StringBuilder(a.title() == null ? "" : a.title());
        List<SentenceInfo> sentences = a.sentences();
        String text = a.text();
        if (sentences.isEmpty()) {
            sb.append('\n').append(text);
        } else {
            int end = sentences.get(Math.min(LEAD_SENTENCES, sentences.size()) - 1).end();
            sb.append('\n').append(text, 0, text.offsetByCodePoints(0, Math.min(end, text.codePointCount(0, text.length()))));
        }
        return sb.length() <= LEAD_MAX_CHARS ? sb.toString().strip() : sb.substring(0, LEAD_MAX_CHARS).strip();
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot; // both are L2-normalised
    }

    private static Story story(List<Analysis> group) {
        Map<String, List<Analysis>> byOutlet = new TreeMap<>();
        group.forEach(a -> byOutlet.computeIfAbsent(Outlets.of(a), k -> new ArrayList<>()).add(a));
        List<OutletFraming> outlets = byOutlet.entrySet().stream().map(e -> framing(e.getKey(), e.getValue())).toList();
        List<ArticleSummary> articles = group.stream().map(ArticleSummary::of).toList();
        Map<String, Integer> genres = new TreeMap<>();
        group.stream().filter(a -> a.summary() != null && a.summary().genre() != null)
                .forEach(a -> genres.merge(a.summary().genre(), 1, Integer::sum));
        Stance stance = Stance.of(group);
        Analysis first = group.get(0);
        return new Story(first.id(), first.title(), first.published(), group.get(group.size() - 1).published(),
                stance.spin(), stance.reportShare(), stance.opinionShare(), genres, claims(group), articles, outlets);
    }

    private static List<StoryClaim> claims(List<Analysis> group) {
        return group.stream()
                .flatMap(a -> a.claims().stream().map(c -> new StoryClaim(a.id(), Outlets.of(a), c.text(),
                        c.checkworthiness(), claimant(a, c.attributedTo()))))
                .sorted(Comparator.comparingDouble(StoryClaim::checkworthiness).reversed()
                        .thenComparing(StoryClaim::articleId))
                .limit(Story.CLAIMS)
                .toList();
    }

    private static String claimant(Analysis a, String actorId) {
        return actorId == null ? null : a.actors().stream().filter(x -> actorId.equals(x.id())).map(Actor::name)
                .findFirst().orElse(null);
    }

    private static OutletFraming framing(String outlet, List<Analysis> articles) {
        Map<String, Integer> techniques = new TreeMap<>();
        double goldstein = 0;
        int scored = 0;
        for (Analysis a : articles) {
            a.rhetoric().forEach(r -> techniques.merge(r.technique(), 1, Integer::sum));
            for (Event e : a.events()) {
                if (e.goldstein() != null) {
                    goldstein += e.goldstein();
                    scored++;
                }
            }
        }
        Stance stance = Stance.of(articles);
        return new OutletFraming(outlet, articles.size(), techniques, stance.spin(), stance.reportShare(),
                stance.opinionShare(), scored == 0 ? null : goldstein / scored);
    }
}
