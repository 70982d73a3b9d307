package org.newsift.store;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestProgressTest {
    private static final IngestSummary HALF_WAY = new IngestSummary(50, 45, 3, 1, 0, 0, 0, 1, 90, 0, 0, Duration.ofSeconds(10));

    @Test
    void aTerminalGetsOneRedrawnLineWithRateAndEta() {
        StringWriter out = new StringWriter();
        IngestProgress p = IngestProgress.terminal(new PrintWriter(out), 100);
        p.update(HALF_WAY);
        p.finish();
        String s = out.toString();
        assertTrue(s.startsWith("\r[ingest] [############            ] 50/100 read, 45 stored, 4 duplicates, 1 errors, "
                + "5.0 articles/s  ETA 0:10"), s);
        assertEquals(1, s.chars().filter(c -> c == '\n').count(), "one line, ended when the run ends");
    }

    @Test
    void elsewhereItLogsPlainLines() {
        StringWriter out = new StringWriter();
        IngestProgress p = IngestProgress.log(new PrintWriter(out), Duration.ZERO, -1);
        p.update(HALF_WAY);
        p.update(HALF_WAY);
        p.finish();
        assertEquals("[ingest] 50 read, 45 stored, 4 duplicates, 1 errors, 5.0 articles/s\n".repeat(2), out.toString());
    }
}
