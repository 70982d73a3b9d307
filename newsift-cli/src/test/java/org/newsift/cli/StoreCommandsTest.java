package org.newsift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.newsift.cli.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's walkthrough ("Follow a story over time") with the real pipeline: ingest the examples, search,
 * a dyad series, export. One ingest per class, so CoreNLP loads once.
 */
class StoreCommandsTest {
    @TempDir
    static Path tmp;
    private static String db;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Run ingest;

    @BeforeAll
    static void ingestTheExamples() {
        db = tmp.resolve("walkthrough.db").toString();
        ingest = run("ingest", Path.of("..", "examples").toString(), "--published", "2025-10-28", "--db", db, "--progress", "log");
    }

    @Test
    void ingestStoresOriginalsAndLinksTheReprint() {
        assertEquals(0, ingest.exit(), ingest.err());
        assertTrue(ingest.err().contains("read 7, stored 6, duplicates 1 (exact 0, near 1)"), ingest.err());
        Run again = run("ingest", Path.of("..", "examples").toString(), "--published", "2025-10-28", "--db", db, "--progress", "none");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("stored 0, duplicates 0 (exact 0, near 0), already stored 7"), again.err());
    }

    @Test
    void searchFindsTheOriginalNotTheReprint() {
        Run r = run("search", "ceasefire", "--db", db);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("examples/doha-ceasefire "), r.out());
        assertFalse(r.out().contains("reprint"), r.out());
        Run filtered = run("search", "--db", db, "--actor", "AFG", "--event", "ACCUSE", "--format", "jsonl");
        assertEquals(0, filtered.exit(), filtered.err());
        assertTrue(filtered.out().lines().allMatch(l -> l.startsWith("{\"id\":")), filtered.out());
        assertTrue(filtered.out().contains("talks-stall"), filtered.out());
    }

    @Test
    void theDyadSeriesHasSeveralWeeks() {
        Run r = run("events", "--db", db, "--dyad", "PAK,AFG", "--group-by", "week", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        List<String> rows = r.out().lines().toList();
        assertEquals("bucket,events,mean_goldstein,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,articles",
                rows.get(0));
        assertTrue(rows.size() >= 4, r.out());
        assertTrue(rows.get(1).startsWith("2025-10-06,"), "the border clashes of Sunday 12 October: " + rows.get(1));
    }

    @Test
    void theSeriesCountsAnEventWithSeveralTargetsOnce() throws IOException {
        String week = run("events", "--db", db, "--dyad", "PAK,AFG", "--group-by", "week", "--format", "csv")
                .out().lines().filter(l -> l.startsWith("2025-10-06,")).findFirst().orElseThrow();
        long between = 0;
        long pairs = 0;
        for (String line : run("export", "--db", db, "--format", "jsonl").out().lines().toList()) {
            JsonNode a = JSON.readTree(line);
            if (a.get("id").asText().equals("examples/border-clashes")) {
                for (JsonNode e : a.get("events")) {
                    long n = pairs(e, "PAK", "AFG") + pairs(e, "AFG", "PAK");
                    pairs += n;
                    between += n > 0 ? 1 : 0;
                }
            }
        }
        assertTrue(pairs > between, "the example has an event with several Afghan targets");
        assertEquals(between, Long.parseLong(week.split(",")[1]), week);
    }

    private static long pairs(JsonNode event, String from, String to) {
        return count(event.get("source"), from) * count(event.get("target"), to);
    }

    private static long count(JsonNode side, String country) {
        long n = 0;
        for (JsonNode actor : side) {
            n += country.equals(actor.path("country").asText()) ? 1 : 0;
        }
        return n;
    }

    @Test
    void exportsGdeltRowsAndRefusesParquetOnStandardOutput() throws IOException {
        Path gdelt = tmp.resolve("events.tsv");
        Run r = run("export", "--db", db, "--format", "gdelt", "-o", gdelt.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(gdelt);
        assertFalse(lines.isEmpty());
        assertTrue(lines.stream().allMatch(l -> l.split("\t", -1).length == 61));
        assertEquals("newsift: exported " + lines.size() + " events to " + gdelt + "\n", r.err(), "says what it wrote");
        Run jsonl = run("export", "--db", db, "--format", "jsonl");
        assertEquals(0, jsonl.exit(), jsonl.err());
        assertEquals("newsift: exported 6 analyses to standard output\n", jsonl.err(), "the originals, not the reprint");
        assertEquals(6, jsonl.out().lines().count());
        Run parquet = run("export", "--db", db, "--format", "parquet");
        assertEquals(ExitCodes.USAGE, parquet.exit());
        assertTrue(parquet.err().contains("--format parquet needs -o FILE"), parquet.err());
    }

    @Test
    void eachRejectedInputIsPrintedWithItsReasonSummedByReasonAndListedAgainByErrors() throws IOException {
        // inputs written for this test: two PDFs (as their first bytes say) and a binary file
        Path in = Files.createDirectories(tmp.resolve("rejected"));
        Files.writeString(in.resolve("a-report.pdf"), "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n");
        Files.writeString(in.resolve("b-minutes.pdf"), "%PDF-1.7\n1 0 obj << /Type /Pages >> endobj\n");
        Files.write(in.resolve("c-photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, 0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
        String rejectedDb = tmp.resolve("rejected.db").toString();
        Run r = run("ingest", in.toString(), "--db", rejectedDb, "--progress", "none");
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.err());
        String pdf = ": a PDF document, not text (convert it to text or HTML first)";
        assertTrue(r.err().contains("[ingest] rejected " + in.resolve("a-report.pdf") + pdf + "\n"), r.err());
        assertTrue(r.err().contains("[ingest] rejected " + in.resolve("b-minutes.pdf") + pdf + "\n"), r.err());
        assertTrue(r.err().contains("[ingest] rejected " + in.resolve("c-photo.jpg") + ": binary file, not text\n"), r.err());
        assertTrue(r.err().contains("[ingest] rejected by reason: 2 × a PDF document, not text (convert it to text or HTML "
                + "first); 1 × binary file, not text\n"), r.err());
        assertTrue(r.err().contains("newsift errors --db " + rejectedDb), r.err());

        Run errors = run("errors", "--db", rejectedDb);
        assertEquals(0, errors.exit(), errors.err());
        assertEquals(List.of(in.resolve("a-report.pdf") + pdf, in.resolve("b-minutes.pdf") + pdf,
                in.resolve("c-photo.jpg") + ": binary file, not text"), errors.out().lines().sorted().toList());
        assertTrue(errors.err().startsWith("newsift: 3 ingest errors by reason: 2 × a PDF document"), errors.err());
        Run jsonl = run("errors", "--db", rejectedDb, "--format", "jsonl");
        JsonNode first = JSON.readTree(jsonl.out().lines().findFirst().orElseThrow());
        assertTrue(first.path("reason").asText().endsWith("not text") || first.path("reason").asText().endsWith("first)"),
                jsonl.out());
        assertTrue(first.path("recorded_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*"), jsonl.out());

        Run none = run("errors", "--db", db);
        assertEquals(0, none.exit(), none.err());
        assertEquals("", none.out());
        assertEquals("newsift: no ingest errors in this store\n", none.err());
    }

    @Test
    void aMissingStoreIsAUsageError() {
        Run r = run("search", "talks", "--db", tmp.resolve("nothing-here.db").toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().startsWith("newsift: no store at "), r.err());
    }
}
