package org.newsift.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.newsift.cli.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `newsift ingest` with ids of 2 MB, far over what a database index takes: a JSONL id and a WARC-Target-URI, beside
 * an ordinary file; all three are stored, and search finds them by their whole ids. Texts written for the newsift project.
 */
class LongIdsIngestTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void articlesWithIdsOfTwoMegabytesAreStoredAndFound() throws IOException {
        String jsonlId = "line-" + "j".repeat(2 << 20);
        String targetUri = "https://example.org/" + "w".repeat(2 << 20);
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Pakistan accused Afghanistan of sheltering militants near the border.");
        Files.writeString(in.resolve("long.jsonl"), JSON.writeValueAsString(Map.of("id", jsonlId,
                "text", "Qatar hosted talks between Pakistan and Afghanistan in Doha on Monday.")) + "\n");
        Files.write(in.resolve("crawl.warc"), warcResponse(targetUri, "<html><head><title>Border reopens</title></head>"
                + "<body><article><p>Pakistan reopened the Torkham crossing with Afghanistan on Tuesday after talks "
                + "between the two governments.</p></article></body></html>"));
        String db = dir.resolve("news.db").toString();

        Run ingest = run("ingest", in.toString(), "--db", db, "--published", "2025-10-01", "--progress", "none");
        assertEquals(0, ingest.exit(), ingest.err());
        assertTrue(ingest.err().contains("read 3, stored 3"), ingest.err());

        Run search = run("search", "Pakistan", "--db", db, "--format", "jsonl");
        assertEquals(0, search.exit(), search.err());
        Set<String> ids = search.out().lines().map(LongIdsIngestTest::id).collect(Collectors.toSet());
        assertEquals(Set.of(in.resolve("good.txt").toString(), jsonlId, targetUri), ids);
    }

    private static String id(String jsonLine) {
        try {
            return JSON.readTree(jsonLine).get("id").asText();
        } catch (IOException e) {
            throw new AssertionError(jsonLine.substring(0, Math.min(200, jsonLine.length())), e);
        }
    }

    /** One WARC/1.0 response record holding an HTTP response with the page. */
    private static byte[] warcResponse(String targetUri, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:6f2a3c4e-1b2d-4e5f-8a9b-0c1d2e3f4a5b>\r\n"
                + "WARC-Date: 2025-10-01T08:00:00Z\r\nWARC-Target-URI: " + targetUri + "\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + (http.length + body.length)
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(http);
        out.writeBytes(body);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
