package org.newsift.eval;

import org.newsift.models.PolnearMetadata;
import org.newsift.model.Analysis;
import org.newsift.model.SentenceInfo;
import org.newsift.server.stories.Story;
import org.newsift.server.stories.StoryClusterer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code stories.polnear.pair_precision} and {@code pair_recall}: the story clusterer of {@code newsift serve} over
 * the 924 PolNeAR train and dev articles (2016 US election news of 7 outlets), scored on the same-story pairs labelled
 * for the project ({@code eval/annotations/story-pairs.tsv}, guidelines in docs/story-pairs.md): a labelled pair is
 * predicted "same story" when both articles land in one story. Articles are read as {@code newsift ingest} reads a
 * text file (title = first line) and dated by the metadata; their sentences, which only the lead needs, come from
 * java.text's sentence breaks within paragraphs instead of CoreNLP, so that no NLP runs. Also prints precision and
 * recall at other thresholds, and per stratum of the labelled pairs. CI and {@code --full} alike.
 */
public final class PolnearStories implements EvalTask {
    static final String PRECISION = "stories.polnear.pair_precision";
    static final String RECALL = "stories.polnear.pair_recall";
    static final Path PAIRS = Path.of("eval", "annotations", "story-pairs.tsv");
    private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+(?:\\n[^\\n]+)*");

    record Pair(String a, String b, boolean same, String stratum) {
    }

    @Override
    public String name() {
        return "polnear_stories";
    }

    @Override
    public List<String> metrics() {
        return List.of(PRECISION, RECALL);
    }

    @Override
    public List<Path> requiredData() {
        return List.of(PolnearMetadata.DIR.resolve(PolnearMetadata.FILE), PolnearMetadata.DIR.resolve("train").resolve("text"),
                PolnearMetadata.DIR.resolve("dev").resolve("text"));
    }

    @Override
    public void run(EvalContext ctx, MetricSink out) throws Exception {
        List<Pair> pairs = pairs(PAIRS);
        List<Analysis> articles = articles(ctx.dataDir());
        StoryClusterer clusterer = StoryClusterer.miniLm();
        System.err.printf("[%s] %d articles, %d labelled pairs (%d same story)%n", name(), articles.size(), pairs.size(),
                pairs.stream().filter(Pair::same).count());
        double[] best = null;
        for (double t : new double[] {0.15, 0.175, 0.2, 0.225, 0.25, 0.275, 0.3, 0.35, 0.4, 0.5, 0.7}) {
            List<Story> stories = clusterer.stories(articles, 1, t);
            double[] all = score(pairs, storyOf(stories), null);
            System.err.printf(Locale.ROOT, "[%s] threshold %.3f: precision %.4f recall %.4f (top stratum P %.4f R %.4f; "
                            + "random stratum P %.4f R %.4f), %d stories of 2 or more, the largest %d%n", name(), t, all[0], all[1],
                    score(pairs, storyOf(stories), "top")[0], score(pairs, storyOf(stories), "top")[1],
                    score(pairs, storyOf(stories), "random")[0], score(pairs, storyOf(stories), "random")[1],
                    stories.stream().filter(s -> s.articles().size() >= 2).count(), stories.get(0).articles().size());
            if (Math.abs(t - clusterer.threshold()) < 1e-9) {
                best = all;
            }
        }
        out.put(PRECISION, best[0]);
        out.put(RECALL, best[1]);
    }

    private static Map<String, String> storyOf(List<Story> stories) {
        Map<String, String> of = new HashMap<>();
        stories.forEach(s -> s.articles().forEach(a -> of.put(a.id(), s.id())));
        return of;
    }

    /** {precision, recall} over the pairs of a stratum (null: all); precision 1 when no pair is predicted. */
    static double[] score(List<Pair> pairs, Map<String, String> storyOf, String stratum) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Pair p : pairs) {
            if (stratum != null && !stratum.equals(p.stratum())) {
                continue;
            }
            boolean together = storyOf.get(p.a()) != null && storyOf.get(p.a()).equals(storyOf.get(p.b()));
            tp += together && p.same() ? 1 : 0;
            fp += together && !p.same() ? 1 : 0;
            fn += !together && p.same() ? 1 : 0;
        }
        return new double[] {tp + fp == 0 ? 1 : tp / (double) (tp + fp), tp + fn == 0 ? 1 : tp / (double) (tp + fn)};
    }

    static List<Pair> pairs(Path file) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            pairs.add(new Pair(f[0], f[1], f[2].equals("1"), f[3]));
        }
        return pairs;
    }

    /** The train and dev articles, each with the id the pairs use: its path under the data directory. */
    static List<Analysis> articles(Path data) throws IOException {
        List<Analysis> out = new ArrayList<>();
        for (PolnearMetadata.Row row : PolnearMetadata.read(data.resolve(PolnearMetadata.DIR))) {
            if (!row.compartment().equals("train") && !row.compartment().equals("dev")) {
                continue;
            }
            Path file = PolnearMetadata.DIR.resolve(row.text());
            String text = Files.readString(data.resolve(file), StandardCharsets.UTF_8);
            String title = text.lines().findFirst().orElse("").strip();
            out.add(new Analysis(Analysis.SCHEMA, file.toString(), title, "https://" + row.publisher() + ".example/" + row.filename(),
                    row.date(), "en", text, sentences(text), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null));
        }
        return out;
    }

    /** Sentences in code points: java.text's breaks within each paragraph (a title line is a sentence of its own). */
    static List<SentenceInfo> sentences(String text) {
        List<SentenceInfo> out = new ArrayList<>();
        Matcher m = PARAGRAPH.matcher(text);
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        while (m.find()) {
            breaks.setText(m.group());
            int start = breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                String s = m.group().substring(start, end);
                if (!s.isBlank()) {
                    int from = m.start() + start;
                    out.add(new SentenceInfo(text.codePointCount(0, from), text.codePointCount(0, m.start() + end), null));
                }
            }
        }
        return out;
    }
}
