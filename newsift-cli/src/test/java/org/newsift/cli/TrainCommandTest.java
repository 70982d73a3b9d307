package org.newsift.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsift.cli.Run.run;

/** Arguments of {@code newsift train} that are refused before any data is read. */
class TrainCommandTest {
    @Test
    void sentenceEpochsNeedThreeCountsOfAtLeastOne() {
        for (String epochs : new String[] {"2,0,3", "2,2", "1,2,3,4"}) {
            Run r = run("train", "sentence", "--epochs", epochs);
            assertEquals(ExitCodes.USAGE, r.exit(), epochs);
            assertTrue(r.err().contains("--epochs takes three counts"), r.err());
        }
    }
}
