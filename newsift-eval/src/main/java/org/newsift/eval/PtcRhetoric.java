package org.newsift.eval;

import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.model.Rhetoric;
import org.newsift.models.ModelPipelines;
import org.newsift.models.finetune.Reliability;
import org.newsift.models.rhetoric.PtcCorpus;
import org.newsift.models.rhetoric.PtcScorer;
import org.newsift.models.rhetoric.RhetoricTrainer;
import org.newsift.models.rhetoric.SpanTagger;
import org.newsift.models.rhetoric.TechniqueHead;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;
import org.newsift.rhetoric.Technique;
import org.newsift.text.CodePoints;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Persuasion techniques on the dev part of the PTC training articles (SemEval-2020 task 11; the split is
 * {@link PtcCorpus#bucket}, SHA-256 of the article id, dev = buckets 0-19, which the rhetoric models never
 * train or calibrate on). Each article goes through the full pipeline (CoreNLP, cues, models) with every span
 * kept whatever its score; the output at the shipped threshold is the spans scoring at or above it (the same
 * spans the pipeline outputs at that threshold). {@code rhetoric.ptc.si_f1} and {@code si_precision} score
 * those spans with the task's partial-overlap credit, technique ignored; {@code rhetoric.ptc.flc_f1} the same
 * with the technique; {@code rhetoric.ptc.tc_micro_f1} the technique head on the gold spans;
 * {@code rhetoric.ptc.ece} the calibration of all span scores (a span is right when at least half of it lies in
 * gold spans, as in calibration); {@code paragraph_micro_f1} and {@code clean_paragraph_false_alarm_rate} the
 * output's techniques per paragraph, as SemEval-2023 scores them ({@link ParagraphTechniques}). CI: dev articles
 * in buckets below {@value #CI_BUCKETS}; {@code --full}: all of dev.
 */
public final class PtcRhetoric implements EvalTask {
    static final String SI_F1 = "rhetoric.ptc.si_f1";
    static final String SI_PRECISION = "rhetoric.ptc.si_precision";
    static final String ECE = "rhetoric.ptc.ece";
    static final String FLC_F1 = "rhetoric.ptc.flc_f1";
    static final String TC_MICRO_F1 = "rhetoric.ptc.tc_micro_f1";
    static final String PARAGRAPH_F1 = "rhetoric.ptc.paragraph_micro_f1";
    static final String CLEAN_PARAGRAPH_ALARMS = "rhetoric.ptc.clean_paragraph_false_alarm_rate";
    static final int CI_BUCKETS = 10;
    /** Minimum scores whose precision and recall stderr shows, for choosing {@code --min-score}. */
    static final double[] SWEEP = {0.3, 0.4, 0.45, 0.5, 0.55, 0.6};

    @Override
    public String name() {
        return "ptc_rhetoric";
    }

    @Override
    public List<String> metrics() {
        return List.of(SI_F1, SI_PRECISION, FLC_F1, TC_MICRO_F1, ECE, PARAGRAPH_F1, CLEAN_PARAGRAPH_ALARMS);
    }

    @Override
    public List<Path> requiredData() {
        return List.of(PtcCorpus.DIR.resolve(PtcCorpus.LABELS));
    }

    private record Outcome(String id, List<Rhetoric> spans, List<String> predictedTechniques) {
    }

    @Override
    public void run(EvalContext ctx, MetricSink out) throws Exception {
        List<PtcCorpus.Article> all = PtcCorpus.read(ctx.dataDir().resolve(PtcCorpus.DIR));
        List<PtcCorpus.Article> articles = all.stream()
                .filter(a -> ctx.full() ? PtcCorpus.isDev(a.id()) : a.bucket() < CI_BUCKETS).toList();
        System.err.printf("[ptc_rhetoric] %d articles, evaluating %d (%s)%n", all.size(), articles.size(),
                ctx.full() ? "all dev: buckets 0-19" : "CI: dev buckets 0-" + (CI_BUCKETS - 1));
        Pipeline pipeline = ModelPipelines.standard(ctx.annotator(), NewsiftConfig.defaults(),
                new ModelPipelines.Options(false, null, 0.0, null));
        double threshold = SpanTagger.builtIn().defaultThreshold();
        TechniqueHead head = TechniqueHead.builtIn();
        List<Outcome> outcomes = ctx.map(name(), articles, a -> {
            Analysis analysis = pipeline.analyze(new Article(a.id(), null, null, null, a.text()));
            List<TechniqueHead.Query> queries = a.spans().stream().map(g -> new TechniqueHead.Query(
                    CodePoints.substring(a.text(), g.start(), g.end()), lineOf(a, g.start()))).toList();
            List<String> techniques = head.classify(queries).stream().map(TechniqueHead.Scored::technique).toList();
            return new Outcome(a.id(), analysis.rhetoric(), techniques);
        });
        reportCalibration(articles, outcomes, out);
        Map<String, List<PtcCorpus.Span>> gold = new HashMap<>();
        articles.forEach(a -> gold.put(a.id(), a.spans()));
        List<String> predictedTechniques = new ArrayList<>();
        List<String> goldTechniques = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            predictedTechniques.addAll(outcomes.get(i).predictedTechniques());
            articles.get(i).spans().forEach(s -> goldTechniques.add(s.technique()));
        }
        for (double t : SWEEP) {
            Map<String, List<PtcCorpus.Span>> at = spans(outcomes, r -> r.score() >= t);
            PtcScorer.Score s = PtcScorer.spanIdentification(at, gold);
            System.err.printf(Locale.ROOT, "[ptc_rhetoric] --min-score %.2f: %d spans, SI P %.3f R %.3f F1 %.3f%n", t,
                    count(at), s.precision(), s.recall(), s.f1());
        }
        Map<String, List<PtcCorpus.Span>> predicted = spans(outcomes, r -> r.score() >= threshold);
        PtcScorer.Score si = PtcScorer.spanIdentification(predicted, gold);
        PtcScorer.Score flc = PtcScorer.spanAndTechnique(predicted, gold);
        System.err.printf(Locale.ROOT, "[ptc_rhetoric] at the threshold %.2f: SI P %.3f R %.3f F1 %.3f; span+technique P %.3f R %.3f F1 %.3f%n",
                threshold, si.precision(), si.recall(), si.f1(), flc.precision(), flc.recall(), flc.f1());
        for (String part : List.of("cue:", "model ")) {
            Map<String, List<PtcCorpus.Span>> only = spans(outcomes,
                    r -> r.score() >= threshold && r.explanation().startsWith(part));
            PtcScorer.Score s = PtcScorer.spanIdentification(only, gold);
            System.err.printf(Locale.ROOT, "[ptc_rhetoric]   spans explained by '%s' alone: %d, SI P %.3f R %.3f F1 %.3f, "
                    + "span+technique F1 %.3f%n", part.strip(), only.values().stream().mapToInt(List::size).sum(),
                    s.precision(), s.recall(), s.f1(), PtcScorer.spanAndTechnique(only, gold).f1());
        }
        ParagraphTechniques paragraphs = paragraphs(articles, predicted, gold);
        System.err.printf(Locale.ROOT, "[ptc_rhetoric] paragraphs: technique P %.3f R %.3f micro-F1 %.3f; %d clean paragraphs, "
                        + "%.3f of them given a technique%n", paragraphs.precision(), paragraphs.recall(), paragraphs.microF1(),
                paragraphs.cleanParagraphs(), paragraphs.cleanFalseAlarmRate());
        for (double t : SWEEP) {
            ParagraphTechniques at = paragraphs(articles, spans(outcomes, r -> r.score() >= t), gold);
            System.err.printf(Locale.ROOT, "[ptc_rhetoric]   paragraphs at --min-score %.2f: P %.3f R %.3f micro-F1 %.3f, "
                    + "clean false alarms %.3f%n", t, at.precision(), at.recall(), at.microF1(), at.cleanFalseAlarmRate());
        }
        for (Technique t : Technique.values()) {
            Map<String, List<PtcCorpus.Span>> p = filter(predicted, t.label());
            Map<String, List<PtcCorpus.Span>> g = filter(gold, t.label());
            PtcScorer.Score s = PtcScorer.spanAndTechnique(p, g);
            System.err.printf(Locale.ROOT, "[ptc_rhetoric]   %-36s gold %4d predicted %4d  P %.3f R %.3f F1 %.3f%n",
                    t.label(), count(g), count(p), s.precision(), s.recall(), s.f1());
        }
        out.put(SI_F1, si.f1());
        out.put(SI_PRECISION, si.precision());
        out.put(FLC_F1, flc.f1());
        out.put(PARAGRAPH_F1, paragraphs.microF1());
        out.put(CLEAN_PARAGRAPH_ALARMS, paragraphs.cleanFalseAlarmRate());
        out.put(TC_MICRO_F1, PtcScorer.techniqueMicroF1(predictedTechniques, goldTechniques));
    }

    /** The reliability of every span score (the tagger's spans, and the cues that take their score). */
    private static void reportCalibration(List<PtcCorpus.Article> articles, List<Outcome> outcomes, MetricSink out) {
        List<Double> scores = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (Rhetoric r : outcomes.get(i).spans()) {
                scores.add(r.score());
                right.add(RhetoricTrainer.goldShare(articles.get(i), r.start(), r.end()) >= RhetoricTrainer.RIGHT_OVERLAP);
            }
        }
        boolean[] r = new boolean[right.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = right.get(i);
        }
        Reliability reliability = new Reliability(scores.stream().mapToDouble(Double::doubleValue).toArray(), r);
        System.err.printf("[ptc_rhetoric] reliability of %d span scores:%n%s%n", r.length, reliability.table());
        out.put(ECE, reliability.ece());
    }

    private static ParagraphTechniques paragraphs(List<PtcCorpus.Article> articles, Map<String, List<PtcCorpus.Span>> predicted,
                                                  Map<String, List<PtcCorpus.Span>> gold) {
        ParagraphTechniques out = new ParagraphTechniques();
        articles.forEach(a -> out.add(a, predicted.get(a.id()), gold.get(a.id())));
        return out;
    }

    /** The PTC line (sentence) in which code point {@code at} lies. */
    private static String lineOf(PtcCorpus.Article a, int at) {
        return a.lines().stream().filter(l -> l.start() <= at && at < l.end()).findFirst()
                .map(l -> CodePoints.substring(a.text(), l.start(), l.end())).orElse("");
    }

    private static Map<String, List<PtcCorpus.Span>> spans(List<Outcome> outcomes, Predicate<Rhetoric> keep) {
        Map<String, List<PtcCorpus.Span>> out = new HashMap<>();
        for (Outcome o : outcomes) {
            out.put(o.id(), o.spans().stream().filter(keep)
                    .map(r -> new PtcCorpus.Span(r.start(), r.end(), r.technique())).toList());
        }
        return out;
    }

    private static Map<String, List<PtcCorpus.Span>> filter(Map<String, List<PtcCorpus.Span>> spans, String technique) {
        Map<String, List<PtcCorpus.Span>> out = new HashMap<>();
        spans.forEach((id, l) -> out.put(id, l.stream().filter(s -> s.technique().equals(technique)).toList()));
        return out;
    }

    private static int count(Map<String, List<PtcCorpus.Span>> spans) {
        return spans.values().stream().mapToInt(List::size).sum();
    }
}
