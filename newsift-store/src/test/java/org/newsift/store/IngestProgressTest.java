package org.newsift.store;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestProgressTest {
    private static final IngestSummary HALF_WAY = new IngestSummary(50, 45, 3, 1, 0, 0, 0, 1, 90, 0, 0, Duration.ofSeconds(10),
            Map.of("binary file, not text", 1));

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

    @Test
    void eachRejectedInputGetsALineWithItsReasonEvenWithoutProgress() {
        StringWriter out = new StringWriter();
        IngestProgress p = IngestProgress.rejectionsOnly(new PrintWriter(out));
        p.update(HALF_WAY);
        p.rejected("in/a.pdf", "in/a.pdf", "a PDF document, not text");
        p.rejected("j2", "in/lines.jsonl:3", "missing \"text\"");
        p.finish();
        assertEquals("[ingest] rejected in/a.pdf: a PDF document, not text\n"
                + "[ingest] rejected j2 (in/lines.jsonl:3): missing \"text\"\n", out.toString());
    }

    @Test
    void onATerminalARejectedInputReplacesTheBarWhichIsRedrawnBelow() {
        StringWriter out = new StringWriter();
        IngestProgress p = IngestProgress.terminal(new PrintWriter(out), 100);
        p.update(HALF_WAY);
        p.rejected("in/a.pdf", "in/a.pdf", "a PDF document, not text");
        p.update(HALF_WAY);
        String[] lines = out.toString().split("\n");
        assertTrue(lines[0].endsWith("\r\u001b[K[ingest] rejected in/a.pdf: a PDF document, not text"), lines[0]);
        assertTrue(lines[1].startsWith("\r[ingest] [############"), "redrawn at once: " + lines[1]);
    }

    @Test
    void reasonsAreCountedByKindWithoutWhatDiffersPerInput() {
        assertEquals(IngestSummary.reasonKind("cannot read: HTTP 403 for https://a.example/1"),
                IngestSummary.reasonKind("cannot read: HTTP 403 for https://b.example/story?id=2"));
        assertEquals("refused URL: a loopback address", IngestSummary.reasonKind("refused https://127.0.0.1:1/x: a loopback address"));
        assertEquals("duplicate id: an earlier input of this run has the id '…'",
                IngestSummary.reasonKind("duplicate id: an earlier input of this run has the id 'j1'"));
        IngestSummary s = new IngestSummary(3, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, Duration.ofSeconds(1),
                Map.of("binary file, not text", 1, "a PDF document, not text", 2));
        assertEquals("2 × a PDF document, not text; 1 × binary file, not text", s.errorsByReasonLine());
    }
}
