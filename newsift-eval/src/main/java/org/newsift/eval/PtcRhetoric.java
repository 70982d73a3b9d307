package org.newsift.eval;

import org.newsift.encoding.SentenceEncoding;
import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.model.Rhetoric;
import org.newsift.model.SentenceInfo;
import org.newsift.models.ModelPipelines;
import org.newsift.models.encoder.MiniLmSentenceEncoder;
import org.newsift.models.rhetoric.PtcCorpus;
import org.newsift.models.rhetoric.PtcScorer;
import org.newsift.models.rhetoric.RhetoricModel;
import org.newsift.pipeline.NewsiftConfig;
import org.newsift.pipeline.Pipeline;
import org.newsift.rhetoric.Technique;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Persuasion techniques on the dev part of the PTC training articles (SemEval-2020 task 11; the split is
 * {@link PtcCorpus#bucket}, SHA-256 of the article id, dev = buckets 0-19, which the rhetoric model never
 * trains on). Each article goes through the full pipeline (CoreNLP, encoder, cues, model), as users run it:
 * {@code rhetoric.ptc.si_f1} scores its spans with the task's partial-overlap credit, technique ignored;
 * {@code rhetoric.ptc.flc_f1} the same with the technique; {@code rhetoric.ptc.tc_micro_f1} the technique
 * model on the gold spans. CI: dev articles in buckets below {@value #CI_BUCKETS};
 * {@code --full}: all of dev.
 */
public final class PtcRhetoric implements EvalTask {
    static final String SI_F1 = "rhetoric.ptc.si_f1";
    static final String FLC_F1 = "rhetoric.ptc.flc_f1";
    static final String TC_MICRO_F1 = "rhetoric.ptc.tc_micro_f1";
    static final int CI_BUCKETS = 10;

    @Override
    public String name() {
        return "ptc_rhetoric";
    }

    @Override
    public List<String> metrics() {
        return List.of(SI_F1, FLC_F1, TC_MICRO_F1);
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
                ModelPipelines.Options.defaults());
        RhetoricModel model = RhetoricModel.builtIn();
        List<Outcome> outcomes = ctx.map(name(), articles, a -> {
            Analysis analysis = pipeline.analyze(new Article(a.id(), null, null, null, a.text()));
            // the analysis does not carry encodings: encode its sentences again for the technique model
            List<SentenceEncoding> encodings = new ArrayList<>();
            for (SentenceInfo s : analysis.sentences()) {
                encodings.add(MiniLmSentenceEncoder.shared().encode(a.text(), s.start(), s.end()));
            }
            List<String> techniques = new ArrayList<>();
            for (PtcCorpus.Span g : a.spans()) {
                techniques.add(encodings.isEmpty() ? "" : model.classify(a.text(), g.start(), g.end(), encodings).technique());
            }
            return new Outcome(a.id(), analysis.rhetoric(), techniques);
        });
        Map<String, List<PtcCorpus.Span>> gold = new HashMap<>();
        articles.forEach(a -> gold.put(a.id(), a.spans()));
        List<String> predictedTechniques = new ArrayList<>();
        List<String> goldTechniques = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            predictedTechniques.addAll(outcomes.get(i).predictedTechniques());
            articles.get(i).spans().forEach(s -> goldTechniques.add(s.technique()));
        }
        Map<String, List<PtcCorpus.Span>> predicted = spans(outcomes, r -> true);
        PtcScorer.Score si = PtcScorer.spanIdentification(predicted, gold);
        PtcScorer.Score flc = PtcScorer.spanAndTechnique(predicted, gold);
        System.err.printf(Locale.ROOT, "[ptc_rhetoric] SI P %.3f R %.3f F1 %.3f; span+technique P %.3f R %.3f F1 %.3f%n",
                si.precision(), si.recall(), si.f1(), flc.precision(), flc.recall(), flc.f1());
        for (String part : List.of("cue:", "model ")) {
            Map<String, List<PtcCorpus.Span>> only = spans(outcomes, r -> r.explanation().startsWith(part));
            PtcScorer.Score s = PtcScorer.spanIdentification(only, gold);
            System.err.printf(Locale.ROOT, "[ptc_rhetoric]   spans explained by '%s' alone: %d, SI P %.3f R %.3f F1 %.3f, "
                    + "span+technique F1 %.3f%n", part.strip(), only.values().stream().mapToInt(List::size).sum(),
                    s.precision(), s.recall(), s.f1(), PtcScorer.spanAndTechnique(only, gold).f1());
        }
        for (Technique t : Technique.values()) {
            Map<String, List<PtcCorpus.Span>> p = filter(predicted, t.label());
            Map<String, List<PtcCorpus.Span>> g = filter(gold, t.label());
            PtcScorer.Score s = PtcScorer.spanAndTechnique(p, g);
            System.err.printf(Locale.ROOT, "[ptc_rhetoric]   %-36s gold %4d predicted %4d  P %.3f R %.3f F1 %.3f%n",
                    t.label(), count(g), count(p), s.precision(), s.recall(), s.f1());
        }
        out.put(SI_F1, si.f1());
        out.put(FLC_F1, flc.f1());
        out.put(TC_MICRO_F1, PtcScorer.techniqueMicroF1(predictedTechniques, goldTechniques));
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
