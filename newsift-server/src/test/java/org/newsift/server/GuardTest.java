package org.newsift.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsift.model.Analysis;
import org.newsift.server.alerts.EscalationDetector;
import org.newsift.server.corpus.ArticleSummary;
import org.newsift.server.corpus.Paging;
import org.newsift.server.corpus.StoreCorpus;
import org.newsift.server.corpus.StoreWriter;
import org.newsift.server.stories.StoryClusterer;
import org.newsift.store.NewsStore;
import org.newsift.store.StoreLocation;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Token auth, CORS when asked for, Host and Origin checks, the body limit and the analysis queue's limits: each on a
 * server of its own.
 */
class GuardTest {
    private static final StoryClusterer NO_STORIES = new StoryClusterer(text -> new float[] {1}, 3, 2.0);

    private static NewsiftServer server(Analyzer analyzer, ServerOptions options) {
        return server(analyzer, options, "127.0.0.1");
    }

    private static NewsiftServer server(Analyzer analyzer, ServerOptions options, String host) {
        StoreLocation store = StoreFixtures.empty();
        return new NewsiftServer(StoreFixtures.corpus(store), analyzer, NO_STORIES, EscalationDetector.defaults(), null,
                StoreFixtures.writer(store), options).start(host, 0);
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
        NewsStore.open(location).close();
        StoreCorpus corpus = StoreFixtures.corpus(location);
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
            HttpResponse<String> taken = http.post("/api/articles", "application/json",
                    "{\"id\":\"posted\",\"text\":\"Another article entirely, about a dam on the Vakhsh.\"}",
                    "Authorization", "Bearer s3cret");
            assertEquals(400, taken.statusCode(), taken.body());
            assertEquals("the store holds another article with the id 'posted': post it with another id",
                    Http.json(taken).get("error").asText());
        }
        assertEquals(List.of("posted"), corpus.search("", new Paging(0, 10)).items().stream().map(ArticleSummary::id).toList());
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

    @Test
    void aChunkedBodyIsHeldToTheLimitToo() {
        AtomicInteger analysed = new AtomicInteger();
        Analyzer counting = a -> {
            analysed.incrementAndGet();
            return ApiTest.echo(a);
        };
        try (NewsiftServer s = server(counting, ServerOptions.defaults().withLimits(1 << 16, 1, 1, Duration.ofSeconds(60)))) {
            Http http = new Http(s.port());
            assertEquals(200, http.chunked("/api/analyze", "text/plain", 1 << 15).status(), "under the limit");
            Http.Raw large = http.chunked("/api/analyze", "text/plain", 8 << 20);
            assertEquals(413, large.status(), large.rest().substring(0, Math.min(300, large.rest().length())));
            assertTrue(large.rest().contains("\"status\":413"), large.rest());
            assertEquals(1, analysed.get(), "the large body never reached the analyzer");
        }
    }

    @Test
    void aTimedOutAnalysisIsCancelledAndItsWorkerServesTheNextRequest() {
        AtomicBoolean interrupted = new AtomicBoolean();
        Analyzer spinning = a -> {
            if (!a.text().startsWith("Spin")) {
                return ApiTest.echo(a);
            }
            while (!Thread.interrupted()) {
                Thread.onSpinWait();
            }
            // a parser takes a moment to notice and unwind, as CoreNLP does between its checks
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            interrupted.set(true);
            throw new IllegalStateException("interrupted");
        };
        // one worker and no queue: the next request is served only if the spinning analysis let its worker go
        try (NewsiftServer s = server(spinning, ServerOptions.defaults().withLimits(1 << 20, 1, 0, Duration.ofMillis(300)))) {
            Http http = new Http(s.port());
            HttpResponse<String> first = http.post("/api/analyze", "text/plain", "Spin forever.");
            assertEquals(503, first.statusCode(), first.body());
            assertTrue(interrupted.get(), "the timed-out analysis was interrupted and had ended by the 503");
            HttpResponse<String> next = http.post("/api/analyze", "text/plain", "Next article.");
            assertEquals(200, next.statusCode(), next.body());
        }
    }

    @Test
    void aForeignHostHeaderIsRefusedOnLoopback() {
        // a DNS-rebinding page reaches 127.0.0.1 under its own name, and the browser sends that name as Host
        try (NewsiftServer s = server(ApiTest::echo, ServerOptions.defaults())) {
            Http http = new Http(s.port());
            Http.Raw rebound = http.bare("GET", "/api/overview", "Host", "rebind.example.com:" + s.port());
            assertEquals(403, rebound.status(), rebound.rest());
            assertTrue(rebound.rest().contains("\"status\":403") && rebound.rest().contains("allowed-hosts"), rebound.rest());
            assertEquals(403, http.bare("GET", "/", "Host", "rebind.example.com").status(), "the dashboard too");
            for (String host : List.of("localhost:" + s.port(), "LOCALHOST", "127.0.0.1:1", "[::1]:" + s.port())) {
                assertEquals(200, http.bare("GET", "/api/overview", "Host", host).status(), host);
            }
        }
    }

    @Test
    void aCrossOriginPageCannotPostButMayRead() {
        try (NewsiftServer s = server(ApiTest::echo, ServerOptions.defaults())) {
            Http http = new Http(s.port());
            HttpResponse<String> foreign = http.post("/api/analyze", "text/plain", "Text.", "Origin", "https://evil.example.com");
            assertEquals(403, foreign.statusCode(), foreign.body());
            assertTrue(Http.json(foreign).get("error").asText().contains("origin"), foreign.body());
            assertEquals(403, http.post("/api/analyze", "text/plain", "Text.", "Origin", "null").statusCode());
            assertEquals(200, http.post("/api/analyze", "text/plain", "Text.", "Origin", "http://127.0.0.1:" + s.port())
                    .statusCode(), "the dashboard's own origin");
            assertEquals(200, http.post("/api/analyze", "text/plain", "Text.", "Origin", "http://localhost:5173").statusCode());
            // without CORS headers the browser keeps the answer from the page
            assertEquals(200, http.get("/api/overview", "Origin", "https://evil.example.com").statusCode());
        }
    }

    @Test
    void withoutATokenOnlyALoopbackClientMayAnalyze() {
        Optional<InetAddress> lan = lanAddress();
        assumeTrue(lan.isPresent(), "this machine has no non-loopback IPv4 address to listen on");
        String host = lan.get().getHostAddress();
        List<String> anyHost = ServerOptions.defaultHosts(host);
        assertEquals(List.of(ServerOptions.ANY_HOST), anyHost, "no Host check by default off loopback");
        try (NewsiftServer s = server(ApiTest::echo, ServerOptions.defaults().withAccess(anyHost, false), host)) {
            Http http = new Http(host, s.port());
            HttpResponse<String> r = http.post("/api/analyze", "text/plain", "Text.");
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(Http.json(r).get("error").asText().contains("--open-analyze"), r.body());
            assertEquals(200, http.get("/api/overview").statusCode(), "reads stay open");
        }
        try (NewsiftServer s = server(ApiTest::echo, ServerOptions.defaults().withAccess(anyHost, true), host)) {
            assertEquals(200, new Http(host, s.port()).post("/api/analyze", "text/plain", "Text.").statusCode());
        }
        try (NewsiftServer s = server(ApiTest::echo, ServerOptions.defaults().withAccess(anyHost, false).withToken("s3cret", false),
                host)) {
            assertEquals(200, new Http(host, s.port()).post("/api/analyze", "text/plain", "Text.", "Authorization",
                    "Bearer s3cret").statusCode(), "a token opens it to every client that has it");
        }
    }

    @Test
    void fiftyClientsGetAnswersOrRetryLaters() throws Exception {
        Analyzer slow = a -> {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ApiTest.echo(a);
        };
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(50);
        try (NewsiftServer s = server(slow, ServerOptions.defaults().withLimits(1 << 20, 2, 4, Duration.ofSeconds(60)))) {
            Http http = new Http(s.port());
            List<CompletableFuture<Void>> clients = new ArrayList<>();
            for (int c = 0; c < 50; c++) {
                clients.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 5; i++) {
                        HttpResponse<String> r = http.post("/api/analyze", "application/json", "{\"text\":\"Words.\"}");
                        statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                        assertTrue(r.statusCode() != 503 || r.headers().firstValue("Retry-After").isPresent());
                    }
                }, threads));
            }
            CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        assertTrue(List.of(200, 503).containsAll(statuses.keySet()), statuses.toString());
        assertTrue(statuses.containsKey(200), statuses.toString());
    }

    private static Optional<InetAddress> lanAddress() {
        try {
            return NetworkInterface.networkInterfaces().filter(GuardTest::up)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean up(NetworkInterface nic) {
        try {
            return nic.isUp() && !nic.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
