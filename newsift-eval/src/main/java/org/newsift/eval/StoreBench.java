package org.newsift.eval;

import org.newsift.corenlp.CoreNlpAnnotator;
import org.newsift.input.InputItem;
import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.models.ReutersCorpus;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;
import org.newsift.models.ModelPipelines;
import org.newsift.sources.SourceBatch;
import org.newsift.sources.SourceOptions;
import org.newsift.sources.Sources;
import org.newsift.store.EventFilter;
import org.newsift.store.Granularity;
import org.newsift.store.IngestProgress;
import org.newsift.store.IngestSummary;
import org.newsift.store.Ingester;
import org.newsift.store.NewsStore;
import org.newsift.store.SearchQuery;
import org.newsift.store.StoreLocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Store benchmark (docs/performance.md, "Store"): ingest throughput on Reuters-21578 with the real pipeline,
 * the same ingest with the analyses ready (what storage alone costs), store size per 1,000 articles, search
 * latency on that store, and the latency of dyad time series over {@code --events} synthetic events
 * ({@link SyntheticNews}).
 * DuckDB, one thread, in a temporary directory.
 *
 * Also ingests the WARCs of {@code DATA/warc} (the extraction pages) through newsift-sources.
 *
 * <pre>StoreBench [--data DIR] [--stories N] [--events N] [--skip-reuters]</pre>
 */
public final class StoreBench {
    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("..", "shared", "data");
        int stories = 200;
        int events = 100_000;
        boolean reuters = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--stories" -> stories = Integer.parseInt(args[++i]);
                case "--events" -> events = Integer.parseInt(args[++i]);
                case "--skip-reuters" -> reuters = false; // and the WARCs: both need the pipeline
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path tmp = Files.createTempDirectory("newsift-store-bench");
        try {
            if (reuters) {
                Pipeline pipeline = loadPipeline();
                reuters(pipeline, data.resolve("corpora").resolve("reuters21578"), stories, tmp);
                warc(pipeline, data.resolve("warc"), tmp);
            }
            synthetic(events, tmp);
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static Pipeline loadPipeline() throws IOException {
        long t0 = System.nanoTime();
        Pipeline pipeline = ModelPipelines.standard(new CoreNlpAnnotator(), NewsiftConfig.defaults(), ModelPipelines.Options.defaults());
        pipeline.analyze(new Article("warm-up", null, null, null, "Pakistan and Afghanistan held talks in Doha on Monday."));
        System.out.printf(Locale.ROOT, "pipeline load and warm-up: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return pipeline;
    }

    /** The WARCs of the extraction pages, read by newsift-sources (WARC parsing, HTTP decoding, article extraction). */
    private static void warc(Pipeline pipeline, Path dir, Path tmp) throws Exception {
        if (!Files.isDirectory(dir)) {
            System.out.println("no WARCs at " + dir + ": skipping the WARC ingest (give --data)");
            return;
        }
        List<String> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".warc.gz")).sorted().map(Path::toString).toList();
        }
        try (SourceBatch items = Sources.open(files, SourceOptions.defaults())) {
            IngestSummary s = ingest(tmp.resolve("warc.db"), items, pipeline::analyze);
            System.out.printf(Locale.ROOT, "WARC ingest (%d files), real pipeline, 1 thread: %s; sources: %s%n", files.size(),
                    s, items.stats());
        }
    }

    private static void reuters(Pipeline pipeline, Path dir, int n, Path tmp) throws Exception {
        if (!Files.isDirectory(dir)) {
            System.out.println("no Reuters-21578 at " + dir + ": skipping the Reuters ingest (give --data)");
            return;
        }
        List<InputItem> items;
        try (Stream<ReutersCorpus.Story> s = ReutersCorpus.stories(dir)) {
            items = s.filter(ReutersCorpus.Story::hasBody).limit(n).map(st -> (InputItem) new InputItem.Read(
                    new Article("reuters-" + st.id(), st.title(), null, st.date() == null ? null : st.date().toString(),
                            st.articleText()), "reuters-" + st.id())).toList();
        }
        Map<String, Analysis> analyses = new HashMap<>();
        Function<Article, Analysis> keep = a -> {
            Analysis x = pipeline.analyze(a);
            analyses.put(a.id(), x);
            return x;
        };
        Path db = tmp.resolve("reuters.db");
        IngestSummary full = ingest(db, items.iterator(), keep);
        System.out.printf(Locale.ROOT, "reuters ingest, real pipeline, 1 thread: %s%n", full);
        System.out.printf(Locale.ROOT, "store size: %s per 1,000 articles (database %s, index %s)%n",
                mb(perThousand(size(db) + size(tmp.resolve("reuters.db.lucene")), full.stored())),
                mb(perThousand(size(db), full.stored())), mb(perThousand(size(tmp.resolve("reuters.db.lucene")), full.stored())));
        IngestSummary storage = ingest(tmp.resolve("reuters-again.db"), items.iterator(), a -> analyses.get(a.id()));
        System.out.printf(Locale.ROOT, "reuters ingest, analyses ready (storage only): %s%n", storage);
        try (NewsStore store = NewsStore.open(StoreLocation.parse(db.toString(), null))) {
            latency("search 'oil AND prices' on the Reuters store, 20 hits", () -> store.queries().search(SearchQuery.of("oil AND prices")));
        }
    }

    private static void synthetic(int events, Path tmp) throws Exception {
        Path db = tmp.resolve("synthetic.db");
        NewsStore.open(StoreLocation.parse(db.toString(), null)).close(); // creates the tables
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            new SyntheticNews(20251028L, LocalDate.parse("2024-01-01"), 730).write(c, events);
        }
        System.out.printf(Locale.ROOT, "synthetic events: %d written in %.1f s; database %s%n", events,
                (System.nanoTime() - t0) / 1e9, mb(size(db)));
        try (NewsStore store = NewsStore.open(StoreLocation.parse(db.toString(), null))) {
            var q = store.queries();
            latency("dyad series PAK,AFG by week, 2 years", () -> q.series(EventFilter.dyad("PAK", "AFG", false), Granularity.WEEK));
            latency("dyad series USA,CHN by day, 2 years", () -> q.series(EventFilter.dyad("USA", "CHN", false), Granularity.DAY));
            latency("dyad series USAGOV->RUSGOV by month, directed", () ->
                    q.series(EventFilter.dyad("USAGOV", "RUSGOV", true), Granularity.MONTH));
            latency("dyad series PAK,AFG by week, 3 months", () -> q.series(EventFilter.dyad("PAK", "AFG", false)
                    .between(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-03-31")), Granularity.WEEK));
            latency("actor graph, top 50 edges", () -> q.actorEdges(EventFilter.all(), 0, 50));
            latency("top 20 actors", () -> q.topActors(EventFilter.all(), 0, 20));
        }
    }

    private static IngestSummary ingest(Path db, Iterator<InputItem> items, Function<Article, Analysis> analyzer) throws Exception {
        try (NewsStore store = NewsStore.open(StoreLocation.parse(db.toString(), null))) {
            return new Ingester(store, analyzer, IngestProgress.silent()).ingest(items, Ingester.sequential());
        }
    }

    /** Median and 95th percentile of 30 runs after 5 warm-up runs. */
    private static void latency(String what, Supplier<?> query) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        double[] ms = new double[30];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%s: median %.1f ms, p95 %.1f ms%n", what, ms[ms.length / 2], ms[(int) (ms.length * 0.95)]);
    }

    private static long size(Path p) throws IOException {
        if (!Files.exists(p)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(p)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static double perThousand(long bytes, int articles) {
        return articles == 0 ? 0 : bytes * 1000.0 / articles;
    }

    private static String mb(double bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
