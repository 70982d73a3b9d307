package org.newsift.eval;

import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;
import org.newsift.corenlp.CoreNlpAnnotator;
import org.newsift.model.Article;
import org.newsift.models.ModelPipelines;
import org.newsift.models.ReutersCorpus;
import org.newsift.models.rhetoric.PtcCorpus;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What a user waits for: the full default pipeline (the one {@code newsift analyze} runs, every model included) on
 * PTC-length articles and on 300-word Reuters stories, with 1 and 2 threads, articles and words per second, the
 * median of several runs with the machine's load beside each, the model load time and the process's peak RSS.
 */
final class Throughput {
    /** Written for this benchmark: analysing it loads every model that loads lazily. */
    private static final String FIRST = "Officials in Ankara said on Tuesday that talks with Syria would resume.";

    private Throughput() {
    }

    static void run(Path data, int n, int warmup, int runs) throws Exception {
        Map<String, List<String>> corpora = corpora(data, n);
        if (corpora.isEmpty()) {
            System.out.println("skipping: neither PTC nor Reuters data present under " + data);
            return;
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "machine: %d cores, max heap %d MB, Java %s; load average at start %.2f%n",
                rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.version"), load());
        long t0 = System.nanoTime();
        Pipeline pipeline = ModelPipelines.load(CoreNlpAnnotator::new, NewsiftConfig.defaults(),
                ModelPipelines.Options.defaults()); // as the CLI, the server and Spark load it
        pipeline.analyze(new Article(null, null, null, null, FIRST));
        System.out.printf(Locale.ROOT, "model load (every model, and a first short article): %.1f s%n", secs(t0));

        List<String> medians = new ArrayList<>();
        System.out.printf("%n| corpus | threads | run | seconds | articles/s | words/s | load average |%n|---|---:|---:|---:|---:|---:|---:|%n");
        for (Map.Entry<String, List<String>> corpus : corpora.entrySet()) {
            List<String> texts = corpus.getValue();
            long words = texts.stream().mapToLong(Throughput::words).sum();
            timed(pipeline, texts.subList(0, Math.min(warmup, texts.size())), 2);
            for (int threads = 1; threads <= 2; threads++) {
                double[] seconds = new double[runs];
                for (int r = 0; r < runs; r++) {
                    seconds[r] = timed(pipeline, texts, threads);
                    System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.2f | %.0f | %.2f |%n", corpus.getKey(),
                            threads, r + 1, seconds[r], texts.size() / seconds[r], words / seconds[r], load());
                }
                double median = median(seconds);
                medians.add(String.format(Locale.ROOT, "| %s (%d articles, %d words) | %d | **%.2f** | **%.0f** |",
                        corpus.getKey(), texts.size(), words, threads, texts.size() / median, words / median));
            }
        }
        System.out.printf("%n| corpus | threads | articles/s (median) | words/s (median) |%n|---|---:|---:|---:|%n");
        medians.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%npeak RSS of the process: %.2f GB; load average at end %.2f%n",
                peakRssKb() / 1048576.0, load());
    }

    private static Map<String, List<String>> corpora(Path data, int n) throws IOException {
        Map<String, List<String>> corpora = new LinkedHashMap<>();
        Path ptc = data.resolve(PtcCorpus.DIR);
        if (Files.exists(ptc.resolve(PtcCorpus.LABELS))) {
            corpora.put("PTC dev", PtcCorpus.read(ptc).stream().filter(a -> PtcCorpus.isDev(a.id()))
                    .map(PtcCorpus.Article::text).limit(n).toList());
        } else {
            System.out.println("PTC data absent, measuring Reuters only: " + ptc);
        }
        Path reuters = data.resolve(ReutersPlaces.DIR);
        if (Files.exists(reuters.resolve("reut2-000.sgm"))) {
            try (var s = ReutersCorpus.stories(reuters)) {
                corpora.put("Reuters", s.filter(ReutersCorpus.Story::hasBody).limit(n)
                        .map(ReutersCorpus.Story::articleText).toList());
            }
        } else {
            System.out.println("Reuters-21578 absent, measuring PTC only: " + reuters);
        }
        return corpora;
    }

    private static double timed(Pipeline pipeline, List<String> texts, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> analyses = new ArrayList<>();
            for (String t : texts) {
                analyses.add(pool.submit(() -> pipeline.analyze(new Article(null, null, null, null, t))));
            }
            for (Future<?> f : analyses) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            return secs(t0);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The process's peak resident set (VmHWM in /proc/self/status), or 0 where there is no such file. */
    private static long peakRssKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return 0;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
