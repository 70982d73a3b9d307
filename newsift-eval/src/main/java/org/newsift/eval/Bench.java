package org.newsift.eval;

import org.newsift.events.EventClassifier;
import org.newsift.models.MiniLmEventClassifier;
import org.newsift.models.ReutersCorpus;
import org.newsift.models.ModelPipelines;
import org.newsift.models.rhetoric.PtcCorpus;

import org.newsift.actors.ActorLexicon;
import org.newsift.corenlp.CoreNlpAnnotator;
import org.newsift.lang.LanguageIdentifier;
import org.newsift.model.Article;
import org.newsift.nlp.NlpAnnotator;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;
import org.newsift.assembly.Pipelines;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.Stage;
import org.newsift.events.patterns.EventPatterns;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Throughput and memory benchmark on Reuters-21578: the first {@code --stories} (500) stories with a
 * BODY, in file order, analysed after a warm-up on the first {@code --warmup} (50) of them. Measures
 * model load time, NLP-only (annotator alone) and full-pipeline throughput with 1 and 2 threads, and
 * peak heap. {@code --sutime} also loads an annotator with {@code ner.useSUTime=true} and measures it
 * the same way, to show what SUTime costs.
 *
 * With {@code --ptc}, instead: the stage shares of the full model pipeline ({@code ModelPipelines}: encoder,
 * rhetoric and the other model stages) on the dev articles of the PTC corpus, and what the stages after
 * the core's add to the NLP time (the budget: at most 50 %).
 *
 * With {@code --annotators}, instead: CoreNLP's own time per annotator (tokenize, ssplit, pos, lemma, ner,
 * parser) on the PTC dev articles and on the Reuters stories, with newsift's settings, again with NER's numeric
 * classifiers off, and with CoreNLP's own {@code depparse}, which builds four more dependency graphs per
 * sentence, to show what each costs (issue 16's profile).
 *
 * <pre>Bench [--data DIR] [--stories N] [--warmup N] [--sutime] [--ptc] [--annotators]</pre>
 */
public final class Bench {
    private Bench() {
    }

    private static volatile long sampledPeak;
    /** The stages (besides NLP) that ran before the attribution and rhetoric issue; the rest is what it adds. */
    private static final Set<String> BEFORE_ATTRIBUTION_AND_RHETORIC = Set.of("language", "actors", "sentence-kinds", "events");
    /** The event verifier's stage (issue 10's budget: within 15 % of the pipeline's articles/s). */
    private static final String VERIFICATION = "event-verification";

    public static void main(String[] args) throws Exception {
        Path data = Path.of("..", "shared", "data");
        int n = 500;
        int warmup = 50;
        boolean sutime = false;
        boolean ptc = false;
        boolean annotators = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--stories" -> n = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--sutime" -> sutime = true;
                case "--ptc" -> ptc = true;
                case "--annotators" -> annotators = true;
                default -> {
                    System.err.println("usage: Bench [--data DIR] [--stories N] [--warmup N] [--sutime] [--ptc] [--annotators]");
                    System.exit(2);
                }
            }
        }
        if (ptc) {
            modelStageShares(data, n, warmup);
            return;
        }
        if (annotators) {
            annotatorProfile(data, n, warmup);
            return;
        }
        Path dir = data.resolve(ReutersPlaces.DIR);
        if (!Files.exists(dir.resolve("reut2-000.sgm"))) {
            System.out.println("skipping: benchmark data absent: " + dir);
            return;
        }
        List<String> texts;
        try (var s = ReutersCorpus.stories(dir)) {
            texts = s.filter(ReutersCorpus.Story::hasBody).limit(n).map(ReutersCorpus.Story::articleText).toList();
        }
        List<String> warm = texts.subList(0, Math.min(warmup, texts.size()));
        startSampler();

        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "machine: %d cores, max heap %d MB, Java %s (%s), load average at start %.2f%n",
                rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("input: %d Reuters-21578 stories with a BODY (file order), warm-up on the first %d%n",
                texts.size(), warm.size());

        long t0 = System.nanoTime();
        LanguageIdentifier languages = new LanguageIdentifier();
        ActorLexicon lexicon = NewsiftConfig.defaults().actorLexicon();
        double otherLoad = secs(t0);
        List<String> rows = new ArrayList<>();
        runConfig("default", new Properties(), texts, warm, languages, lexicon, otherLoad, rows, true);
        if (sutime) {
            System.gc();
            Properties p = new Properties();
            p.setProperty("ner.useSUTime", "true");
            // SUTime changes only the annotator, so the pipeline runs would repeat the same stage overhead.
            runConfig("SUTime", p, texts, warm, languages, lexicon, otherLoad, rows, false);
        }
        System.out.println();
        System.out.println("| config | what | threads | seconds | tokens/s | articles/s |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
        long poolPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                poolPeak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "%npeak heap: %d MB sampled used (every 50 ms), %d MB sum of heap pools' peaks (an upper bound)%n",
                sampledPeak >> 20, poolPeak >> 20);
        System.out.printf(Locale.ROOT, "load average at end %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void runConfig(String config, Properties props, List<String> texts, List<String> warm,
                                  LanguageIdentifier languages, ActorLexicon lexicon, double otherLoad,
                                  List<String> rows, boolean pipelineRuns) throws Exception {
        long t0 = System.nanoTime();
        NlpAnnotator annotator = new CoreNlpAnnotator(props);
        double load = secs(t0);
        System.out.printf(Locale.ROOT, "[%s] model load: CoreNLP %.1f s; language profiles + actor lexicon %.1f s%n",
                config, load, otherLoad);
        Pipeline pipeline = Pipelines.standard(annotator, lexicon, EventPatterns.builtIn(), languages);
        long tm = System.nanoTime();
        EventClassifier miniLm = MiniLmEventClassifier.builtIn();
        java.util.concurrent.atomic.AtomicLong modelCalls = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong modelCoded = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong modelNanos = new java.util.concurrent.atomic.AtomicLong();
        // times the model itself: the machine is shared, so differences between whole runs are noisy
        EventClassifier model = (s, p, text) -> {
            long t = System.nanoTime();
            EventClassifier.Prediction r = miniLm.classify(s, p, text);
            modelNanos.addAndGet(System.nanoTime() - t);
            modelCalls.incrementAndGet();
            if (r != null) {
                modelCoded.incrementAndGet();
            }
            return r;
        };
        System.out.printf(Locale.ROOT, "[%s] model load: event model (MiniLM) %.1f s%n", config, secs(tm));
        Pipeline withModel = Pipelines.standard(annotator, lexicon, EventPatterns.builtIn(), model, languages);
        timed(warm, 2, t -> pipeline.analyze(new Article(null, null, null, "1987-03-01", t)));
        if (pipelineRuns) {
            timed(warm, 2, t -> withModel.analyze(new Article(null, null, null, "1987-03-01", t)));
        }
        java.util.concurrent.atomic.AtomicLong tokens = new java.util.concurrent.atomic.AtomicLong();
        for (int threads = 1; threads <= 2; threads++) {
            boolean count = threads == 1;
            double s = timed(texts, threads, t -> {
                int k = annotator.annotate(t).tokenCount();
                if (count) {
                    tokens.addAndGet(k);
                }
            });
            rows.add(row(config, "NLP only", threads, s, tokens.get(), texts.size()));
            System.err.println(rows.get(rows.size() - 1));
        }
        for (int threads = 1; pipelineRuns && threads <= 2; threads++) {
            double s = timed(texts, threads, t -> pipeline.analyze(new Article(null, null, null, "1987-03-01", t)));
            rows.add(row(config, "pipeline", threads, s, tokens.get(), texts.size()));
            System.err.println(rows.get(rows.size() - 1));
            long calls0 = modelCalls.get();
            long coded0 = modelCoded.get();
            long nanos0 = modelNanos.get();
            double m = timed(texts, threads, t -> withModel.analyze(new Article(null, null, null, "1987-03-01", t)));
            rows.add(row(config, "pipeline + event model", threads, m, tokens.get(), texts.size()));
            System.err.println(rows.get(rows.size() - 1));
            long calls = modelCalls.get() - calls0;
            System.out.printf(Locale.ROOT, "[%s] event model, %d thread(s): %d calls (%.2f per article), %d coded, %.2f s inside the model (%.1f ms per call, %.1f ms per article)%n",
                    config, threads, calls, (double) calls / texts.size(), modelCoded.get() - coded0, (modelNanos.get() - nanos0) / 1e9,
                    (modelNanos.get() - nanos0) / 1e6 / Math.max(1, calls), (modelNanos.get() - nanos0) / 1e6 / texts.size());
        }
        rows.add(String.format(Locale.ROOT, "| %s | model load (CoreNLP) | | %.1f | | |", config, load));
        if (pipelineRuns) {
            stageShares(pipeline, texts);
        }
    }

    /**
     * Time spent in each stage over one single-threaded pass, as a share of the NLP stage's time: within
     * one pass, the ratio holds even when the machine is busy, unlike comparing separate runs.
     */
    private static Map<String, Long> stageShares(Pipeline pipeline, List<String> texts) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (String t : texts) {
            AnnotatedDocument doc = new AnnotatedDocument(new Article(null, null, null, "1987-03-01", t));
            for (Stage stage : pipeline.stages()) {
                long t0 = System.nanoTime();
                stage.apply(doc);
                nanos.merge(stage.name(), System.nanoTime() - t0, Long::sum);
            }
        }
        long nlp = nanos.entrySet().stream().filter(e -> e.getKey().startsWith("corenlp")).mapToLong(Map.Entry::getValue).sum();
        System.out.printf(Locale.ROOT, "%n| stage | seconds | share of NLP time |%n|---|---:|---:|%n");
        nanos.forEach((name, ns) -> System.out.printf(Locale.ROOT, "| %s | %.2f | %.1f %% |%n", name, ns / 1e9,
                100.0 * ns / nlp));
        return nanos;
    }

    /** Stage shares of the model pipeline on up to {@code n} PTC dev articles (after {@code warmup} of them). */
    private static void modelStageShares(Path data, int n, int warmup) throws Exception {
        Path dir = data.resolve(PtcCorpus.DIR);
        if (!Files.exists(dir.resolve(PtcCorpus.LABELS))) {
            System.out.println("skipping: PTC data absent: " + dir);
            return;
        }
        List<String> texts = PtcCorpus.read(dir).stream().filter(a -> PtcCorpus.isDev(a.id()))
                .map(PtcCorpus.Article::text).limit(n).toList();
        System.out.printf(Locale.ROOT, "input: %d PTC dev articles; load average at start %.2f%n", texts.size(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Pipeline pipeline = ModelPipelines.standard(new CoreNlpAnnotator(), NewsiftConfig.defaults(),
                ModelPipelines.Options.defaults());
        stageShares(pipeline, texts.subList(0, Math.min(warmup, texts.size())));
        System.out.println("(the table above is the warm-up; measured:)");
        Map<String, Long> nanos = stageShares(pipeline, texts);
        long nlp = nanos.entrySet().stream().filter(e -> e.getKey().startsWith("corenlp")).mapToLong(Map.Entry::getValue).sum();
        long added = nanos.entrySet().stream().filter(e -> !e.getKey().startsWith("corenlp")
                && !BEFORE_ATTRIBUTION_AND_RHETORIC.contains(e.getKey()) && !e.getKey().equals(VERIFICATION))
                .mapToLong(Map.Entry::getValue).sum();
        long all = nanos.values().stream().mapToLong(Long::longValue).sum();
        long verification = nanos.getOrDefault(VERIFICATION, 0L);
        System.out.printf(Locale.ROOT, "%nevent verification: %.2f s = %.1f %% of the pipeline's time; %.2f articles/s with it, "
                        + "%.2f without it (one thread, this run)%n", verification / 1e9, 100.0 * verification / all,
                texts.size() / (all / 1e9), texts.size() / ((all - verification) / 1e9));
        System.out.printf(Locale.ROOT, "%nadded by the encoder, rhetoric and the other model stages: %.2f s = %.1f %% of the NLP time"
                + " (budget: 50 %%); load average at end %.2f%n", added / 1e9, 100.0 * added / nlp,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** CoreNLP's time per annotator on PTC dev articles and Reuters stories, with and without numeric NER. */
    private static void annotatorProfile(Path data, int n, int warmup) throws Exception {
        Map<String, List<String>> corpora = new LinkedHashMap<>();
        Path ptc = data.resolve(PtcCorpus.DIR);
        if (Files.exists(ptc.resolve(PtcCorpus.LABELS))) {
            corpora.put("PTC dev", PtcCorpus.read(ptc).stream().filter(a -> PtcCorpus.isDev(a.id()))
                    .map(PtcCorpus.Article::text).limit(n).toList());
        }
        Path reuters = data.resolve(ReutersPlaces.DIR);
        if (Files.exists(reuters.resolve("reut2-000.sgm"))) {
            try (var s = ReutersCorpus.stories(reuters)) {
                corpora.put("Reuters", s.filter(ReutersCorpus.Story::hasBody).limit(n).map(ReutersCorpus.Story::articleText).toList());
            }
        }
        if (corpora.isEmpty()) {
            System.out.println("skipping: neither PTC nor Reuters data present under " + data);
            return;
        }
        Properties withoutNumbers = CoreNlpAnnotator.defaults();
        withoutNumbers.setProperty("ner.applyNumericClassifiers", "false");
        Properties allGraphs = CoreNlpAnnotator.defaults();
        allGraphs.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        for (Map.Entry<String, List<String>> corpus : corpora.entrySet()) {
            List<String> texts = corpus.getValue();
            for (Properties p : List.of(CoreNlpAnnotator.defaults(), withoutNumbers, allGraphs)) {
                // The annotators are cached by their settings, so the second pipeline reuses the warmed-up
                // models and starts its timing at zero.
                StanfordCoreNLP warm = new StanfordCoreNLP(p);
                texts.subList(0, Math.min(warmup, texts.size())).forEach(warm::process);
                StanfordCoreNLP timed = new StanfordCoreNLP(p);
                texts.forEach(timed::process);
                System.out.printf(Locale.ROOT, "%n%s, %d texts, %s, numeric classifiers %s, load average %.2f:%n%s%n",
                        corpus.getKey(), texts.size(), p.getProperty("annotators"), p.getProperty("ner.applyNumericClassifiers"),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), timed.timingInformation());
            }
        }
    }

    private static String row(String config, String what, int threads, double s, long tokens, int articles) {
        return String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.0f | %.2f |", config, what, threads, s,
                tokens / s, articles / s);
    }

    private static double timed(List<String> texts, int threads, Consumer<String> f) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            for (String t : texts) {
                fs.add(pool.submit(() -> f.accept(t)));
            }
            for (Future<?> fu : fs) {
                try {
                    fu.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            return secs(t0);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void startSampler() {
        Thread t = new Thread(() -> {
            Runtime rt = Runtime.getRuntime();
            while (true) {
                sampledPeak = Math.max(sampledPeak, rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        t.setDaemon(true);
        t.start();
    }
}
