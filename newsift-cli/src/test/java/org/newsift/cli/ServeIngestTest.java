package org.newsift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code newsift serve --ingest examples/} with the real pipeline: the examples go through the store's ingest, so
 * the README's reprint is linked to its original, not served as a seventh article.
 */
class ServeIngestTest {
    private static final Pattern SERVING = Pattern.compile("serving (\\d+) articles at http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path tmp;

    @Test
    void servedExamplesHoldTheReprintOnce() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int[] exit = {-1};
        Thread serve = new Thread(() -> exit[0] = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("serve", "--ingest", Path.of("..", "examples").toString(), "--published", "2025-10-28",
                        "--db", tmp.resolve("serve.db").toString(), "--port", "0"));
        serve.start();
        try {
            Matcher m = SERVING.matcher("");
            for (int i = 0; i < 1200 && !m.find(); i++) { // the models load first: up to 2 minutes on a loaded machine
                Thread.sleep(100);
                assertTrue(serve.isAlive(), "serve stopped: " + err);
                m = SERVING.matcher(out.toString());
            }
            assertEquals("6", m.group(1), out + "\n" + err);
            assertTrue(err.toString().contains("read 7, stored 6, duplicates 1 (exact 0, near 1)"), err.toString());
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + m.group(2) + "/api/articles?limit=50")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode page = new ObjectMapper().readTree(r.body());
            assertEquals(6, page.get("total").asInt(), r.body());
            List<String> ids = new ArrayList<>();
            page.get("items").forEach(a -> ids.add(a.get("id").asText()));
            assertTrue(ids.contains("examples/doha-ceasefire"), ids.toString());
            assertFalse(ids.contains("examples/doha-ceasefire-reprint"), ids.toString());
        } finally {
            serve.interrupt();
            serve.join(30_000);
        }
        assertEquals(ExitCodes.OK, exit[0], err.toString());
    }
}
