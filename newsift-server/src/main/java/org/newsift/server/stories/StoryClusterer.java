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
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups articles about the same happening. Two articles published at most {@code windowDays} apart are as similar
 * as the mean of two views of their title and lead (the title and the first sentences): the cosine of their MiniLM
 * embeddings, which sees paraphrase, and the cosine of their TF-IDF word vectors, which sees the names and numbers
 * that tell one happening from the next on the same subject. Clusters are merged by average link: the closest
 * pair first, and two clusters only when the mean similarity over all their pairs (a pair outside the window
 * counting as 0) reaches the threshold, so that a chain of near neighbours cannot glue a month of one subject into
 * one story. The most recent embeddings are cached by article id, so a second call encodes only new articles.
 * docs/server.md says how the threshold was tuned (docs/story-pairs.md: the labelled pairs).
 */
public final class StoryClusterer {
    /** Sentences of the body that, with the title, say what an article is about. */
    private static final int LEAD_SENTENCES = 3;
    /** MiniLM reads at most 512 wordpieces; a lead this long stays well inside. */
    private static final int LEAD_MAX_CHARS = 1200;

    private final Embedder embedder;
    private final int windowDays;
    private final double threshold;
    /** Lead embeddings by article id, the most recently used {@link #CACHED_EMBEDDINGS}: memory stays bounded. */
    private final Map<String, float[]> embeddings = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHED_EMBEDDINGS;
        }
    });
    /** About 30 MB of embeddings (384 floats each): a few hundred articles a day over the 90 days of the stories' window. */
    static final int CACHED_EMBEDDINGS = 20_000;

    /** Articles published at most this many days apart may belong to one story. */
    public static final int WINDOW_DAYS = 3;
    /**
     * Mean similarity from which articles tell the same story: the best pairwise F1 on the labelled development
     * pairs (docs/server.md#stories).
     */
    public static final double THRESHOLD = 0.225;

    /** MiniLM's pooled sentence embedding of the whole text. */
    public static final Embedder MINI_LM = text -> MiniLmSentenceEncoder.shared().encode(text).pooled();

    /** The clusterer newsift serve uses: MiniLM lead embeddings, {@link #WINDOW_DAYS}, {@link #THRESHOLD}. */
    public static StoryClusterer miniLm() {
        return miniLm(THRESHOLD);
    }

    /** The same with another threshold: higher gives fewer, tighter stories. */
    public static StoryClusterer miniLm(double threshold) {
        checkThreshold(threshold);
        return new StoryClusterer(MINI_LM, WINDOW_DAYS, threshold);
    }

    /** @param threshold above 1 links nothing: tests use it for a server without stories */
    public StoryClusterer(Embedder embedder, int windowDays, double threshold) {
        this.embedder = embedder;
        this.windowDays = windowDays;
        this.threshold = threshold;
    }

    /** The threshold {@link #stories(List, int)} uses. */
    public double threshold() {
        return threshold;
    }

    /** @throws IllegalArgumentException for a threshold that is not a number between 0 and 1 */
    public static void checkThreshold(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the story threshold must be between 0 and 1, got " + threshold);
        }
    }

    /** Stories of at least {@code minArticles} articles, the largest first; undated articles join none. */
    public List<Story> stories(List<Analysis> analyses, int minArticles) {
        return stories(analyses, minArticles, threshold);
    }

    /** The same at another similarity threshold, e.g. one a request asks for ({@link #checkThreshold}). */
    public List<Story> stories(List<Analysis> analyses, int minArticles, double threshold) {
        List<Analysis> dated = analyses.stream().filter(a -> Dates.day(a.published()) != null)
                .sorted(Comparator.comparing((Analysis a) -> Dates.day(a.published())).thenComparing(Analysis::id))
                .toList();
        int[] cluster = clusters(dated, threshold);
        Map<Integer, List<Analysis>> groups = new LinkedHashMap<>();
        for (int i = 0; i < cluster.length; i++) {
            groups.computeIfAbsent(cluster[i], k -> new ArrayList<>()).add(dated.get(i));
        }
        return groups.values().stream().filter(g -> g.size() >= minArticles)
                .sorted(Comparator.comparingInt((List<Analysis> g) -> g.size()).reversed()
                        .thenComparing(g -> g.get(0).published()).thenComparing(g -> g.get(0).id()))
                .map(StoryClusterer::story)
                .toList();
    }

    /** Average-link clustering of articles sorted by date; returns each article's cluster number. */
    private int[] clusters(List<Analysis> dated, double threshold) {
        int n = dated.size();
        // the title twice: it names the happening more surely than the lead's sentences
        List<Map<String, Double>> words = LeadWords.vectors(dated.stream()
                .map(a -> (a.title() == null ? "" : a.title()) + "\n" + lead(a)).toList());
        // back[i][k]: the similarity of article i and article i-1-k, for the articles before i in its window
        float[][] back = new float[n][];
        List<int[]> links = new ArrayList<>(); // {i, j}, j < i, at least the threshold apart
        for (int i = 0; i < n; i++) {
            LocalDate day = Dates.day(dated.get(i).published());
            int first = i;
            while (first > 0 && ChronoUnit.DAYS.between(Dates.day(dated.get(first - 1).published()), day) <= windowDays) {
                first--;
            }
            back[i] = new float[i - first];
            for (int j = i - 1; j >= first; j--) {
                double s = (cosine(embedding(dated.get(i)), embedding(dated.get(j))) + LeadWords.cosine(words.get(i), words.get(j))) / 2;
                back[i][i - 1 - j] = (float) s;
                if (back[i][i - 1 - j] >= threshold) { // the stored value, which the mean adds up
                    links.add(new int[] {i, j});
                }
            }
        }
        links.sort(Comparator.comparingDouble((int[] l) -> -similarity(back, l[0], l[1]))
                .thenComparingInt(l -> l[0]).thenComparingInt(l -> l[1]));
        int[] cluster = new int[n];
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < n; i++) {
            cluster[i] = i;
            members.put(i, new ArrayList<>(List.of(i)));
        }
        for (int[] l : links) {
            int a = cluster[l[0]];
            int b = cluster[l[1]];
            if (a != b && meanSimilarity(members.get(a), members.get(b), back) >= threshold) {
                int into = Math.min(a, b);
                int from = Math.max(a, b);
                for (int m : members.get(from)) {
                    cluster[m] = into;
                }
                members.get(into).addAll(members.remove(from));
            }
        }
        return cluster;
    }

    /** Two articles' similarity; 0 outside each other's window. */
    private static double similarity(float[][] back, int x, int y) {
        int later = Math.max(x, y);
        int k = later - 1 - Math.min(x, y);
        return k < back[later].length ? back[later][k] : 0;
    }

    private static double meanSimilarity(List<Integer> a, List<Integer> b, float[][] back) {
        double sum = 0;
        for (int x : a) {
            for (int y : b) {
                sum += similarity(back, x, y);
            }
        }
        return sum / ((double) a.size() * b.size());
    }

    private float[] embedding(Analysis a) {
        float[] e = embeddings.get(a.id());
        if (e == null) { // encoded outside the map's lock, so that one request's encoding does not hold up another's
            e = embedder.embed(lead(a));
            embeddings.put(a.id(), e);
        }
        return e;
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
