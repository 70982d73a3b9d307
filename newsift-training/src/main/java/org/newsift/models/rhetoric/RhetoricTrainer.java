package org.newsift.models.rhetoric;

import org.newsift.models.ReutersCorpus;
import org.newsift.models.finetune.Calibration;
import org.newsift.models.finetune.FineTunedClassifier;
import org.newsift.models.finetune.FineTuner;
import org.newsift.models.finetune.ModelCard;
import org.newsift.models.finetune.Reliability;
import org.newsift.rhetoric.Technique;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Trains the rhetoric models through the project's one fine-tuning path (docs/models.md). {@code newsift train
 * rhetoric} trains the {@link TechniqueHead} on every gold span of the PTC training articles with its line; the
 * span tagger is the {@code spans} head of the sentence model (SentenceModelTrainer), which uses this class's
 * examples and span calibration. Split by article ({@link PtcCorpus#bucket}): buckets 30-99 train, 20-29 choose the
 * inside threshold, calibrate the span scores and choose the threshold, 0-19 are dev (scored by {@code eval/run}
 * only). Deterministic.
 */
public final class RhetoricTrainer {
    public static final String TECHNIQUES = "techniques";
    /** The span threshold is chosen so that at least this share of calibration spans is right. */
    static final double PRECISION = 0.5;
    /** A span is right when at least this share of its characters lies in gold spans. */
    public static final double RIGHT_OVERLAP = 0.5;
    /** Inside thresholds tried on the calibration articles. */
    static final double[] INSIDE_CANDIDATES = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5};
    /** The inside threshold must give at least this span-identification precision on the calibration articles. */
    static final double MIN_SI_PRECISION = 0.4;
    /** Reuters-21578 stories from this NEWID on give the straight-news sentences (eval/run samples lower ids). */
    public static final int REUTERS_FIRST_ID = 15000;
    static final int REUTERS_STORIES = 200;

    private RhetoricTrainer() {
    }

    /** Trains the technique head into {@code out/techniques} and returns its card. */
    public static ModelCard train(Path dataDir, FineTuner.Settings settings, Path out, PrintStream log)
            throws IOException, InterruptedException {
        List<PtcCorpus.Article> articles = PtcCorpus.read(dataDir.resolve(PtcCorpus.DIR));
        List<PtcCorpus.Article> fit = between(articles, PtcCorpus.CALIBRATION_END, 100);
        List<PtcCorpus.Article> calibration = between(articles, PtcCorpus.DEV_END, PtcCorpus.CALIBRATION_END);
        List<FineTuner.Example> techniques = new ArrayList<>();
        fit.forEach(a -> techniques.addAll(techniqueExamples(a)));
        log.printf(Locale.ROOT, "[train] %d PTC articles train (buckets 30-99), %d score (20-29); technique head: %d gold spans%n",
                fit.size(), calibration.size(), techniques.size());
        ModelCard card = new FineTuner(settings).trainLabels("rhetoric-techniques",
                Arrays.stream(Technique.values()).map(Technique::label).toList(), techniques, out.resolve(TECHNIQUES));
        return scoreTechniques(card, out.resolve(TECHNIQUES), calibration, log);
    }

    /** The PTC articles of the training part (buckets 30-99). */
    public static List<PtcCorpus.Article> trainingArticles(List<PtcCorpus.Article> articles) {
        return between(articles, PtcCorpus.CALIBRATION_END, 100);
    }

    /** The PTC articles of the calibration part (buckets 20-29). */
    public static List<PtcCorpus.Article> calibrationArticles(List<PtcCorpus.Article> articles) {
        return between(articles, PtcCorpus.DEV_END, PtcCorpus.CALIBRATION_END);
    }

    static List<PtcCorpus.Article> between(List<PtcCorpus.Article> articles, int from, int to) {
        return articles.stream().filter(a -> a.bucket() >= from && a.bucket() < to).toList();
    }

    /** One example per line, marked where gold spans of any technique cover it. */
    public static List<FineTuner.TokenExample> tokenExamples(PtcCorpus.Article a) {
        List<FineTuner.TokenExample> out = new ArrayList<>();
        for (PtcLine line : PtcLine.of(a)) {
            List<int[]> inside = new ArrayList<>();
            for (PtcCorpus.Span s : a.spans()) {
                int[] r = line.charRange(s.start(), s.end());
                if (r != null) {
                    inside.add(r);
                }
            }
            out.add(new FineTuner.TokenExample(line.text(), inside));
        }
        return out;
    }

    /** Each gold span with the line it starts in (its first line's words, where it runs on). */
    static List<FineTuner.Example> techniqueExamples(PtcCorpus.Article a) {
        List<FineTuner.Example> out = new ArrayList<>();
        List<PtcLine> lines = PtcLine.of(a);
        for (PtcCorpus.Span s : a.spans()) {
            Technique t = Technique.ofLabel(s.technique()).orElse(null);
            PtcLine line = lines.stream().filter(l -> l.start() <= s.start() && s.start() < l.end()).findFirst().orElse(null);
            if (t == null || line == null) {
                continue;
            }
            int[] r = line.charRange(s.start(), s.end());
            out.add(new FineTuner.Example(line.text().substring(r[0], r[1]), line.text(), t.ordinal()));
        }
        return out;
    }

    /** Sentences of straight wire copy: Reuters-21578 story bodies from {@value #REUTERS_FIRST_ID} on. */
    public static List<String> wireSentences(Path reuters) throws IOException {
        List<String> out = new ArrayList<>();
        try (var stories = ReutersCorpus.stories(reuters)) {
            for (ReutersCorpus.Story s : stories.filter(st -> st.id() >= REUTERS_FIRST_ID && st.hasBody())
                    .limit(REUTERS_STORIES).toList()) {
                String body = s.body().replaceAll("\\s+", " ").trim();
                BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
                it.setText(body);
                for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                    String sentence = body.substring(start, end).trim();
                    if (sentence.split(" ").length >= 5) {
                        out.add(sentence);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Chooses the inside threshold on the calibration articles (the one of {@link #INSIDE_CANDIDATES} with the best
     * span-identification F1 among those whose precision reaches {@value #MIN_SI_PRECISION}), then fits the span
     * scores there and chooses the output threshold for {@value #PRECISION}.
     */
    public static ModelCard calibrateSpans(ModelCard card, Function<List<String>, List<FineTunedClassifier.TokenScores>> tagger,
                                           List<PtcCorpus.Article> articles, PrintStream log) {
        List<List<PtcLine>> lines = articles.stream().map(PtcLine::of).toList();
        List<List<FineTunedClassifier.TokenScores>> tokens = lines.stream()
                .map(l -> tagger.apply(l.stream().map(PtcLine::text).toList())).toList();
        Map<String, List<PtcCorpus.Span>> gold = new LinkedHashMap<>();
        articles.forEach(a -> gold.put(a.id(), a.spans()));
        double inside = INSIDE_CANDIDATES[INSIDE_CANDIDATES.length - 1];
        double bestF1 = -1;
        for (double candidate : INSIDE_CANDIDATES) {
            Map<String, List<PtcCorpus.Span>> predicted = new LinkedHashMap<>();
            for (int a = 0; a < articles.size(); a++) {
                List<PtcCorpus.Span> spans = new ArrayList<>();
                for (Located f : decode(lines.get(a), tokens.get(a), candidate)) {
                    spans.add(new PtcCorpus.Span(f.start(), f.end(), "propaganda"));
                }
                predicted.put(articles.get(a).id(), spans);
            }
            PtcScorer.Score si = PtcScorer.spanIdentification(predicted, gold);
            log.printf(Locale.ROOT, "[train] inside from %.2f: %d spans, SI P %.3f R %.3f F1 %.3f%n", candidate,
                    predicted.values().stream().mapToInt(List::size).sum(), si.precision(), si.recall(), si.f1());
            if (si.precision() >= MIN_SI_PRECISION && si.f1() > bestF1) {
                bestF1 = si.f1();
                inside = candidate;
            }
        }
        List<Located> spans = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            for (Located f : decode(lines.get(a), tokens.get(a), inside)) {
                spans.add(f.judged(goldShare(articles.get(a), f.start(), f.end()) >= RIGHT_OVERLAP));
            }
        }
        SpanCalibration calibration = new SpanCalibration(fit(spans, false), fit(spans, true));
        double[] p = spans.stream().mapToDouble(f -> calibration.probability(f.margin(), f.oneWord())).toArray();
        boolean[] r = new boolean[spans.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = spans.get(i).right();
        }
        Reliability reliability = new Reliability(p, r);
        double threshold = reliability.thresholdFor(PRECISION);
        Map<String, Object> scores = new LinkedHashMap<>(reliability.summary(threshold));
        scores.put("calibration_spans", r.length);
        scores.put("calibration_one_word_spans", spans.stream().filter(Located::oneWord).count());
        scores.put("calibration_articles", articles.size());
        log.printf(Locale.ROOT, "[train] inside from %.2f; span calibration on %d spans of %d articles, threshold %.2f:%n%s%n",
                inside, r.length, articles.size(), threshold, reliability.table());
        return card.with(calibration.longer(), threshold, scores).withInsideThreshold(inside)
                .withOneWordCalibration(calibration.oneWord());
    }

    /** Platt scaling of the spans of one word ({@code oneWord}) or of the longer ones. */
    private static Calibration fit(List<Located> spans, boolean oneWord) {
        List<Located> kind = spans.stream().filter(f -> f.oneWord() == oneWord).toList();
        boolean[] right = new boolean[kind.size()];
        for (int i = 0; i < right.length; i++) {
            right[i] = kind.get(i).right();
        }
        return Calibration.fit(kind.stream().mapToDouble(Located::margin).toArray(), right);
    }

    /** A span in article code points, with its mean log-odds, whether it is one word, and whether it is right. */
    private record Located(int start, int end, double margin, boolean oneWord, boolean right) {
        Located judged(boolean isRight) {
            return new Located(start, end, margin, oneWord, isRight);
        }
    }

    private static List<Located> decode(List<PtcLine> lines, List<FineTunedClassifier.TokenScores> tokens, double inside) {
        List<Located> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PtcLine line = lines.get(i);
            for (SpanTagger.Found f : SpanTagger.decode(line.text(), tokens.get(i), inside, SpanCalibration.IDENTITY)) {
                out.add(new Located(line.codePoint(f.start()), line.codePoint(f.end()), f.margin(),
                        SpanTagger.isOneWord(line.text(), f.start(), f.end()), false));
            }
        }
        return out;
    }

    /** The technique head's accuracy on the calibration articles' gold spans, written into its card. */
    static ModelCard scoreTechniques(ModelCard card, Path dir, List<PtcCorpus.Article> articles, PrintStream log)
            throws IOException {
        TechniqueHead head = new TechniqueHead(FineTunedClassifier.fromDirectory(dir));
        List<FineTuner.Example> gold = new ArrayList<>();
        articles.forEach(a -> gold.addAll(techniqueExamples(a)));
        List<TechniqueHead.Scored> predicted = head.classify(gold.stream()
                .map(e -> new TechniqueHead.Query(e.first(), e.second())).toList());
        int right = 0;
        for (int i = 0; i < gold.size(); i++) {
            right += predicted.get(i).technique().equals(card.labels().get(gold.get(i).label())) ? 1 : 0;
        }
        double accuracy = gold.isEmpty() ? 0 : (double) right / gold.size();
        log.printf(Locale.ROOT, "[train] technique head: %d of %d calibration gold spans right (%.4f)%n", right,
                gold.size(), accuracy);
        ModelCard scored = card.with(card.calibration(), card.threshold(),
                Map.of("calibration_spans", gold.size(), "technique_accuracy", Math.round(accuracy * 10000) / 10000.0));
        scored.write(dir.resolve(ModelCard.FILE));
        return scored;
    }

    /** The share of {@code [start, end)} (code points) that gold spans of any technique cover. */
    public static double goldShare(PtcCorpus.Article a, int start, int end) {
        if (end <= start) {
            return 0;
        }
        boolean[] covered = new boolean[end - start];
        for (PtcCorpus.Span s : a.spans()) {
            for (int i = Math.max(start, s.start()); i < Math.min(end, s.end()); i++) {
                covered[i - start] = true;
            }
        }
        int n = 0;
        for (boolean c : covered) {
            n += c ? 1 : 0;
        }
        return (double) n / covered.length;
    }
}
