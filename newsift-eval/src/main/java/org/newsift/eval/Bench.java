package org.newsift.eval;

import org.newsift.models.ReutersCorpus;
import org.newsift.models.ModelPipelines;
import org.newsift.models.rhetoric.PtcCorpus;

import org.newsift.corenlp.CoreNlpAnnotator;
import org.newsift.model.Article;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.Stage;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * The benchmarks of docs/performance.md.
 *
 * By default, {@link Throughput}: the full default pipeline on the first {@code --stories} (60) PTC dev articles
 * and the first 60 Reuters-21578 stories with a BODY, after a warm-up on the first {@code --warmup} (6), with 1 and
 * 2 threads, {@code --runs} (3) times each: articles/s, words/s, their medians, model load time and peak RSS.
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
 * <pre>Bench [--data DIR] [--stories N] [--warmup N] [--runs N] [--ptc] [--annotators]</pre>
 */
public final class Bench {
    private Bench() {
    }

    /** The stages (besides NLP) that ran before the attribution and rhetoric issue; the rest is what it adds. */
    private static final Set<String> BEFORE_ATTRIBUTION_AND_RHETORIC = Set.of("language", "actors", "sentence-kinds", "events");
    /** The stages of issue 11 (persuasion spans' techniques, cues, genre and spin; its budget: 50 % of the NLP time). */
    private static final Set<String> RHETORIC = Set.of("rhetoric-cues", "rhetoric-model", "stance", "genre");
    /** The one encoder pass whose heads the span tagger, the claim model and the bias model read. */
    private static final String SENTENCE_MODEL = "sentence-model";
    /** The event verifier's stage (issue 10's budget: within 15 % of the pipeline's articles/s). */
    private static final String VERIFICATION = "event-verification";

    public static void main(String[] args) throws Exception {
        Path data = Path.of("..", "shared", "data");
        int n = 60;
        int warmup = 6;
        int runs = 3;
        boolean ptc = false;
        boolean annotators = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--stories" -> n = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--ptc" -> ptc = true;
                case "--annotators" -> annotators = true;
                default -> {
                    System.err.println("usage: Bench [--data DIR] [--stories N] [--warmup N] [--runs N] [--ptc] [--annotators]");
                    System.exit(2);
                }
            }
        }
        if (ptc) {
            modelStageShares(data, n, warmup);
        } else if (annotators) {
            annotatorProfile(data, n, warmup);
        } else {
            Throughput.run(data, n, warmup, runs);
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
        long rhetoric = nanos.entrySet().stream().filter(e -> RHETORIC.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        long sentenceModel = nanos.getOrDefault(SENTENCE_MODEL, 0L);
        System.out.printf(Locale.ROOT, "%nadded by the encoder, rhetoric and the other model stages: %.2f s = %.1f %% of the NLP time;"
                        + " of which the rhetoric stages (%s) %.2f s = %.1f %% (issue 11's budget: 50 %%), and the sentence"
                        + " model's one pass for spans, claims and bias %.2f s = %.1f %%; load average at end %.2f%n",
                added / 1e9, 100.0 * added / nlp, String.join(", ", new java.util.TreeSet<>(RHETORIC)), rhetoric / 1e9,
                100.0 * rhetoric / nlp, sentenceModel / 1e9, 100.0 * sentenceModel / nlp,
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

}
