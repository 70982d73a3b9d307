package org.newsift.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsift.model.Analysis;
import org.newsift.server.alerts.EscalationDetector;
import org.newsift.server.corpus.MemoryCorpus;
import org.newsift.server.corpus.StoreWriter;
import org.newsift.server.stories.StoryClusterer;
import org.newsift.store.NewsStore;
import org.newsift.store.StoreLocation;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Token auth, CORS when asked for, and the analysis queue's limits: each on a server of its own. */
class GuardTest {
    private static final StoryClusterer NO_STORIES = new StoryClusterer(text -> new float[] {1}, 3, 2.0);

    private static NewsiftServer server(Analyzer analyzer, ServerOptions options) {
        return new NewsiftServer(new MemoryCorpus(List.of()), analyzer, NO_STORIES, EscalationDetector.defaults(), null, null,
                options).start("127.0.0.1", 0);
    }

    @Test
    void postsNeedTheTokenWhenTheServerHasOne() {
        try (NewsiftServer s = server(ApiTest::echo, ServerOptions.defaults().withToken("s3cret", false))) {
            Http http = new Http(s.port());
            assertEquals(401, http.post("/api/analyze", "text/plain", "Text.").statusCode());
            assertEquals(401, http.post("/api/analyze", "text/plain", "Text.", "Authorization", "Bearer wrong").statusCode());
            assertEquals(200, http.post("/api/analyze", "text/plain", "Text.", "Authorization", "Bearer s3cret").statusCode());
            assertEquals(200, http.get("/api/overview").statusCode());
            HttpResponse<String> stored = http.post("/api/articles", "application/json",
                    "{\"id\":\"mine\",\"text\":\"Stored text.\",\"published\":\"2025-01-02\"}", "Authorization", "Bearer s3cret");
            assertEquals(201, stored.statusCode());
            assertEquals("Stored text.", Http.json(http.get("/api/articles/mine")).get("text").asText());
        }
    }

    @Test
    void postedArticlesAreWrittenToTheStoreOnce(@TempDir Path dir) {
        StoreLocation location = StoreLocation.parse(dir.resolve("api.db").toString(), null);
        MemoryCorpus corpus = new MemoryCorpus(List.of());
        try (NewsiftServer s = new NewsiftServer(corpus, ApiTest::echo, NO_STORIES, EscalationDetector.defaults(), null,
                new StoreWriter(location), ServerOptions.defaults().withToken("s3cret", false)).start("127.0.0.1", 0)) {
            Http http = new Http(s.port());
            String body = "{\"id\":\"posted\",\"text\":\"Kyrgyzstan and Tajikistan signed a water agreement on Tuesday.\","
                    + "\"published\":\"2025-09-09\"}";
            HttpResponse<String> first = http.post("/api/articles", "application/json", body, "Authorization", "Bearer s3cret");
            assertEquals(201, first.statusCode(), first.body());
            HttpResponse<String> copy = http.post("/api/articles", "application/json", body.replace("\"posted\"", "\"again\""),
                    "Authorization", "Bearer s3cret");
            assertEquals(200, copy.statusCode(), copy.body());
            assertEquals("posted", Http.json(copy).get("id").asText(), "a copy answers with the article it copies");
            assertFalse(Http.json(copy).get("stored").asBoolean());
        }
        assertEquals(List.of("posted"), corpus.analyses().stream().map(Analysis::id).toList());
        try (NewsStore store = NewsStore.open(location)) {
            assertTrue(store.queries().analysisJson("posted").orElseThrow().contains("water agreement"));
        }
    }

    @Test
    void authAllClosesTheReadsToo() {
        try (NewsiftServer s = server(ApiTest::echo, ServerOptions.defaults().withToken("s3cret", true))) {
            Http http = new Http(s.port());
            HttpResponse<String> r = http.get("/api/overview");
            assertEquals(401, r.statusCode());
            assertEquals("Bearer", r.headers().firstValue("WWW-Authenticate").orElse(""));
            assertEquals(200, http.get("/api/overview", "Authorization", "Bearer s3cret").statusCode());
        }
    }

    @Test
    void corsAllowsOnlyTheOriginGiven() {
        try (NewsiftServer s = server(ApiTest::echo, ServerOptions.defaults().withCors("https://desk.example.org"))) {
            Http http = new Http(s.port());
            assertEquals("https://desk.example.org", http.get("/api/overview", "Origin", "https://desk.example.org")
                    .headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertTrue(http.get("/api/overview", "Origin", "https://evil.example.com")
                    .headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        }
    }

    @Test
    void aCorsPreflightNeedsNoTokenButTheRequestDoes() {
        ServerOptions options = ServerOptions.defaults().withToken("s3cret", true).withCors("https://desk.example.org");
        try (NewsiftServer s = server(ApiTest::echo, options)) {
            Http http = new Http(s.port());
            HttpResponse<String> preflight = http.options("/api/analyze", "Origin", "https://desk.example.org",
                    "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization,content-type");
            assertEquals(200, preflight.statusCode(), preflight.body());
            assertEquals("https://desk.example.org", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertEquals(401, http.post("/api/analyze", "text/plain", "Text.", "Origin", "https://desk.example.org").statusCode());
        }
    }

    @Test
    void aFullQueueAnswers503WithRetryAfter() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Analyzer blocking = a -> {
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ApiTest.echo(a);
        };
        try (NewsiftServer s = server(blocking, ServerOptions.defaults().withLimits(1 << 20, 1, 0, Duration.ofSeconds(60)))) {
            Http http = new Http(s.port());
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(
                    () -> http.post("/api/analyze", "text/plain", "First."));
            assertTrue(started.await(30, TimeUnit.SECONDS));
            HttpResponse<String> second = http.post("/api/analyze", "text/plain", "Second.");
            assertEquals(503, second.statusCode());
            assertEquals("" + AnalysisQueue.RETRY_AFTER_SECONDS, second.headers().firstValue("Retry-After").orElse(""));
            release.countDown();
            assertEquals(200, first.get(30, TimeUnit.SECONDS).statusCode());
        }
    }

    @Test
    void anAnalysisThatOutlastsTheTimeoutIsA503() {
        CountDownLatch never = new CountDownLatch(1);
        Analyzer stuck = a -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return (Analysis) null;
        };
        try (NewsiftServer s = server(stuck, ServerOptions.defaults().withLimits(1 << 20, 1, 1, Duration.ofMillis(200)))) {
            HttpResponse<String> r = new Http(s.port()).post("/api/analyze", "text/plain", "Text.");
            assertEquals(503, r.statusCode());
            assertTrue(Http.json(r).get("error").asText().contains("longer than"));
        }
    }
}
