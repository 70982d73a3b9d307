package org.newsift.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsift.input.Inputs;
import org.newsift.input.ReadOptions;
import org.newsift.input.InputFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad inputs of each kind the file readers meet are counted, recorded and skipped, and the good articles
 * around them are stored. (Bad WARCs and feeds belong to newsift-sources.) Texts written for the newsift project.
 */
class BadInputIngestTest {
    @TempDir
    Path dir;

    @Test
    void badInputsAreCountedRecordedAndSkipped() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("01-good.txt"), "Pakistan accused Afghanistan of harbouring militants near the border.");
        byte[] gz = gzip("Afghanistan and Pakistan held talks on trade through the Torkham crossing on Monday.");
        Files.write(in.resolve("02-corrupt.txt.gz"), Arrays.copyOf(gz, gz.length / 2)); // cut mid-stream
        Files.writeString(in.resolve("03-huge.html"), "<html><body><article><p>" + "Pakistan news. ".repeat(40_000)
                + "</p></article></body></html>");
        Files.write(in.resolve("04-binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Files.writeString(in.resolve("05-lines.jsonl"), String.join("\n",
                "{\"id\": \"j1\", \"text\": \"Qatar hosted talks between Pakistan and Afghanistan in Doha.\"}",
                "{\"id\": \"j1\", \"text\": \"Turkey said the talks between Pakistan and Afghanistan would go on in Istanbul.\"}",
                "{\"id\": \"j2\", \"text\": ",
                "{\"id\": \"j3\", \"text\": \"India accused Pakistan of shelling villages along the line of control.\"}") + "\n");
        Files.writeString(in.resolve("06-bomb.html"), "<html><body>" + "<div>".repeat(200_000) + "Pakistan" + "</body></html>");

        String db = dir.resolve("news.db").toString();
        IngestSummary s;
        try (NewsStore store = NewsStore.open(StoreLocation.parse(db, null));
             Inputs.Batch items = Inputs.open(List.of(in.toString()),
                     new ReadOptions(InputFormat.AUTO, StandardCharsets.UTF_8, 100_000, null), null)) {
            s = new Ingester(store, new KeywordAnalyzer(), IngestProgress.silent()).ingest(items, Ingester.sequential());
            List<String> stored = store.database().query("SELECT id FROM articles ORDER BY id", rs -> rs.getString(1));
            assertEquals(List.of(in.resolve("01-good.txt").toString(), "j1", "j3"), stored, s.toString());
            List<String> reasons = store.database().query("SELECT input_id || ': ' || reason FROM ingest_errors ORDER BY input_id",
                    rs -> rs.getString(1));
            assertEquals(s.errors(), reasons.size(), String.join("\n", reasons));
            assertTrue(reasons.stream().anyMatch(r -> r.startsWith("j1: duplicate id")), String.join("\n", reasons));
            assertTrue(reasons.stream().anyMatch(r -> r.contains("02-corrupt.txt.gz")), String.join("\n", reasons));
            assertTrue(reasons.stream().anyMatch(r -> r.contains("03-huge.html")), String.join("\n", reasons));
            assertTrue(reasons.stream().anyMatch(r -> r.contains("04-binary.txt")), String.join("\n", reasons));
            assertTrue(reasons.stream().anyMatch(r -> r.contains("05-lines.jsonl:3")), String.join("\n", reasons));
            assertEquals(3, store.queries().search(SearchQuery.of("")).total());
        }
        assertEquals(1, s.duplicateIds());
        assertEquals(s.errors(), s.errorsByReason().values().stream().mapToInt(Integer::intValue).sum(), s.errorsByReason().toString());
        assertEquals(1, s.errorsByReason().get("binary file, not text"), s.errorsByReason().toString());
        assertEquals(1, s.errorsByReason().get("duplicate id: an earlier input of this run has the id '…'"),
                s.errorsByReason().toString());
        assertEquals(0, s.failed());
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.repeat(50).getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
