package org.newsift.models.finetune;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.newsift.encoding.SentenceReading;
import org.newsift.models.ModelFiles;
import org.newsift.pipeline.AnalysisInterrupted;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fine-tuned encoder with a classification head, served on ONNX Runtime in this process: the serving half
 * of newsift's one fine-tuning path (newsift-training's {@code FineTuner} is the training half). A model is two
 * files: the ONNX graph and its card ({@link ModelCard}: labels, tokenizer, length limit, calibration).
 * Thread-safe; load once.
 */
public final class FineTunedClassifier {
    /** The ONNX graph's file name in a model directory. */
    public static final String ONNX = "model.onnx";
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
            // the weights are stored as int8 behind DequantizeLinear: without this, ONNX Runtime keeps those nodes
            // (as if for quantized kernels) and dequantizes every weight on every call; with it, they fold into
            // float constants once, when the session is built
            options.addConfigEntry("session.disable_quant_qdq", "1");
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

    /** The model in {@code dir} ({@code model.onnx}, {@code model.json}), as newsift-training's FineTuner writes it. */
    public static FineTunedClassifier fromDirectory(Path dir) throws IOException {
        try (InputStream json = Files.newInputStream(dir.resolve(ModelCard.FILE))) {
            return new FineTunedClassifier(ModelCard.read(json), Files.readAllBytes(dir.resolve(ONNX)));
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

    /** Uncalibrated log-odds of the positive (last) label against the others, for calibration itself. */
    public double[] margins(List<TextPair> inputs) {
        float[][] logits = sequenceLogits(inputs);
        double[] margins = new double[logits.length];
        for (int i = 0; i < margins.length; i++) {
            margins[i] = logOdds(logits[i]);
        }
        return margins;
    }

    /** For a head over several labels: each input's probability of each label (the softmax of its logits). */
    public double[][] distributions(List<TextPair> inputs) {
        return Arrays.stream(sequenceLogits(inputs)).map(FineTunedClassifier::softmax).toArray(double[][]::new);
    }

    /**
     * Each text read once, with every head's logits (a model of one head has the head "logits") (a sequence head's for the text,
     * a token head's for each wordpiece; special tokens left out). A text longer than the length limit is read up
     * to it.
     */
    public List<SentenceReading> read(List<String> texts) {
        Encoding[] encodings = texts.stream().map(tokenizer::encode).toArray(Encoding[]::new);
        List<Map<String, Object>> outputs = new ArrayList<>(Collections.nCopies(encodings.length, null));
        inBatches(encodings, (batch, ids, types) -> {
            Map<String, Object> out = runAll(ids, types);
            for (int k = 0; k < batch.length; k++) {
                Map<String, Object> mine = new LinkedHashMap<>();
                for (Map.Entry<String, Object> e : out.entrySet()) {
                    mine.put(e.getKey(), Array.get(e.getValue(), k));
                }
                outputs.set(batch[k], mine);
            }
        });
        List<SentenceReading> readings = new ArrayList<>(encodings.length);
        for (int i = 0; i < encodings.length; i++) {
            readings.add(reading(encodings[i], outputs.get(i)));
        }
        return readings;
    }

    private static SentenceReading reading(Encoding enc, Map<String, Object> outputs) {
        int[] kept = wordpieces(enc);
        var spans = enc.getCharTokenSpans();
        Map<String, float[]> sentence = new LinkedHashMap<>();
        Map<String, float[][]> tokens = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : outputs.entrySet()) {
            if (e.getValue() instanceof float[][] perToken) {
                tokens.put(e.getKey(), Arrays.stream(kept).mapToObj(i -> perToken[i]).toArray(float[][]::new));
            } else {
                sentence.put(e.getKey(), (float[]) e.getValue());
            }
        }
        return new SentenceReading(sentence, tokens, Arrays.stream(kept).map(i -> spans[i].getStart()).toArray(),
                Arrays.stream(kept).map(i -> spans[i].getEnd()).toArray());
    }

    /** The positions of the wordpieces that stand for text (not [CLS], [SEP] or padding). */
    private static int[] wordpieces(Encoding enc) {
        long[] special = enc.getSpecialTokenMask();
        var spans = enc.getCharTokenSpans();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < special.length; i++) {
            if (special[i] == 0 && spans[i] != null) {
                kept.add(i);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A text's wordpieces: {@code [starts[i], ends[i])} in UTF-16 units, and {@code probabilities[i][label]}. */
    public record TokenScores(int[] starts, int[] ends, double[][] probabilities) {
        /** A token head's scores in a reading (the head "logits" of a model with one head). */
        public static TokenScores of(SentenceReading reading, String head) {
            float[][] logits = reading.wordpieces().get(head);
            return new TokenScores(reading.starts(), reading.ends(),
                    Arrays.stream(logits).map(FineTunedClassifier::softmax).toArray(double[][]::new));
        }

        public int size() {
            return starts.length;
        }
    }

    /**
     * The logits of a sequence head. Inputs run in batches of similar length ({@value #BATCH} at most), so that a
     * long sentence does not pad every short one.
     */
    private float[][] sequenceLogits(List<TextPair> inputs) {
        Encoding[] encodings = inputs.stream().map(p -> p.second() == null ? tokenizer.encode(p.first())
                : tokenizer.encode(p.first(), p.second())).toArray(Encoding[]::new);
        float[][] logits = new float[encodings.length][];
        inBatches(encodings, (batch, ids, types) -> {
            float[][] out = (float[][]) run(ids, types);
            for (int k = 0; k < batch.length; k++) {
                logits[batch[k]] = out[k];
            }
        });
        return logits;
    }

    private interface BatchConsumer {
        void accept(Integer[] batch, long[][] ids, long[][] types);
    }

    private static void inBatches(Encoding[] encodings, BatchConsumer consumer) {
        Integer[] byLength = new Integer[encodings.length];
        for (int i = 0; i < byLength.length; i++) {
            byLength[i] = i;
        }
        Arrays.sort(byLength, Comparator.comparingInt(i -> encodings[i].getIds().length));
        for (int from = 0; from < byLength.length; from += BATCH) {
            AnalysisInterrupted.check(); // a cancelled analysis stops within one batch
            Integer[] batch = Arrays.copyOfRange(byLength, from, Math.min(byLength.length, from + BATCH));
            consumer.accept(batch, Arrays.stream(batch).map(i -> encodings[i].getIds()).toArray(long[][]::new),
                    Arrays.stream(batch).map(i -> encodings[i].getTypeIds()).toArray(long[][]::new));
        }
    }

    private static double[] softmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int j = 0; j < p.length; j++) {
            p[j] = Math.exp(logits[j] - max);
            sum += p[j];
        }
        for (int j = 0; j < p.length; j++) {
            p[j] /= sum;
        }
        return p;
    }

    /** log P(last label) - log P(any other label), from the logits. */
    public static double logOdds(float[] logits) {
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

    /** The logits of one padded batch: float[batch][labels], or float[batch][tokens][labels] for a token head. */
    private Object run(long[][] ids, long[][] types) {
        return runAll(ids, types).values().iterator().next();
    }

    /** Every output of one padded batch, by name, in the model's order. */
    private Map<String, Object> runAll(long[][] ids, long[][] types) {
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
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, OnnxValue> e : result) {
                out.put(e.getKey(), e.getValue().getValue());
            }
            return out;
        } catch (OrtException e) {
            throw new IllegalStateException("model inference failed: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = ModelFiles.open(FineTunedClassifier.class, name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath");
        }
        return in;
    }

    /** One input: a text, and an optional second segment (the tokenizer's sentence pair). */
    public record TextPair(String first, String second) {
    }

}
