package org.newsift.models.claims;

import org.newsift.encoding.SentenceEncoder;
import org.newsift.models.BinaryModelTrainer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code newsift train claims}: the check-worthiness model on ClaimBuster's {@code kfold_25ncs.json},
 * split by the hash of the sentence id ({@link BinaryModelTrainer}: fit 30-99, calibration 20-29,
 * dev 0-19), MiniLM embedding plus {@link ClaimCues}.
 */
public final class ClaimTrainer {
    private ClaimTrainer() {
    }

    public static BinaryModelTrainer.Result train(Path dataDir, SentenceEncoder encoder, PrintStream log) throws IOException {
        return BinaryModelTrainer.train(ClaimModel.NAME, ClaimData.claimBuster(dataDir.resolve(ClaimData.CLAIMBUSTER)),
                encoder, new ClaimCues(), log);
    }

    public static void write(BinaryModelTrainer.Result r, Path out) throws IOException {
        BinaryModelTrainer.write(r, List.of(
                "newsift check-worthiness model " + ClaimModel.NAME + ": written by `newsift train claims`; see docs/models.md",
                "rows: no/yes, 384 weights on the all-MiniLM-L6-v2 (quantized) embedding, 8 ClaimCues weights, bias"), out);
    }
}
