package org.newsift.models.finetune;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A fine-tuned encoder with a classification head, served on ONNX Runtime in this process: the serving half
 * of newsift's one fine-tuning path ({@link FineTuner} is the training half). A model is two files: the ONNX
 * graph and its card ({@link ModelCard}: labels, tokenizer, length limit, calibration). Thread-safe; load once.
 */
public final class FineTunedClassifier {
    /** Inputs per ONNX Runtime call: enough to amortise the call, few enough to pad little. */
    private static final int BATCH = 8;
    private final ModelCard card;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;

    private FineTunedClassifier(ModelCard card, byte[] onnx) {
        this.card = card;
        try (InputStream vocab = resource(card.tokenizer())) {
            env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // one document per worker thread: more threads per call would oversubscribe the cores
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            session = env.createSession(onnx, options);
            tokenizer = HuggingFaceTokenizer.newInstance(vocab, Map.of("padding", "false", "truncation", "true",
                    "maxLength", String.valueOf(card.maxLength())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer " + card.tokenizer(), e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the model: " + e.getMessage(), e);
        }
    }

    /** The model whose two files are classpath resources {@code prefix + ".onnx"} and {@code prefix + ".json"}. */
    public static FineTunedClassifier fromResources(String prefix) {
        try (InputStream onnx = resource(prefix + ".onnx"); InputStream json = resource(prefix + ".json")) {
            return new FineTunedClassifier(ModelCard.read(json), onnx.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in model " + prefix, e);
        }
    }

    /** The model in {@code dir} ({@code model.onnx}, {@code model.json}), as {@link FineTuner} writes it. */
    public static FineTunedClassifier fromDirectory(Path dir) throws IOException {
        try (InputStream json = Files.newInputStream(dir.resolve(ModelCard.FILE))) {
            return new FineTunedClassifier(ModelCard.read(json), Files.readAllBytes(dir.resolve(FineTuner.ONNX)));
        }
    }

    public ModelCard card() {
        return card;
    }

    /** Calibrated probabilities that each input (a text, or a text and a second segment) is of the positive class. */
    public double[] probabilities(List<TextPair> inputs) {
        double[] margins = margins(inputs);
        double[] out = new double[margins.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = card.calibration().probability(margins[i]);
        }
        return out;
    }

    /**
     * Uncalibrated log-odds of the positive (last) label against the others, for calibration itself. Inputs run
     * in batches of similar length ({@value #BATCH} at most), so that a long sentence does not pad every short one.
     */
    public double[] margins(List<TextPair> inputs) {
        long[][] ids = new long[inputs.size()][];
        long[][] types = new long[inputs.size()][];
        for (int i = 0; i < ids.length; i++) {
            TextPair p = inputs.get(i);
            Encoding enc = p.second() == null ? tokenizer.encode(p.first()) : tokenizer.encode(p.first(), p.second());
            ids[i] = enc.getIds();
            types[i] = enc.getTypeIds();
        }
        Integer[] byLength = new Integer[ids.length];
        for (int i = 0; i < byLength.length; i++) {
            byLength[i] = i;
        }
        Arrays.sort(byLength, Comparator.comparingInt(i -> ids[i].length));
        double[] margins = new double[ids.length];
        for (int from = 0; from < byLength.length; from += BATCH) {
            Integer[] batch = Arrays.copyOfRange(byLength, from, Math.min(byLength.length, from + BATCH));
            float[][] logits = run(Arrays.stream(batch).map(i -> ids[i]).toArray(long[][]::new),
                    Arrays.stream(batch).map(i -> types[i]).toArray(long[][]::new));
            for (int k = 0; k < batch.length; k++) {
                margins[batch[k]] = logOdds(logits[k]);
            }
        }
        return margins;
    }

    /** log P(last label) - log P(any other label), from the logits. */
    private static double logOdds(float[] logits) {
        int last = logits.length - 1;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < last; j++) {
            max = Math.max(max, logits[j]);
        }
        double others = 0;
        for (int j = 0; j < last; j++) {
            others += Math.exp(logits[j] - max);
        }
        return logits[last] - (max + Math.log(others));
    }

    private float[][] run(long[][] ids, long[][] types) {
        int n = ids.length;
        int width = Arrays.stream(ids).mapToInt(x -> x.length).max().orElse(0);
        long[] flatIds = new long[n * width];
        long[] flatMask = new long[n * width];
        long[] flatTypes = new long[n * width];
        for (int i = 0; i < n; i++) {
            System.arraycopy(ids[i], 0, flatIds, i * width, ids[i].length);
            System.arraycopy(types[i], 0, flatTypes, i * width, types[i].length);
            for (int j = 0; j < ids[i].length; j++) {
                flatMask[i * width + j] = 1;
            }
        }
        long[] shape = {n, width};
        try (OnnxTensor idT = OnnxTensor.createTensor(env, LongBuffer.wrap(flatIds), shape);
             OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(flatMask), shape);
             OnnxTensor typeT = OnnxTensor.createTensor(env, LongBuffer.wrap(flatTypes), shape);
             OrtSession.Result result = session.run(Map.of("input_ids", idT, "attention_mask", maskT,
                     "token_type_ids", typeT))) {
            return (float[][]) result.get(0).getValue();
        } catch (OrtException e) {
            throw new IllegalStateException("model inference failed: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = FineTunedClassifier.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath");
        }
        return in;
    }

    /** One input: a text, and an optional second segment (the tokenizer's sentence pair). */
    public record TextPair(String first, String second) {
    }

}
