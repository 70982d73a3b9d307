package org.newsift.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The source options; usage errors come before any model loads, so these tests are fast. */
class SourceArgsTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new String[] {String.valueOf(exit), err.toString()};
    }

    @Test
    void durationsAndSizes() {
        assertEquals(Duration.ofMinutes(15), SourceArgs.duration("--every", "15m"));
        assertEquals(Duration.ofMillis(500), SourceArgs.duration("--timeout", "500ms"));
        assertEquals(Duration.ofHours(2), SourceArgs.duration("--every", "PT2H"));
        assertEquals(Duration.ofDays(1), SourceArgs.duration("--every", "1d"));
        assertThrows(IllegalArgumentException.class, () -> SourceArgs.duration("--every", "soon"));
        assertEquals(16L << 20, SourceArgs.size("16MiB"));
        assertEquals(500L << 10, SourceArgs.size("500k"));
        assertEquals(1234, SourceArgs.size("1234"));
        assertThrows(IllegalArgumentException.class, () -> SourceArgs.size("-5"));
    }

    @Test
    void badValuesAreUsageErrors() {
        String[] r = run("analyze", "x.txt", "--timeout", "soon");
        assertEquals(String.valueOf(ExitCodes.USAGE), r[0]);
        assertTrue(r[1].startsWith("newsift: --timeout must be a duration"), r[1]);
        r = run("analyze", "x.txt", "--max-bytes", "0");
        assertEquals(String.valueOf(ExitCodes.USAGE), r[0]);
        assertTrue(r[1].startsWith("newsift: --max-bytes must be a positive number"), r[1]);
    }

    @Test
    void analyzeLeavesPollingToIngest() {
        String[] r = run("analyze", "feeds.opml", "--every", "15m");
        assertEquals(String.valueOf(ExitCodes.USAGE), r[0]);
        assertTrue(r[1].startsWith("newsift: --every is for newsift ingest"), r[1]);
    }
}
