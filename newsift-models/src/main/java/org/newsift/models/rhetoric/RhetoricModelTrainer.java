package org.newsift.models.rhetoric;

import org.newsift.encoding.SentenceEncoder;
import org.newsift.encoding.SentenceEncoding;
import org.newsift.models.SoftmaxRegression;
import org.newsift.rhetoric.Technique;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains {@link RhetoricModel} ({@code newsift train rhetoric}) on the PTC training articles. Split by
 * article ({@link PtcCorpus#bucket}): buckets 0-19 are dev (scored only), 20-29 calibrate the span
 * threshold and the technique head's L2 strength, 30-99 fit both heads. The span head sees every
 * {@value #NEGATIVE_STRIDE}th outside wordpiece and every {@value #POSITIVE_STRIDE}th inside one (it weighs
 * the two classes equally anyway); the technique head sees every gold span. Deterministic.
 */
public final class RhetoricModelTrainer {
    public static final String NAME = "rhetoric-ptc-1";
    static final int NEGATIVE_STRIDE = 6;
    static final int POSITIVE_STRIDE = 3;
    static final double[] L2_CANDIDATES = {1e-3, 1e-2, 1e-1};
    static final SoftmaxRegression.Options SPAN_OPTIONS = new SoftmaxRegression.Options(1e-2, 0.5, 150);
    static final SoftmaxRegression.Options TECHNIQUE_OPTIONS = new SoftmaxRegression.Options(1e-2, 0.5, 300);

    private RhetoricModelTrainer() {
    }

    /** The trained model and the report lines. */
    public record Result(RhetoricModel model, List<String> report) {
    }

    /** The encoded corpus: articles and, per article, one encoding per line. */
    record Encoded(List<PtcCorpus.Article> articles, List<List<SentenceEncoding>> encodings) {

        List<Integer> where(int fromBucket, int toBucket) {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                int b = articles.get(i).bucket();
                if (b >= fromBucket && b < toBucket) {
                    out.add(i);
                }
            }
            return out;
        }
    }

    public static Result train(Path dataDir, SentenceEncoder encoder, Path cache, PrintStream log) throws IOException {
        List<PtcCorpus.Article> articles = PtcCorpus.read(dataDir.resolve(PtcCorpus.DIR));
        return train(new Encoded(articles, EncodingCache.encode(articles, encoder, cache, log)), log);
    }

    static Result train(Encoded data, PrintStream log) {
        List<String> report = new ArrayList<>();
        List<Integer> dev = data.where(0, PtcCorpus.DEV_END);
        List<Integer> cal = data.where(PtcCorpus.DEV_END, PtcCorpus.CALIBRATION_END);
        List<Integer> fit = data.where(PtcCorpus.CALIBRATION_END, 100);
        report.add(String.format(Locale.ROOT, "split by SHA-256 of the article id: %d fit (buckets 30-99), %d calibration (20-29), %d dev (0-19) articles",
                fit.size(), cal.size(), dev.size()));
        log.println("[train] " + report.get(report.size() - 1));

        long t0 = System.nanoTime();
        List<float[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        int seenIn = 0;
        int seenOut = 0;
        for (int a : fit) {
            PtcCorpus.Article article = data.articles().get(a);
            for (SentenceEncoding e : data.encodings().get(a)) {
                for (int i = 0; i < e.size(); i++) {
                    boolean inside = insideGold(article, e.starts()[i], e.ends()[i]);
                    if (inside ? seenIn++ % POSITIVE_STRIDE == 0 : seenOut++ % NEGATIVE_STRIDE == 0) {
                        x.add(SpanFeatures.token(e, i));
                        y.add(inside ? 1 : 0);
                    }
                }
            }
        }
        SoftmaxRegression spanHead = SoftmaxRegression.fit(x.toArray(float[][]::new),
                y.stream().mapToInt(Integer::intValue).toArray(), 2, SPAN_OPTIONS);
        report.add(String.format(Locale.ROOT, "span head: %d wordpieces (%d inside, %d outside) of %d, %d features, fitted in %.1f s",
                x.size(), y.stream().filter(v -> v == 1).count(), y.stream().filter(v -> v == 0).count(), seenIn + seenOut,
                x.get(0).length, (System.nanoTime() - t0) / 1e9));
        log.println("[train] " + report.get(report.size() - 1));

        double insideRate = (double) seenIn / (seenIn + seenOut);
        List<String> techniques = Arrays.stream(Technique.values()).map(Technique::label).toList();
        long t1 = System.nanoTime();
        List<float[]> tx = new ArrayList<>();
        List<Integer> ty = new ArrayList<>();
        for (int a : fit) {
            PtcCorpus.Article article = data.articles().get(a);
            for (PtcCorpus.Span s : article.spans()) {
                tx.add(SpanFeatures.span(article.text(), s.start(), s.end(), data.encodings().get(a)));
                ty.add(techniques.indexOf(s.technique()));
            }
        }
        float[][] txa = tx.toArray(float[][]::new);
        int[] tya = ty.stream().mapToInt(Integer::intValue).toArray();
        SoftmaxRegression techniqueHead = null;
        double bestAccuracy = -1;
        for (double l2 : L2_CANDIDATES) {
            SoftmaxRegression h = SoftmaxRegression.fit(txa, tya, techniques.size(), TECHNIQUE_OPTIONS.withL2(l2));
            RhetoricModel m = new RhetoricModel(NAME, spanHead, h, techniques, 0.5, insideRate);
            double acc = techniqueMicroF1(m, data, cal);
            report.add(String.format(Locale.ROOT, "technique head l2=%g: calibration micro-F1 on gold spans %.3f", l2, acc));
            log.println("[train] " + report.get(report.size() - 1));
            if (acc > bestAccuracy) {
                bestAccuracy = acc;
                techniqueHead = h;
            }
        }
        report.add(String.format(Locale.ROOT, "technique head: %d gold spans, %d features, fitted in %.1f s",
                tx.size(), txa[0].length, (System.nanoTime() - t1) / 1e9));

        RhetoricModel model = new RhetoricModel(NAME, spanHead, techniqueHead, techniques, 0.5, insideRate);
        Map<Integer, Map<Integer, double[]>> insideCache = new HashMap<>();
        double bestThreshold = 0.5;
        double bestF1 = -1;
        for (int step = 6; step <= 18; step++) {
            double t = step * 0.05;
            double f1 = PtcScorer.spanIdentification(predict(model.withThreshold(t), data, cal, insideCache, false),
                    gold(data, cal)).f1();
            report.add(String.format(Locale.ROOT, "  span threshold %.2f: calibration SI F1 %.3f", t, f1));
            if (f1 > bestF1) {
                bestF1 = f1;
                bestThreshold = t;
            }
        }
        model = model.withThreshold(bestThreshold);
        report.add(String.format(Locale.ROOT, "span threshold: %.2f (best calibration SI F1)", bestThreshold));
        log.println("[train] " + report.get(report.size() - 1));
        if (!dev.isEmpty()) {
            Map<String, List<PtcCorpus.Span>> predicted = predict(model, data, dev, insideCache, true);
            PtcScorer.Score si = PtcScorer.spanIdentification(predicted, gold(data, dev));
            PtcScorer.Score flc = PtcScorer.spanAndTechnique(predicted, gold(data, dev));
            report.add(String.format(Locale.ROOT, "dev (model alone, PTC lines as sentences): SI P %.3f R %.3f F1 %.3f; "
                    + "span+technique F1 %.3f; technique micro-F1 on gold spans %.3f",
                    si.precision(), si.recall(), si.f1(), flc.f1(), techniqueMicroF1(model, data, dev)));
            log.println("[train] " + report.get(report.size() - 1));
        }
        return new Result(model, report);
    }

    static boolean insideGold(PtcCorpus.Article a, int start, int end) {
        for (PtcCorpus.Span s : a.spans()) {
            if (s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, List<PtcCorpus.Span>> gold(Encoded data, List<Integer> idx) {
        Map<String, List<PtcCorpus.Span>> out = new HashMap<>();
        idx.forEach(i -> out.put(data.articles().get(i).id(), data.articles().get(i).spans()));
        return out;
    }

    /** Model spans of the given articles; with {@code techniques}, each labelled by the technique head. */
    private static Map<String, List<PtcCorpus.Span>> predict(RhetoricModel model, Encoded data, List<Integer> idx,
                                                             Map<Integer, Map<Integer, double[]>> insideCache,
                                                             boolean techniques) {
        Map<String, List<PtcCorpus.Span>> out = new HashMap<>();
        for (int a : idx) {
            PtcCorpus.Article article = data.articles().get(a);
            List<SentenceEncoding> encs = data.encodings().get(a);
            List<PtcCorpus.Span> spans = new ArrayList<>();
            for (int l = 0; l < encs.size(); l++) {
                SentenceEncoding e = encs.get(l);
                double[] p = insideCache.computeIfAbsent(a, k -> new HashMap<>())
                        .computeIfAbsent(l, k -> model.insideProbabilities(e));
                for (RhetoricModel.Found f : RhetoricModel.decode(article.text(), e, p, model.threshold())) {
                    String technique = techniques ? model.classify(article.text(), f.start(), f.end(), encs).technique()
                            : "propaganda";
                    spans.add(new PtcCorpus.Span(f.start(), f.end(), technique));
                }
            }
            out.put(article.id(), spans);
        }
        return out;
    }

    private static double techniqueMicroF1(RhetoricModel model, Encoded data, List<Integer> idx) {
        List<String> predicted = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        for (int a : idx) {
            PtcCorpus.Article article = data.articles().get(a);
            for (PtcCorpus.Span s : article.spans()) {
                predicted.add(model.classify(article.text(), s.start(), s.end(), data.encodings().get(a)).technique());
                gold.add(s.technique());
            }
        }
        return PtcScorer.techniqueMicroF1(predicted, gold);
    }

    /** Writes the weights file with the report as comments. */
    public static void write(Result r, Path out) throws IOException {
        List<String> comments = new ArrayList<>();
        comments.add("newsift rhetoric model " + NAME + ": written by `newsift train rhetoric`; see docs/models.md");
        comments.add("span head: outside/inside over [wordpiece state, mean state of +-2 wordpieces, sentence embedding] of all-MiniLM-L6-v2 (quantized)");
        comments.add("technique head: 14 PTC techniques over [mean state of the span, sentence embedding, 5 surface figures]");
        comments.addAll(r.report());
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, r.model().write(comments));
    }
}
