package org.newsift.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsift.cli.ExitCodes;
import org.newsift.cli.Main;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 15's check on real pages: the extraction benchmark's HTML pages (read from ../shared/data, never copied into
 * the repository), written into a WARC.gz under their own URLs, give the job the same articles and analyses as
 * {@code newsift analyze} on that WARC. Skipped when the shared data is absent.
 */
class BenchmarkWarcTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static Path benchmark() {
        String prop = System.getProperty("newsift.shared");
        Path shared = prop != null ? Path.of(prop) : Path.of("..", "..", "shared", "data");
        Path dir = shared.resolve("extraction");
        assumeTrue(Files.isRegularFile(dir.resolve("ground-truth.json")),
                "extraction benchmark " + dir.toAbsolutePath() + " absent: skipping");
        return dir;
    }

    @Test
    void theJobGivesTheCliArticlesAndAnalysesOnTheBenchmarkPages() throws IOException {
        Path warc = writeWarc(benchmark(), tmp.resolve("benchmark.warc.gz"));
        Path jsonl = tmp.resolve("cli.jsonl");
        int exit = Main.execute("analyze", "--format", "jsonl", "-o", jsonl.toString(), warc.toString());
        // the benchmark has pages in other languages: analysed without NLP layers, and the exit code says so
        assertTrue(exit == ExitCodes.OK || exit == ExitCodes.UNSUPPORTED_LANGUAGE, "newsift analyze exited " + exit);
        Map<String, String> byCli = new TreeMap<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            byCli.put(JSON.readTree(line).get("id").asText(), line);
        }
        assertTrue(byCli.size() > 100, "the benchmark's pages are articles: " + byCli.size());

        SparkSession spark = SparkSession.builder().master("local[2]").appName("newsift-benchmark-warc")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        try {
            String out = tmp.resolve("out").toString();
            NewsiftSparkJob.run(spark, List.of(warc.toString()), out);
            Map<String, String> byJob = new TreeMap<>();
            for (Row r : spark.read().parquet(out + "/analyses").select("id", "analysis").collectAsList()) {
                byJob.put(r.getString(0), r.getString(1));
            }
            Map<String, String> copies = new TreeMap<>();
            for (Row r : spark.read().parquet(out + "/articles").filter("duplicate_of IS NOT NULL")
                    .select("id", "duplicate_of").collectAsList()) {
                copies.put(r.getString(0), r.getString(1));
            }
            Map<String, String> all = new TreeMap<>(byJob);
            copies.keySet().forEach(id -> all.put(id, null));
            assertEquals(byCli.keySet(), all.keySet(), "the same articles, analysed or linked to their original");
            for (Map.Entry<String, String> e : byJob.entrySet()) {
                NewsiftSparkJobTest.assertSameFields(e.getKey(), byCli.get(e.getKey()), e.getValue());
            }
        } finally {
            spark.stop();
        }
    }

    /** Every page of the benchmark as a 200 response under the URL its ground truth gives. */
    private static Path writeWarc(Path benchmark, Path file) throws IOException {
        JsonNode truth = JSON.readTree(benchmark.resolve("ground-truth.json").toFile());
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> page = it.next();
                Path html = benchmark.resolve("html").resolve(page.getKey() + ".html.gz");
                if (!Files.isRegularFile(html)) {
                    continue;
                }
                byte[] body;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
                    body = in.readAllBytes();
                }
                byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
                byte[] http = new byte[head.length + body.length];
                System.arraycopy(head, 0, http, 0, head.length);
                System.arraycopy(body, 0, http, head.length, body.length);
                w.write(new WarcResponse.Builder(page.getValue().get("url").asText()).body(MediaType.HTTP_RESPONSE, http).build());
            }
        }
        return file;
    }
}
