package org.newsift.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsift.cli.Main;
import org.newsift.store.EventRows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job in local mode ({@code local[2]}) against the CLI on the same inputs, the project's examples and a WARC
 * the test writes: {@code newsift analyze} for the analyses, {@code newsift ingest} for the store's rows,
 * de-duplication verdicts and {@code newsift events} series. The models load once per JVM (CoreNLP caches its
 * annotators; the job's executor keeps its pipeline), so the class pays for them once.
 */
class NewsiftSparkJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXAMPLES = Path.of("..", "examples").toString();

    @TempDir
    static Path tmp;

    private static SparkSession spark;
    private static List<String> inputs;
    private static Path output;
    private static Path store;
    private static NewsiftSparkJob.Summary summary;

    @BeforeAll
    static void runCliAndJob() throws IOException {
        Path warc = FixtureWarc.write(tmp.resolve("news.warc.gz"));
        inputs = List.of(EXAMPLES, warc.toString());
        store = tmp.resolve("ingested.db");
        List<String> ingest = new ArrayList<>(List.of("ingest", "--db", store.toString()));
        ingest.addAll(inputs);
        assertEquals(0, cli(ingest).exit(), "newsift ingest");

        spark = SparkSession.builder().master("local[2]").appName("newsift-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        output = tmp.resolve("out");
        summary = NewsiftSparkJob.run(spark, inputs, output.toString());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    record Run(int exit, String out) {
    }

    /** Runs the CLI in this JVM, capturing standard output. */
    private static Run cli(List<String> args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.execute(args.toArray(String[]::new));
            return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
        }
    }

    @Test
    void everyAnalysisEqualsTheCliAnalysisFieldByField() throws IOException {
        Path jsonl = tmp.resolve("cli.jsonl");
        List<String> analyze = new ArrayList<>(List.of("analyze", "--format", "jsonl", "-o", jsonl.toString()));
        analyze.addAll(inputs);
        assertEquals(0, cli(analyze).exit(), "newsift analyze");
        Map<String, String> byCli = new LinkedHashMap<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            byCli.put(JSON.readTree(line).get("id").asText(), line);
        }
        // the WARC's second capture of a URL is read once, and its 404 page not at all
        assertEquals(10, byCli.size(), byCli.keySet().toString());

        Map<String, String> byJob = pairs(spark.read().parquet(output + "/analyses"), "id", "analysis");
        Map<String, String> copies = pairs(spark.read().parquet(output + "/articles")
                .filter("duplicate_of IS NOT NULL"), "id", "duplicate_of");
        assertEquals(byCli.keySet(), union(byJob.keySet(), copies.keySet()), "every input is analysed or linked to its original");
        assertTrue(copies.containsKey(FixtureWarc.COPY_URL), "the reworded copy is linked: " + copies);
        for (Map.Entry<String, String> e : byJob.entrySet()) {
            assertSameFields(e.getKey(), byCli.get(e.getKey()), e.getValue());
            assertEquals(byCli.get(e.getKey()), e.getValue(), e.getKey() + ": the same JSON, byte for byte");
        }
        for (String original : copies.values()) {
            assertTrue(byJob.containsKey(original), "a copy's original is analysed: " + original);
        }
    }

    @Test
    void articlesAndVerdictsAreTheStoresAfterIngest() throws SQLException {
        String columns = "id, url, title, published, source, language, body_hash, minhash, duplicate_of, duplicate_kind, "
                + "similarity, event_count";
        Map<String, String> stored = storeRows("SELECT " + columns + " FROM articles");
        Map<String, String> job = rows(spark.read().parquet(output + "/articles").selectExpr(columns.split(", ")));
        assertSameRows(stored, job, "articles");
        assertEquals(summary.read(), stored.size());
        assertTrue(summary.nearCopies() >= 1, summary.toString());
    }

    @Test
    void eventRowsAreTheStoresEventsTable() throws SQLException {
        String columns = String.join(", ", EventRows.COLUMNS);
        Map<String, String> stored = storeRows("SELECT " + columns + " FROM events");
        Map<String, String> job = rows(spark.read().parquet(output + "/events").selectExpr(EventRows.COLUMNS.toArray(String[]::new)));
        assertFalse(stored.isEmpty());
        assertSameRows(stored, job, "events");
    }

    @Test
    void dyadSeriesEqualNewsiftEvents() throws IOException {
        Dataset<Row> events = spark.read().parquet(output + "/events");
        for (String by : DyadSeries.GRANULARITIES) {
            for (boolean directed : new boolean[] {false, true}) {
                List<String> args = new ArrayList<>(List.of("events", "--db", store.toString(), "--dyad", "PAK,AFG",
                        "--group-by", by, "--format", "json"));
                if (directed) {
                    args.add("--directed");
                }
                Run r = cli(args);
                assertEquals(0, r.exit(), "newsift events " + args);
                JsonNode expected = JSON.readTree(r.out());
                assertTrue(expected.size() > 0, "the examples have dated PAK-AFG events");
                List<Map<String, Object>> points = new ArrayList<>();
                for (Row p : DyadSeries.of(events, "PAK", "AFG", directed, by).collectAsList()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("bucket", p.getAs("bucket").toString());
                    m.put("events", p.getAs("events"));
                    m.put("mean_goldstein", p.getAs("mean_goldstein"));
                    m.put("quad_shares", List.of(p.getAs("verbal_cooperation"), p.getAs("material_cooperation"),
                            p.getAs("verbal_conflict"), p.getAs("material_conflict")));
                    m.put("articles", p.getList(p.fieldIndex("articles")));
                    points.add(m);
                }
                assertEquals(expected, JSON.readTree(JSON.writeValueAsString(points)), by + (directed ? " directed" : ""));
            }
        }
    }

    @Test
    void gdeltRowsAreNewsiftExportsButForTheTimeAdded() throws IOException {
        Path tsv = tmp.resolve("gdelt.tsv");
        assertEquals(0, cli(List.of("export", "--db", store.toString(), "--format", "gdelt", "-o", tsv.toString())).exit());
        List<String> expected = Files.readAllLines(tsv, StandardCharsets.UTF_8).stream().map(NewsiftSparkJobTest::withoutDateAdded).toList();
        List<String> job = spark.read().text(output + "/gdelt").as(org.apache.spark.sql.Encoders.STRING()).collectAsList()
                .stream().map(NewsiftSparkJobTest::withoutDateAdded).toList();
        assertFalse(expected.isEmpty());
        assertEquals(new TreeSet<>(expected), new TreeSet<>(job));
        assertEquals(expected.size(), job.size());
    }

    /** DATEADDED (column 60) is when the row was made: the store's ingest, the job's run. */
    private static String withoutDateAdded(String line) {
        String[] c = line.split("\t", -1);
        assertEquals(61, c.length, line);
        c[59] = "";
        return String.join("\t", c);
    }

    @Test
    void theExecutorBuiltItsPipelineOnce() {
        assertTrue(ExecutorPipeline.loadMillis() > 0, "the local executor loaded the models");
        assertTrue(ExecutorPipeline.get() == ExecutorPipeline.get(), "one pipeline per JVM");
    }

    @Test
    void aRerunWritesTheSameRowsAndTheStoreLoadsThem() throws IOException, SQLException {
        Map<String, Map<String, String>> before = new TreeMap<>();
        for (String t : List.of("articles", "analyses", "events", "quotes", "claims", "rhetoric", "actors", "signatures")) {
            before.put(t, rows(spark.read().parquet(output + "/" + t)));
        }
        NewsiftSparkJob.run(spark, inputs, output.toString());
        for (String t : before.keySet()) {
            assertSameRows(before.get(t), rows(spark.read().parquet(output + "/" + t)), t);
        }

        String loaded = tmp.resolve("loaded.db").toString();
        assertEquals(summary.read(), StoreLoader.load(loaded, output));
        assertEquals(0, StoreLoader.load(loaded, output), "loading again adds nothing");
        Run search = cli(List.of("search", "--db", loaded, "Kunar"));
        assertEquals(0, search.exit());
        assertTrue(search.out().contains(FixtureWarc.DAM_URL), search.out());
        Run fromLoaded = cli(List.of("events", "--db", loaded, "--dyad", "PAK,AFG", "--group-by", "week", "--format", "json"));
        Run fromIngest = cli(List.of("events", "--db", store.toString(), "--dyad", "PAK,AFG", "--group-by", "week", "--format", "json"));
        assertEquals(fromIngest, fromLoaded);
    }

    /** Equal multisets of rows; a failure names only the rows that differ. */
    private static void assertSameRows(Map<String, String> expected, Map<String, String> actual, String table) {
        Map<String, String> missing = new TreeMap<>(expected);
        missing.entrySet().removeIf(e -> e.getValue().equals(actual.get(e.getKey())));
        Map<String, String> extra = new TreeMap<>(actual);
        extra.entrySet().removeIf(e -> e.getValue().equals(expected.get(e.getKey())));
        assertTrue(missing.isEmpty() && extra.isEmpty(), table + ": rows missing (or counted otherwise) " + missing.keySet()
                + "; rows not expected " + extra.keySet());
    }

    /** Rows keyed by their text, counted: equal maps mean the same multiset of rows. */
    private static Map<String, String> rows(Dataset<Row> table) {
        Map<String, String> out = new TreeMap<>();
        for (Row r : table.collectAsList()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < r.length(); i++) {
                Object v = r.get(i);
                values.add(v instanceof scala.collection.Seq<?> s ? s.mkString("[", ",", "]") : String.valueOf(v));
            }
            out.merge(String.join(" | ", values), "1", (a, b) -> Integer.toString(Integer.parseInt(a) + 1));
        }
        return out;
    }

    private static Map<String, String> storeRows(String sql) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    values.add(String.valueOf(rs.getObject(i)));
                }
                out.merge(String.join(" | ", values), "1", (a, b) -> Integer.toString(Integer.parseInt(a) + 1));
            }
        }
        return out;
    }

    /** Every field of the CLI's analysis of an article equals the job's. */
    static void assertSameFields(String id, String cliJson, String jobJson) throws IOException {
        JsonNode cliDoc = JSON.readTree(cliJson);
        JsonNode jobDoc = JSON.readTree(jobJson);
        for (Iterator<String> f = cliDoc.fieldNames(); f.hasNext(); ) {
            String field = f.next();
            assertEquals(cliDoc.get(field), jobDoc.get(field), id + ": " + field);
        }
    }

    private static Map<String, String> pairs(Dataset<Row> table, String key, String value) {
        Map<String, String> out = new TreeMap<>();
        for (Row r : table.select(key, value).collectAsList()) {
            assertNotNull(r.getString(0));
            assertEquals(null, out.put(r.getString(0), r.getString(1)), "one row per id: " + r.getString(0));
        }
        return out;
    }

    private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> s = new TreeSet<>(a);
        s.addAll(b);
        return s;
    }
}
