package org.newsift.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsift.extract.ArticleExtractor;
import org.newsift.input.HtmlPages;
import org.newsift.input.InputException;
import org.newsift.input.ReadOptions;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code extract.benchmark.f1|precision|recall}: article-body extraction on Scrapinghub's
 * article-extraction-benchmark pages ({@code extraction/ground-truth.json} and {@code extraction/html/}),
 * scored as the benchmark scores it ({@link ShingleMatch}). Every page, in CI and with {@code --full}:
 * extraction needs no NLP and takes seconds. The worst pages go to stderr for diagnosis.
 */
public final class ExtractionBenchmark implements EvalTask {
    static final String F1 = "extract.benchmark.f1";
    static final String PRECISION = "extract.benchmark.precision";
    static final String RECALL = "extract.benchmark.recall";
    static final Path DIR = Path.of("extraction");
    private static final int WORST_SHOWN = 12;

    @Override
    public String name() {
        return "extract_benchmark";
    }

    @Override
    public List<String> metrics() {
        return List.of(F1, PRECISION, RECALL);
    }

    @Override
    public List<Path> requiredData() {
        return List.of(DIR.resolve("ground-truth.json"), DIR.resolve("html"));
    }

    private record Page(String id, String url, String truth) {
    }

    /** A page's markup, or why it could not be read (the page then scores as an empty prediction). */
    private record Markup(Page page, String html, String error) {
    }

    private record Outcome(Page page, ShingleMatch.Counts counts, String error) {
    }

    @Override
    public void run(EvalContext ctx, MetricSink out) throws Exception {
        Path dir = ctx.dataDir().resolve(DIR);
        List<Markup> pages = new ArrayList<>();
        for (Page page : pages(dir.resolve("ground-truth.json"))) {
            try (InputStream in = Files.newInputStream(dir.resolve("html").resolve(page.id() + ".html.gz"))) {
                pages.add(new Markup(page, HtmlPages.read(in, ReadOptions.defaults()), null));
            } catch (IOException | InputException e) {
                pages.add(new Markup(page, null, e.getMessage()));
            }
        }
        ArticleExtractor extractor = new ArticleExtractor(null); // the body is scored, not the language
        List<Outcome> outcomes = ctx.map(name(), pages, m -> {
            String predicted = m.html() == null ? "" : extractor.extract(m.html(), m.page().url()).text();
            return new Outcome(m.page(), ShingleMatch.match(m.page().truth(), predicted), m.error());
        });
        throughput(extractor, pages);
        outcomes.stream().filter(o -> o.error() != null)
                .forEach(o -> System.err.printf("[%s] unreadable %s: %s%n", name(), o.page().id(), o.error()));
        outcomes.stream()
                .sorted(Comparator.comparingDouble(o -> f1(o.counts())))
                .limit(WORST_SHOWN)
                .forEach(o -> System.err.printf("[%s] worst: P %.2f R %.2f %s %s%n", name(), o.counts().precision(),
                        o.counts().recall(), o.page().id().substring(0, 12), o.page().url()));
        ShingleMatch.Scores s = ShingleMatch.average(outcomes.stream().map(Outcome::counts).toList());
        out.put(F1, s.f1());
        out.put(PRECISION, s.precision());
        out.put(RECALL, s.recall());
    }

    /**
     * One more pass over the decoded pages on this thread, after the scored pass warmed the JIT: CPU time
     * says what extraction costs even on a loaded machine, wall time what it took.
     */
    private void throughput(ArticleExtractor extractor, List<Markup> pages) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long bytes = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (Markup m : pages) {
            if (m.html() != null) {
                extractor.extract(m.html(), m.page().url());
                bytes += m.html().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        System.err.printf("[%s] throughput, one thread: %d pages, %.1f MB of HTML; CPU %.2f s = %.0f pages/s, %.1f MB/s; "
                + "wall %.2f s = %.0f pages/s%n", name(), pages.size(), bytes / 1e6, cpu, pages.size() / cpu,
                bytes / 1e6 / cpu, wall, pages.size() / wall);
    }

    private static double f1(ShingleMatch.Counts c) {
        double p = c.precision();
        double r = c.recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static List<Page> pages(Path groundTruth) throws IOException {
        JsonNode root = new ObjectMapper().readTree(groundTruth.toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            pages.add(new Page(e.getKey(), e.getValue().path("url").asText(null),
                    e.getValue().path("articleBody").asText("")));
        }
        return pages;
    }
}
