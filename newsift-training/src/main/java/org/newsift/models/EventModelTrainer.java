package org.newsift.models;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Trains {@link MiniLmEventClassifier} ({@code newsift train event-types}). Examples: the title and the lead
 * sentence of each NGEC synthetic story in the TRAIN part of the fixed split (buckets 20-99, as the
 * evaluation's {@link NgecSynthetic#isDev}), labelled with the story's PLOVER type; NONE examples: one
 * in six (by hash) of the sentences of Reuters-21578 stories tagged only {@code earn} or {@code acq}
 * (company results and takeovers: no political event, but the reporting verbs, figures and quotes that
 * the model meets in news), from {@code reut2-005.sgm} on (the evaluation and benchmark use the first
 * files). Buckets 20-29 of either source are held out to pick the threshold; the head is fitted on
 * the rest. The dev part (buckets 0-19) is only scored. Deterministic: no randomness at all.
 */
public final class EventModelTrainer {
    /** Relative to the data dir. */
    public static final Path NGEC = Path.of("events", "ngec", "gpt_synthetic_events_2023-10-19_19.csv.zip");
    public static final Path REUTERS = Path.of("corpora", "reuters21578");
    /** Model name written into the weights and every explanation. */
    public static final String NAME = "minilm-plover-1";
    /** Held out of the fit to choose the threshold: train buckets [20, 30). */
    static final int CALIBRATION_END = 30;
    /** The threshold is the lowest whose held-out precision reaches this. */
    public static final double TARGET_PRECISION = 0.85;
    private static final Set<String> NONE_TOPICS = Set.of("earn", "acq");
    private static final int NONE_FIRST_FILE = 5;
    /** One Reuters sentence in this many (by hash) becomes a NONE example. */
    private static final int NONE_SAMPLE = 6;
    /** L2 strengths tried, weakest first. */
    static final double[] L2_CANDIDATES = {1e-3, 1e-2, 3e-2, 1e-1};

    private EventModelTrainer() {
    }

    /** A labelled text; {@code bucket} places it in the split (0-19 dev, 20-29 calibration, 30-99 fit). */
    public record Example(String text, String label, int bucket) {
    }

    /** The trained model and the numbers worth printing. */
    public record Result(MiniLmEventClassifier model, List<String> report) {
    }

    /** The first sentence of {@code text}, by {@link BreakIterator} (English rules), stripped. */
    public static String leadSentence(String text) {
        String t = text.strip();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(t);
        int end = it.next();
        String s = end == BreakIterator.DONE ? t : t.substring(0, end);
        return s.replaceAll("\\s+", " ").strip();
    }

    /** NGEC examples: each story's title and lead sentence, with the story's label and bucket. */
    public static List<Example> ngecExamples(List<NgecSynthetic.Story> stories) {
        List<Example> out = new ArrayList<>();
        for (NgecSynthetic.Story s : stories) {
            if (!PloverRoots.CAMEO.containsKey(s.label())) {
                continue;
            }
            int bucket = NgecSynthetic.bucket(s.text());
            if (!s.title().isBlank()) {
                out.add(new Example(s.title(), s.label(), bucket));
            }
            String lead = leadSentence(s.text());
            if (!lead.isBlank()) {
                out.add(new Example(lead, s.label(), bucket));
            }
        }
        return out;
    }

    /** NONE examples from Reuters-21578 (see the class comment). */
    public static List<Example> noneExamples(Path reutersDir) throws IOException {
        List<Example> out = new ArrayList<>();
        List<Path> files = ReutersCorpus.files(reutersDir);
        for (Path f : files.subList(Math.min(NONE_FIRST_FILE, files.size()), files.size())) {
            for (ReutersCorpus.Story s : ReutersCorpus.parse(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1))) {
                if (!s.hasBody() || s.topics().isEmpty() || !NONE_TOPICS.containsAll(s.topics())) {
                    continue;
                }
                int story = NgecSynthetic.bucket(s.body());
                for (String sentence : sentences(s.body())) {
                    // one sentence in NONE_SAMPLE, spread by hash; split by the story, like the NGEC stories
                    if (sentence.length() >= 30 && NgecSynthetic.bucket(sentence) % NONE_SAMPLE == 0) {
                        out.add(new Example(sentence, MiniLmEventClassifier.NONE_LABEL, story));
                    }
                }
            }
        }
        return out;
    }

    /** The sentences of {@code text}, by {@link BreakIterator} (English rules), whitespace collapsed. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String s = text.substring(start, end).replaceAll("\\s+", " ").strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Reads the data dir, trains, and returns the model with its report. */
    public static Result train(Path dataDir, PrintStream log) throws IOException {
        long t0 = System.nanoTime();
        List<NgecSynthetic.Story> stories = NgecSynthetic.readZip(dataDir.resolve(NGEC));
        List<Example> examples = new ArrayList<>(ngecExamples(stories));
        Path reuters = dataDir.resolve(REUTERS);
        if (Files.isDirectory(reuters)) {
            examples.addAll(noneExamples(reuters));
        } else {
            log.println("[train] no " + reuters + ": training without a NONE class");
        }
        log.printf(Locale.ROOT, "[train] %d stories, %d examples read in %.1f s%n", stories.size(), examples.size(),
                (System.nanoTime() - t0) / 1e9);
        return train(examples, MiniLmEventClassifier.miniLm(), SoftmaxRegression.Options.DEFAULT, log);
    }

    /** Embeds the examples, fits on buckets 30-99, picks the threshold on 20-29, scores on 0-19. */
    public static Result train(List<Example> examples, MiniLmEventClassifier.Encoder encoder,
                               SoftmaxRegression.Options options, PrintStream log) {
        List<String> labels = new ArrayList<>(PloverRoots.types());
        if (examples.stream().anyMatch(e -> e.label().equals(MiniLmEventClassifier.NONE_LABEL))) {
            labels.add(MiniLmEventClassifier.NONE_LABEL);
        }
        labels.removeIf(l -> examples.stream().noneMatch(e -> e.label().equals(l)));
        List<String> report = new ArrayList<>();
        long t0 = System.nanoTime();
        float[][] x = new float[examples.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = encoder.embed(examples.get(i).text());
        }
        double embedSeconds = (System.nanoTime() - t0) / 1e9;
        report.add(String.format(Locale.ROOT, "embedded %d examples in %.1f s (%.1f ms each)", x.length, embedSeconds,
                1000 * embedSeconds / Math.max(1, x.length)));
        List<Integer> fit = new ArrayList<>();
        List<Integer> cal = new ArrayList<>();
        List<Integer> dev = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            int b = examples.get(i).bucket();
            (b < 20 ? dev : b < CALIBRATION_END ? cal : fit).add(i);
        }
        Map<String, Integer> all = new LinkedHashMap<>();
        examples.forEach(e -> all.merge(e.label(), 1, Integer::sum));
        report.add("examples per label (all parts): " + all);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i : fit) {
            counts.merge(examples.get(i).label(), 1, Integer::sum);
        }
        report.add(String.format(Locale.ROOT, "split: %d fit (buckets 30-99), %d calibration (20-29), %d dev (0-19)",
                fit.size(), cal.size(), dev.size()));
        report.add("fit examples per label: " + counts);
        long t1 = System.nanoTime();
        float[][] fx = fit.stream().map(i -> x[i]).toArray(float[][]::new);
        int[] fy = fit.stream().mapToInt(i -> labels.indexOf(examples.get(i).label())).toArray();
        // L2 strength: the candidate with the best calibration macro-F1 (argmax), ties to the stronger
        SoftmaxRegression head = null;
        SoftmaxRegression.Options chosen = options;
        double bestF1 = -1;
        for (double l2 : L2_CANDIDATES) {
            SoftmaxRegression.Options o = options.withL2(l2);
            SoftmaxRegression h = SoftmaxRegression.fit(fx, fy, labels.size(), o);
            double f1 = cal.isEmpty() ? 0 : macroF1(h, x, examples, cal, labels, 0);
            report.add(String.format(Locale.ROOT, "l2=%g: calibration macro-F1 (argmax) %.3f", l2, f1));
            if (f1 >= bestF1) {
                bestF1 = f1;
                head = h;
                chosen = o;
            }
        }
        options = chosen;
        report.add(String.format(Locale.ROOT, "fitted softmax regression (%d classes x %d features, l2=%g, lr=%g, %d iterations) in %.1f s",
                labels.size(), fx[0].length, options.l2(), options.learningRate(), options.iterations(), (System.nanoTime() - t1) / 1e9));
        report.add(String.format(Locale.ROOT, "fit accuracy (argmax): %.3f", accuracy(head, x, examples, fit, labels)));

        // threshold: the lowest (step 0.05) whose calibration precision reaches TARGET_PRECISION
        double threshold = 0.95;
        report.add("calibration (buckets 20-29): threshold, precision, coverage of event examples");
        for (int step = 0; step <= 18; step++) {
            double t = 0.05 * step;
            double[] pc = precisionCoverage(head, x, examples, cal, labels, t);
            report.add(String.format(Locale.ROOT, "  t=%.2f precision=%.3f coverage=%.3f", t, pc[0], pc[1]));
            if (pc[0] >= TARGET_PRECISION && t < threshold && !Double.isNaN(pc[0])) {
                threshold = Math.min(threshold, t);
            }
        }
        report.add(String.format(Locale.ROOT, "threshold: %.2f (lowest with calibration precision >= %.2f)", threshold, TARGET_PRECISION));
        if (!dev.isEmpty()) {
            report.add(String.format(Locale.ROOT, "dev (buckets 0-19) macro-F1 over the PLOVER types: argmax %.3f, thresholded %.3f; accuracy (argmax) %.3f",
                    macroF1(head, x, examples, dev, labels, 0), macroF1(head, x, examples, dev, labels, threshold),
                    accuracy(head, x, examples, dev, labels)));
            double[] pc = precisionCoverage(head, x, examples, dev, labels, threshold);
            report.add(String.format(Locale.ROOT, "dev at the threshold: precision %.3f, coverage %.3f", pc[0], pc[1]));
        }
        MiniLmEventClassifier model = new MiniLmEventClassifier(NAME, labels, head, threshold, encoder);
        report.forEach(l -> log.println("[train] " + l));
        return new Result(model, report);
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }

    private static double accuracy(SoftmaxRegression head, float[][] x, List<Example> ex, List<Integer> idx, List<String> labels) {
        long ok = idx.stream().filter(i -> labels.get(argmax(head.probabilities(x[i]))).equals(ex.get(i).label())).count();
        return idx.isEmpty() ? Double.NaN : (double) ok / idx.size();
    }

    /** Predicted label at threshold t, or NONE. */
    private static String predict(SoftmaxRegression head, float[] x, List<String> labels, double t) {
        double[] p = head.probabilities(x);
        int k = argmax(p);
        return p[k] >= t ? labels.get(k) : MiniLmEventClassifier.NONE_LABEL;
    }

    /** Precision of event predictions (over all examples), and the share of event examples predicted correctly. */
    private static double[] precisionCoverage(SoftmaxRegression head, float[][] x, List<Example> ex, List<Integer> idx,
                                              List<String> labels, double t) {
        int predicted = 0;
        int correct = 0;
        int events = 0;
        for (int i : idx) {
            String gold = ex.get(i).label();
            String p = predict(head, x[i], labels, t);
            if (!gold.equals(MiniLmEventClassifier.NONE_LABEL)) {
                events++;
            }
            if (!p.equals(MiniLmEventClassifier.NONE_LABEL)) {
                predicted++;
                if (p.equals(gold)) {
                    correct++;
                }
            }
        }
        return new double[]{predicted == 0 ? Double.NaN : (double) correct / predicted, events == 0 ? 0 : (double) correct / events};
    }

    /** Macro-F1 over the PLOVER types present among the gold labels (NONE is not a type). */
    static double macroF1(SoftmaxRegression head, float[][] x, List<Example> ex, List<Integer> idx, List<String> labels, double t) {
        Map<String, int[]> c = new LinkedHashMap<>(); // tp, fp, fn
        for (int i : idx) {
            String gold = ex.get(i).label();
            String p = predict(head, x[i], labels, t);
            if (!gold.equals(MiniLmEventClassifier.NONE_LABEL)) {
                c.computeIfAbsent(gold, k -> new int[3]);
            }
            if (p.equals(gold)) {
                if (!gold.equals(MiniLmEventClassifier.NONE_LABEL)) {
                    c.get(gold)[0]++;
                }
            } else {
                if (!p.equals(MiniLmEventClassifier.NONE_LABEL)) {
                    c.computeIfAbsent(p, k -> new int[3])[1]++;
                }
                if (!gold.equals(MiniLmEventClassifier.NONE_LABEL)) {
                    c.get(gold)[2]++;
                }
            }
        }
        return c.values().stream().mapToDouble(v -> v[0] == 0 ? 0 : 2.0 * v[0] / (2.0 * v[0] + v[1] + v[2])).average().orElse(Double.NaN);
    }

    /** Writes the weights file with the report as comments. */
    public static void write(Result r, Path out) throws IOException {
        List<String> comments = new ArrayList<>();
        comments.add("newsift event model " + NAME + ": written by `newsift train event-types`; see docs/models.md");
        comments.add("rows: label, " + r.model().head().features() + " weights on the all-MiniLM-L6-v2 (quantized) embedding, bias");
        comments.addAll(r.report());
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, r.model().write(comments));
    }

}
