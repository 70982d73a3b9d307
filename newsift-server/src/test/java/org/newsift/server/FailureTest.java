package org.newsift.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsift.server.alerts.EscalationDetector;
import org.newsift.server.corpus.Corpus;
import org.newsift.server.stories.StoryClusterer;
import org.newsift.store.StoreLocation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failure the server did not expect: logged once with a request id, answered with the usual JSON error and that id. */
class FailureTest {
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler collect = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger log = Logger.getLogger("org.newsift.server");

    @BeforeEach
    void listen() {
        log.addHandler(collect);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(collect);
    }

    /** The fixture corpus, except that a search fails as a request that exhausts the heap does. */
    private static Corpus failingSearch() {
        Corpus real = StoreFixtures.corpus(StoreFixtures.empty());
        return (Corpus) Proxy.newProxyInstance(Corpus.class.getClassLoader(), new Class<?>[] {Corpus.class}, (p, m, args) -> {
            if (m.getName().equals("search")) {
                throw new OutOfMemoryError("Java heap space");
            }
            try {
                return m.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    @Test
    void anErrorOnTheRequestThreadIsLoggedAndAnsweredWithItsRequestId() {
        try (NewsiftServer s = new NewsiftServer(failingSearch(), ApiTest::echo, new StoryClusterer(t -> new float[] {1}, 3, 2.0),
                EscalationDetector.defaults(), null, StoreFixtures.writer(StoreFixtures.empty()), ServerOptions.defaults()).start("127.0.0.1", 0)) {
            HttpResponse<String> r = new Http(s.port()).get("/api/articles");
            assertEquals(500, r.statusCode());
            JsonNode body = Http.json(r);
            assertEquals(500, body.get("status").asInt());
            String id = r.headers().firstValue("X-Request-Id").orElse("");
            assertFalse(id.isBlank(), "the answer names its request");
            assertEquals(id, body.get("request_id").asText());
            assertFalse(r.body().contains("heap") || r.body().contains("at org."), "no detail or stack trace in the answer: " + r.body());
            assertOneLineLogged(id, "OutOfMemoryError", "Java heap space");
        }
    }

    @Test
    void aFailedAnalysisIsLoggedAndAnsweredWithItsRequestId() {
        // an analyzer's IllegalArgumentException is its own bug, not a bad request: once it answered 400 with its bare message
        Analyzer broken = a -> {
            throw new IllegalArgumentException("-1");
        };
        StoreLocation store = StoreFixtures.empty();
        try (NewsiftServer s = new NewsiftServer(StoreFixtures.corpus(store), broken, new StoryClusterer(t -> new float[] {1}, 3, 2.0),
                EscalationDetector.defaults(), null, StoreFixtures.writer(store), ServerOptions.defaults()).start("127.0.0.1", 0)) {
            HttpResponse<String> r = new Http(s.port()).post("/api/analyze", "text/plain", "Words.");
            assertEquals(500, r.statusCode());
            String id = Http.json(r).get("request_id").asText();
            assertEquals(id, r.headers().firstValue("X-Request-Id").orElse(""));
            assertFalse(r.body().contains("-1"), r.body());
            assertOneLineLogged(id, "IllegalArgumentException", "-1");
        }
    }

    @Test
    void aPostWhoseAnalysisFailsLeavesNothingInTheStore() throws Exception {
        StoreLocation store = StoreFixtures.empty();
        Analyzer broken = a -> {
            throw new IllegalStateException("the analyzer broke");
        };
        try (NewsiftServer s = new NewsiftServer(StoreFixtures.corpus(store), broken, new StoryClusterer(t -> new float[] {1}, 3, 2.0),
                EscalationDetector.defaults(), null, StoreFixtures.writer(store), ServerOptions.defaults().withToken("t", false))
                .start("127.0.0.1", 0)) {
            HttpResponse<String> r = new Http(s.port()).post("/api/articles", "text/plain", "Words of a post.",
                    "Authorization", "Bearer t");
            assertEquals(500, r.statusCode(), r.body());
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection(store.jdbcUrl(), readOnly);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM ingest_errors)")) {
            rs.next();
            assertEquals(List.of(0, 0), List.of(rs.getInt(1), rs.getInt(2)),
                    "the server's failure is not the article's: no article, no ingest error");
        }
    }

    private void assertOneLineLogged(String id, String type, String message) {
        List<LogRecord> errors = logged.stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertEquals(1, errors.size(), logged.toString());
        String line = errors.get(0).getMessage();
        assertTrue(line.contains(id) && line.contains(type) && line.contains(message), line);
        assertFalse(line.contains("\n"), line);
    }
}
