package org.newsift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsift.input.InputItem;
import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.model.Summary;
import org.newsift.output.AnalysisJson;
import org.newsift.server.NewsiftServer;
import org.newsift.server.ServerOptions;
import org.newsift.server.alerts.EscalationDetector;
import org.newsift.server.corpus.StoreCorpus;
import org.newsift.server.corpus.StoreWriter;
import org.newsift.server.stories.StoryClusterer;
import org.newsift.store.IngestProgress;
import org.newsift.store.IngestSummary;
import org.newsift.store.Ingester;
import org.newsift.store.NewsStore;
import org.newsift.store.StoreLocation;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.newsift.cli.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One store, two doors: the CLI and the REST API answer the same question the same way, the server sees an
 * ingest made while it runs, and a reprint is one article however it arrives. The store holds the server's
 * fixture analyses (newsift-server's test resources) and the README's examples, analysed by a stand-in that
 * counts its calls: storage and queries are tested here, not NLP.
 */
class ParityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "parity-token";
    private static final AtomicInteger ANALYSES = new AtomicInteger();

    @TempDir
    static Path tmp;
    private static StoreLocation location;
    private static StoreCorpus corpus;
    private static NewsiftServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A stand-in analysis with no layers; counts the articles it is asked to analyse. */
    private static Analysis analyse(Article a) {
        ANALYSES.incrementAndGet();
        return new Analysis(Analysis.SCHEMA, a.id(), a.title(), a.url(), a.published(), "en", a.text(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), (Summary) null);
    }

    @BeforeAll
    static void start() throws Exception {
        location = StoreLocation.parse(tmp.resolve("parity.db").toString(), null);
        List<Analysis> fixtures = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("..", "newsift-server", "src", "test", "resources", "org", "newsift",
                "server", "fixture-analyses.jsonl"))) {
            fixtures.add(AnalysisJson.mapper().readValue(line, Analysis.class));
        }
        Map<String, Analysis> byId = fixtures.stream().collect(Collectors.toMap(Analysis::id, Function.identity()));
        ingest(fixtures.stream().map(a -> new Article(a.id(), a.title(), a.url(), a.published(), a.text())).toList(),
                a -> byId.get(a.id()));
        corpus = new StoreCorpus(location, 2);
        server = new NewsiftServer(corpus, ParityTest::analyse, StoryClusterer.miniLm(),
                EscalationDetector.defaults(), null, new StoreWriter(location),
                ServerOptions.defaults().withToken(TOKEN, false)).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        corpus.close();
    }

    /** Ingests articles as newsift ingest and serve --ingest do: through the store's Ingester. */
    private static IngestSummary ingest(List<Article> articles, Function<Article, Analysis> analyzer) throws InterruptedException {
        try (NewsStore store = NewsStore.open(location)) {
            return new Ingester(store, analyzer, IngestProgress.silent()).ingest(articles.stream()
                    .<InputItem>map(a -> new InputItem.Read(a, a.id())).iterator(), Ingester.sequential());
        }
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode api(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> post(String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/articles"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> cliSearch(String query) throws IOException {
        Run r = run("search", query, "--db", location.jdbcUrl(), "--format", "jsonl", "--limit", "100");
        assertEquals(0, r.exit(), r.err());
        List<String> ids = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            ids.add(JSON.readTree(line).get("id").asText());
        }
        return ids;
    }

    private static List<String> apiSearch(String query) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        api("/api/articles?limit=100&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).get("items")
                .forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    @Test
    void searchAnswersTheSameFromTheCliAndTheApi() throws Exception {
        for (String q : List.of("", "clashes OR talks", "Isfara AND water", "border", "title:water")) {
            List<String> fromCli = cliSearch(q);
            assertFalse(fromCli.isEmpty(), "'" + q + "' finds something");
            assertEquals(fromCli, apiSearch(q), "'" + q + "'");
        }
        assertEquals(List.of(), cliSearch("zzyzx OR qqxxq"), "OR is Lucene's operator, not the substring 'or'");
    }

    @Test
    void aDyadSeriesIsTheSameFromTheCliAndTheApi() throws Exception {
        Run r = run("events", "--db", location.jdbcUrl(), "--dyad", "KGZ,TJK", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode fromCli = JSON.readTree(r.out());
        JsonNode fromApi = api("/api/dyads/KGZ/TJK/series");
        assertTrue(fromCli.size() >= 4, r.out());
        assertEquals(fromCli.size(), fromApi.size());
        for (int i = 0; i < fromCli.size(); i++) {
            JsonNode c = fromCli.get(i);
            JsonNode a = fromApi.get(i);
            assertEquals(c.get("bucket"), a.get("bucket"));
            assertEquals(c.get("events").asLong(), a.get("events").asLong());
            assertEquals(c.get("articles"), a.get("article_ids"));
            assertEquals(c.get("mean_goldstein").asDouble(), a.get("mean_goldstein").asDouble(), 1e-9);
        }
    }

    @Test
    void storiesAreTheSameFromTheCliAndTheApi() throws Exception {
        for (String[] window : List.of(new String[] {}, new String[] {"--from", "2025-09-20", "--to", "2025-09-30"})) {
            List<String> args = new ArrayList<>(List.of("stories", "--db", location.jdbcUrl(), "--format", "jsonl"));
            args.addAll(List.of(window));
            Run r = run(args.toArray(String[]::new));
            assertEquals(0, r.exit(), r.err());
            List<JsonNode> fromCli = new ArrayList<>();
            for (String line : r.out().lines().toList()) {
                fromCli.add(JSON.readTree(line));
            }
            List<JsonNode> fromApi = new ArrayList<>();
            api(window.length == 0 ? "/api/stories" : "/api/stories?from=2025-09-20&to=2025-09-30").forEach(fromApi::add);
            assertFalse(fromApi.isEmpty(), "the fixtures' clashes are a story");
            assertEquals(fromApi, fromCli);
        }
        Run table = run("stories", "--db", location.jdbcUrl(), "--from", "2025-09-20", "--to", "2025-09-30");
        assertTrue(table.out().startsWith("1 story\n"), table.out());
        Run backwards = run("stories", "--db", location.jdbcUrl(), "--from", "2025-09-30", "--to", "2025-09-01");
        assertEquals(2, backwards.exit());
        assertTrue(backwards.err().startsWith("newsift: --from 2025-09-30 is after --to 2025-09-01"), backwards.err());
    }

    @Test
    void anUnknownFilterValueIsAUsageErrorOnBothDoors() throws Exception {
        Run events = run("events", "--db", location.jdbcUrl(), "--event", "foo");
        assertEquals(2, events.exit(), events.err());
        // the CLI's usage error: the message on one line, then where to find the usage
        List<String> lines = events.err().strip().lines().toList();
        assertEquals("Try 'newsift events --help' for usage.", lines.get(lines.size() - 1), events.err());
        assertEquals(2, lines.size(), events.err());
        String message = lines.get(0).substring("newsift: ".length());
        assertTrue(message.startsWith("unknown event 'FOO': give a quad class (1-4), a CAMEO code or prefix"), message);
        assertTrue(message.contains("ACCUSE") && message.contains("ASSAULT"), "lists the PLOVER types: " + message);
        Run search = run("search", "border", "--db", location.jdbcUrl(), "--event", "foo");
        assertEquals(2, search.exit(), search.err());
        HttpResponse<String> api = get("/api/events?type=foo");
        assertEquals(400, api.statusCode());
        assertEquals(message, JSON.readTree(api.body()).get("error").asText());
    }

    @Test
    void anIngestWhileTheServerRunsShowsWithoutARestart() throws Exception {
        long before = api("/api/articles").get("total").asLong();
        // written for this test
        Article later = new Article("later-1", "Kyrgyz and Tajik envoys meet at Batken", "https://wire.example.org/batken",
                "2025-10-02", "Kyrgyz and Tajik envoys met at Batken on Thursday to discuss the quixotic border markers.");
        IngestSummary summary = ingest(List.of(later), ParityTest::analyse);
        assertEquals(1, summary.stored(), summary.toString());
        assertEquals(before + 1, api("/api/articles").get("total").asLong());
        assertEquals(List.of("later-1"), apiSearch("quixotic"));
        assertEquals(List.of("later-1"), cliSearch("quixotic"));
    }

    @Test
    void theReprintIsOneArticleWhicheverWayItArrives() throws Exception {
        Map<String, JsonNode> examples = new java.util.HashMap<>();
        for (String line : Files.readAllLines(Path.of("..", "examples", "pak-afg-2025.jsonl"))) {
            JsonNode n = JSON.readTree(line);
            examples.put(n.get("id").asText(), n);
        }
        JsonNode original = examples.get("examples/doha-ceasefire");
        JsonNode reprint = examples.get("examples/doha-ceasefire-reprint");
        Article first = new Article(original.get("id").asText(), original.get("title").asText(), null, "2025-10-19",
                original.get("text").asText());
        assertEquals(1, ingest(List.of(first), ParityTest::analyse).stored());
        int analysed = ANALYSES.get();
        // newsift ingest and serve --ingest: the one ingest path links it, unanalysed
        Article again = new Article(reprint.get("id").asText(), reprint.get("title").asText(), null, "2025-10-20",
                reprint.get("text").asText());
        IngestSummary viaIngest = ingest(List.of(again), ParityTest::analyse);
        assertEquals(List.of(0, 1), List.of(viaIngest.stored(), viaIngest.nearCopies()), viaIngest.toString());
        // POST /api/articles, under yet another id: checked before it is analysed
        ObjectMapper m = new ObjectMapper();
        String body = m.writeValueAsString(Map.of("id", "posted-reprint", "text", reprint.get("text").asText(),
                "published", "2025-10-20"));
        HttpResponse<String> posted = post(body);
        assertEquals(200, posted.statusCode(), posted.body());
        JsonNode answer = JSON.readTree(posted.body());
        assertEquals(first.id(), answer.get("id").asText());
        assertFalse(answer.get("stored").asBoolean());
        assertEquals(analysed, ANALYSES.get(), "no copy was analysed");
        assertEquals(List.of(first.id()), apiSearch("Doha AND ceasefire"), "search lists the story once");
    }
}
