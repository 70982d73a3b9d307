package org.newsift.models.bias;

import org.newsift.encoding.SentenceEncoder;
import org.newsift.models.BinaryModelTrainer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code newsift train bias}: the sentence-bias model on BABE, split by the hash of the sentence text
 * ({@link BinaryModelTrainer}: fit 30-99, calibration 20-29, dev 0-19). The BABE bias-word lexicon is
 * not used.
 */
public final class BiasTrainer {
    private BiasTrainer() {
    }

    public static BinaryModelTrainer.Result train(Path dataDir, SentenceEncoder encoder, PrintStream log) throws IOException {
        return BinaryModelTrainer.train(BiasModel.NAME, BabeData.read(dataDir.resolve(BabeData.FILE)), encoder, log);
    }

    public static void write(BinaryModelTrainer.Result r, Path out) throws IOException {
        BinaryModelTrainer.write(r, List.of(
                "newsift sentence-bias model " + BiasModel.NAME + ": written by `newsift train bias`; see docs/models.md",
                "rows: no/yes, 384 weights on the all-MiniLM-L6-v2 (quantized) embedding, bias"), out);
    }
}
