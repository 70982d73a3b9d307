package org.newsift.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsift.cli.Run.run;

/** Arguments and data of {@code newsift train} that are refused before any work starts. */
class TrainCommandTest {
    @Test
    void sentenceEpochsNeedThreeCountsOfAtLeastOne() {
        for (String epochs : new String[] {"2,0,3", "2,2", "1,2,3,4"}) {
            Run r = run("train", "sentence", "--epochs", epochs);
            assertEquals(ExitCodes.USAGE, r.exit(), epochs);
            assertTrue(r.err().contains("--epochs takes three counts"), r.err());
        }
    }

    @Test
    void everyJobNamesTheDataItCannotFindInOneLineAndWritesNothing(@TempDir Path empty) {
        Path out = empty.resolve("out");
        for (String job : List.of("event-types", "rhetoric", "sentence", "genre")) {
            Run r = run("train", job, "--data", empty.toString(), "--output", out.toString());
            assertEquals(ExitCodes.BAD_CONFIG, r.exit(), job + ": " + r.err());
            assertTrue(r.err().startsWith("newsift: no " + empty.resolve("")), job + ": " + r.err());
            assertTrue(r.err().strip().endsWith("(give --data)"), job + ": " + r.err());
            assertEquals(1, r.err().lines().count(), job + ": " + r.err());
            assertFalse(Files.exists(out), job);
        }
    }

    @Test
    void eventsNamesTheAnnotationsItCannotFind(@TempDir Path empty) {
        Path missing = empty.resolve("events.tsv");
        Run r = run("train", "events", "--data", empty.toString(), "--annotations", missing.toString());
        assertEquals(ExitCodes.BAD_CONFIG, r.exit(), r.err());
        assertEquals("newsift: no " + missing + " (give --annotations)", r.err().strip());
    }
}
