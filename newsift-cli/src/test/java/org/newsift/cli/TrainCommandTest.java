package org.newsift.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Arguments of {@code newsift train} that are refused before any data is read. */
class TrainCommandTest {
    private static int run(StringWriter err, String... args) {
        return Main.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void sentenceEpochsNeedThreeCountsOfAtLeastOne() {
        for (String epochs : new String[] {"2,0,3", "2,2", "1,2,3,4"}) {
            StringWriter err = new StringWriter();
            assertEquals(ExitCodes.USAGE, run(err, "train", "sentence", "--epochs", epochs), epochs);
            assertTrue(err.toString().contains("--epochs takes three counts"), err.toString());
        }
    }
}
