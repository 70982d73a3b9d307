package org.newsift.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.model.Summary;
import org.newsift.server.alerts.EscalationDetector;
import org.newsift.server.stories.StoryClusterer;

import org.newsift.store.StoreLocation;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read API over the fixture corpus, and /api/analyze with a stand-in analyzer. */
class ApiTest {
    private static NewsiftServer server;
    private static Http http;

    /** Echoes the article back as an analysis without layers: the endpoint's plumbing is what is tested here. */
    static Analysis echo(Article a) {
        return new Analysis(Analysis.SCHEMA, a.id(), a.title(), a.url(), a.published(), "en", a.text(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), (Summary) null);
    }

    @BeforeAll
    static void start() throws IOException {
        StoreLocation location = StoreFixtures.ingest(Files.createTempDirectory("newsift-api"));
        server = new NewsiftServer(StoreFixtures.corpus(location), ApiTest::echo, StoryClusterer.miniLm(),
                EscalationDetector.defaults(), null, StoreFixtures.writer(location), ServerOptions.defaults().withLimits(4096, 2, 4,
                java.time.Duration.ofSeconds(30))).start("127.0.0.1", 0);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void overviewCountsTheCorpus() {
        JsonNode corpus = Http.json(http.get("/api/overview")).get("corpus");
        assertEquals(Fixtures.analyses().size(), corpus.get("articles").asInt());
        long events = Fixtures.analyses().stream().mapToLong(a -> a.events().size()).sum();
        assertEquals(events, corpus.get("events").asLong());
        assertEquals("2025-09-01", corpus.get("first_date").asText());
        assertTrue(corpus.get("top_dyads").size() > 0);
        JsonNode volume = corpus.get("volume");
        long articles = 0;
        for (JsonNode week : volume) {
            articles += week.get("articles").asLong();
        }
        assertEquals(Fixtures.analyses().size(), articles, "every fixture article has a publication day");
        assertEquals("2025-09-01", volume.get(0).get("week").asText());
    }

    @Test
    void articlesAreSearchedAndPaged() {
        JsonNode all = Http.json(http.get("/api/articles?limit=2"));
        assertEquals(Fixtures.analyses().size(), all.get("total").asInt());
        assertEquals(2, all.get("items").size());
        JsonNode second = Http.json(http.get("/api/articles?limit=2&offset=2"));
        assertFalse(second.get("items").get(0).get("id").asText().equals(all.get("items").get(0).get("id").asText()));
        // Lucene syntax, as newsift search: AND is both words, OR either (not the substring "or")
        JsonNode hits = Http.json(http.get("/api/articles?q=Isfara%20AND%20water"));
        assertEquals(1, hits.get("total").asInt());
        assertEquals(0, Http.json(http.get("/api/articles?q=Isfara%20AND%20zzyzx")).get("total").asInt());
        int isfara = Http.json(http.get("/api/articles?q=Isfara")).get("total").asInt();
        assertTrue(isfara > 1, "more articles name the river than its water");
        assertEquals(isfara, Http.json(http.get("/api/articles?q=Isfara%20OR%20zzyzx")).get("total").asInt());
        assertEquals(400, http.get("/api/articles?q=Isfara%20AND%20(").statusCode(), "a query that does not parse");
        assertEquals("fergana-2025-09-09", hits.get("items").get(0).get("id").asText());
        assertEquals("wire.example.org", hits.get("items").get(0).get("outlet").asText());
        JsonNode daily = Http.json(http.get("/api/articles?q=shattering")).get("items").get(0);
        JsonNode summary = articleSummary(daily.get("id").asText());
        assertEquals(summary.get("genre").asText(), daily.get("genre").asText());
        assertEquals(summary.get("spin").asDouble(), daily.get("spin").asDouble());
        assertEquals(summary.get("report_share").asDouble(), daily.get("report_share").asDouble());
        assertEquals(2, daily.get("claims").asInt());
    }

    @Test
    void badParametersAreA400WithAJsonMessage() {
        HttpResponse<String> r = http.get("/api/articles?limit=lots");
        assertEquals(400, r.statusCode());
        assertTrue(Http.json(r).get("error").asText().contains("limit"));
        assertEquals(400, http.get("/api/articles?limit=100000").statusCode());
        assertEquals(400, http.get("/api/events?from=yesterday").statusCode());
        assertEquals(400, http.get("/api/events?dyad=KGZ").statusCode());
        HttpResponse<String> type = http.get("/api/events?type=foo");
        assertEquals(400, type.statusCode());
        assertTrue(Http.json(type).get("error").asText().startsWith("unknown event 'FOO': give a quad class (1-4)"),
                type.body());
    }

    @Test
    void everyParameterOutOfRangeIsA400ThatNamesItAndItsRange() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("/api/actors?limit=-1", "limit must be a whole number from 1 to 500, got '-1'"),
                Map.entry("/api/actors?limit=0", "limit must be a whole number from 1 to 500, got '0'"),
                Map.entry("/api/actors?limit=501", "limit must be a whole number from 1 to 500, got '501'"),
                Map.entry("/api/articles?offset=-1", "offset must be a whole number from 0 to 2147483647, got '-1'"),
                Map.entry("/api/events?limit=99999999999", "limit must be a whole number from 1 to 500, got '99999999999'"),
                Map.entry("/api/events?offset=1.5", "offset must be a whole number from 0 to 2147483647, got '1.5'"),
                Map.entry("/api/stories?min=0", "min must be a whole number from 1 to 2147483647, got '0'"),
                Map.entry("/api/stories?threshold=1.5", "threshold must be a number from 0 to 1, got '1.5'"),
                Map.entry("/api/stories/fergana-2025-09-23-wire?threshold=high", "threshold must be a number from 0 to 1, got 'high'"),
                Map.entry("/api/stories?from=2025-09-30&to=2025-09-01", "from (2025-09-30) is after to (2025-09-01)"),
                Map.entry("/api/stories?to=last-week", "to must be a date (yyyy-MM-dd), got 'last-week'"));
        expected.forEach((path, message) -> {
            HttpResponse<String> r = http.get(path);
            assertEquals(400, r.statusCode(), path);
            assertEquals(message, Http.json(r).get("error").asText(), path);
        });
    }

    @Test
    void anArticleIsItsAnalysis() {
        JsonNode a = Http.json(http.get("/api/articles/" + Fixtures.HIGHLIGHTED));
        // the fixtures were stored under contract version 1: served as they were written, without version 2's voice
        assertEquals("newsift.analysis/1", a.get("schema").asText());
        assertTrue(a.get("rhetoric").size() > 0);
        a.get("rhetoric").forEach(r -> assertFalse(r.has("voice"), r.toString()));
        HttpResponse<String> missing = http.get("/api/articles/no-such-article");
        assertEquals(404, missing.statusCode());
        assertEquals(404, Http.json(missing).get("status").asInt());
    }

    @Test
    void eventsAreFilteredByActorDyadTypeAndDate() {
        JsonNode conflict = Http.json(http.get("/api/events?dyad=TJK,KGZ&type=4&limit=100"));
        assertTrue(conflict.get("total").asInt() >= 3, conflict.toString());
        for (JsonNode e : conflict.get("items")) {
            assertEquals(4, e.get("quad_class").asInt());
            assertTrue(e.get("date").asText().compareTo("2025-09-22") >= 0);
        }
        JsonNode early = Http.json(http.get("/api/events?actor=KGZ&from=2025-09-01&to=2025-09-07&limit=100"));
        assertTrue(early.get("total").asInt() > 0);
        for (JsonNode e : early.get("items")) {
            assertTrue(e.get("date").asText().startsWith("2025-09-0"));
            assertTrue((e.get("source") + " " + e.get("target")).contains("KGZ"), e.toString());
        }
        JsonNode cameo = Http.json(http.get("/api/events?type=19&limit=100"));
        for (JsonNode e : cameo.get("items")) {
            assertTrue(e.get("cameo").asText().startsWith("19"));
        }
    }

    @Test
    void aDyadSeriesHasWeeklyBucketsWithTheirArticles() {
        JsonNode series = Http.json(http.get("/api/dyads/KGZ/TJK/series"));
        List<String> weeks = new ArrayList<>();
        series.forEach(p -> weeks.add(p.get("bucket").asText()));
        assertEquals(List.of("2025-09-01", "2025-09-08", "2025-09-15", "2025-09-22"), weeks);
        JsonNode last = series.get(3);
        assertTrue(last.get("quad_counts").get(3).asInt() >= 3);
        assertTrue(last.get("mean_goldstein").asDouble() < 0);
        Set<String> articles = new HashSet<>();
        last.get("article_ids").forEach(id -> articles.add(id.asText()));
        assertEquals(Set.of("fergana-2025-09-23-wire", "fergana-2025-09-24-daily"), articles);
        assertTrue(series.get(0).get("mean_goldstein").asDouble() > 0);
    }

    @Test
    void actorsComeWithTheEdgesOfTheirGraph() {
        JsonNode body = Http.json(http.get("/api/actors?limit=10"));
        assertTrue(body.get("actors").size() > 0);
        JsonNode top = body.get("actors").get(0);
        assertTrue(top.get("events").asInt() >= body.get("actors").get(1).get("events").asInt());
        for (JsonNode e : body.get("edges")) {
            assertFalse(e.get("source").asText().equals(e.get("target").asText()));
        }
    }

    @Test
    void theClashesWeekRaisesAnEscalationAlert() {
        JsonNode alerts = Http.json(http.get("/api/alerts"));
        boolean found = false;
        for (JsonNode a : alerts) {
            if (a.get("actor_a").asText().equals("KGZ") && a.get("actor_b").asText().equals("TJK")
                    && a.get("week").asText().equals("2025-09-22")) {
                found = true;
            }
            assertFalse(a.get("week").asText().compareTo("2025-09-22") < 0,
                    "no alert before the clashes: " + a);
        }
        assertTrue(found, alerts.toString());
        assertTrue(Http.json(http.get("/api/overview")).get("alerts").size() > 0);
    }

    @Test
    void twoOutletsReportingTheClashesAreOneStory() {
        JsonNode stories = Http.json(http.get("/api/stories"));
        JsonNode clash = null;
        for (JsonNode s : stories) {
            Set<String> ids = new HashSet<>();
            s.get("articles").forEach(a -> ids.add(a.get("id").asText()));
            if (ids.contains("fergana-2025-09-23-wire")) {
                clash = s;
                assertTrue(ids.contains("fergana-2025-09-24-daily"), s.toString());
                assertFalse(ids.contains("fergana-2025-09-01"), "talks are another story: " + s);
            }
        }
        assertTrue(clash != null, stories.toString());
        assertEquals(0, Http.json(http.get("/api/stories?threshold=1")).size(), "no two leads are that alike");
        JsonNode story = Http.json(http.get("/api/stories/" + clash.get("id").asText()));
        Map<String, JsonNode> outlets = new java.util.TreeMap<>();
        story.get("outlets").forEach(o -> outlets.put(o.get("outlet").asText(), o));
        assertEquals(Set.of("daily.example.net", "wire.example.org"), outlets.keySet());
        assertEquals(articleSummary("fergana-2025-09-24-daily").get("spin").asDouble(),
                outlets.get("daily.example.net").get("spin").asDouble(), "an outlet's one article gives its spin");
        assertEquals(0.0, outlets.get("wire.example.org").get("spin").asDouble());
        assertEquals(404, http.get("/api/stories/nope").statusCode());
    }

    @Test
    void storiesAreFoundInAWindowOfDaysThatTheRequestCanMove() {
        // by default the 90 days up to the newest article (2025-10-28 here), which hold the clashes
        assertTrue(storyArticles("/api/stories").contains("fergana-2025-09-23-wire"));
        assertTrue(storyArticles("/api/stories?from=2025-09-20&to=2025-09-30").contains("fergana-2025-09-23-wire"));
        assertFalse(storyArticles("/api/stories?to=2025-09-20").contains("fergana-2025-09-23-wire"), "before the clashes");
        assertEquals(404, http.get("/api/stories/fergana-2025-09-23-wire?to=2025-09-20").statusCode());
    }

    private static Set<String> storyArticles(String path) {
        Set<String> ids = new HashSet<>();
        Http.json(http.get(path)).forEach(s -> s.get("articles").forEach(a -> ids.add(a.get("id").asText())));
        return ids;
    }

    private static JsonNode articleSummary(String id) {
        return Http.json(http.get("/api/articles/" + id)).get("summary");
    }

    @Test
    void aStorysSpinIsTheMeanOfItsArticlesSummarySpin() {
        JsonNode story = Http.json(http.get("/api/stories/fergana-2025-09-23-wire"));
        double spin = 0;
        double report = 0;
        for (JsonNode a : story.get("articles")) {
            JsonNode summary = articleSummary(a.get("id").asText());
            assertEquals(summary.get("spin").asDouble(), a.get("spin").asDouble(), "the list shows summary.spin");
            assertEquals(summary.get("genre").asText(), a.get("genre").asText());
            spin += summary.get("spin").asDouble();
            report += summary.get("report_share").asDouble();
        }
        int n = story.get("articles").size();
        assertEquals(2, n);
        assertEquals(spin / n, story.get("spin").asDouble(), 1e-12);
        assertEquals(report / n, story.get("report_share").asDouble(), 1e-12);
        assertEquals(1 - report / n, story.get("opinion_share").asDouble(), 1e-12);
        assertEquals(2, story.get("genres").get("reporting").asInt());
        List<Double> worth = new ArrayList<>();
        story.get("claims").forEach(c -> worth.add(c.get("checkworthiness").asDouble()));
        assertEquals(List.of(0.82, 0.78, 0.74, 0.55), worth, "the two articles' claims, most check-worthy first");
        JsonNode top = story.get("claims").get(0);
        assertEquals("At least four people were wounded, according to local officials.", top.get("text").asText());
        assertEquals("fergana-2025-09-23-wire", top.get("article_id").asText());
        assertTrue(top.get("claimant").isNull(), "no actor of the article makes it");
    }

    @Test
    void everyTechniqueBelongsToOneFamilyOfTheLegend() {
        JsonNode families = Http.json(http.get("/api/techniques"));
        List<String> techniques = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (JsonNode f : families) {
            keys.add(f.get("family").asText());
            assertFalse(f.get("name").asText().isBlank());
            f.get("techniques").forEach(t -> techniques.add(t.asText()));
        }
        assertEquals(Set.of("emotion", "attack", "credibility", "logic", "form"), keys);
        assertEquals(14, techniques.size());
        assertEquals(14, new HashSet<>(techniques).size(), "each technique once");
        assertTrue(techniques.containsAll(List.of("Loaded_Language", "Name_Calling,Labeling",
                "Whataboutism,Straw_Men,Red_Herring", "Bandwagon,Reductio_ad_hitlerum")), techniques.toString());
    }

    @Test
    void analyzeTakesJsonTextHtmlAndRefusesTheRest() {
        JsonNode text = Http.json(http.post("/api/analyze", "application/json",
                "{\"text\":\"Kyrgyzstan praised Tajikistan.\",\"published\":\"2025-09-01\"}"));
        assertEquals("Kyrgyzstan praised Tajikistan.", text.get("text").asText());
        assertEquals("2025-09-01", text.get("published").asText());
        JsonNode plain = Http.json(http.post("/api/analyze", "text/plain; charset=utf-8", "Plain words."));
        assertEquals("Plain words.", plain.get("text").asText());
        JsonNode html = Http.json(http.post("/api/analyze", "text/html",
                "<html><head><title>T</title></head><body><p>Para one.</p><script>x()</script></body></html>"));
        assertTrue(html.get("text").asText().contains("Para one."));
        assertFalse(html.get("text").asText().contains("x()"));
        assertEquals(400, http.post("/api/analyze", "application/json", "{\"text\":\"\"}").statusCode());
        assertEquals(400, http.post("/api/analyze", "application/json", "{not json").statusCode());
        assertEquals(400, http.post("/api/analyze", "application/json", "{\"text\":\"a\",\"html\":\"b\"}").statusCode());
        assertEquals(400, http.post("/api/analyze", "application/json", "{\"text\":\"a\",\"published\":\"soon\"}").statusCode());
        assertEquals(400, http.post("/api/analyze", "application/xml", "<a/>").statusCode());
    }

    @Test
    void aBodyOverTheLimitIsA413() {
        HttpResponse<String> r = http.post("/api/analyze", "text/plain", "x".repeat(5000));
        assertEquals(413, r.statusCode());
        assertEquals(413, Http.json(r).get("status").asInt());
    }

    @Test
    void writesAreOffWithoutAToken() {
        HttpResponse<String> r = http.post("/api/articles", "text/plain", "Some text.");
        assertEquals(403, r.statusCode());
        assertTrue(Http.json(r).get("error").asText().contains("--token"));
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicy() {
        for (String path : List.of("/", "/app.js", "/api/overview", "/api/nothing-here")) {
            HttpResponse<String> r = http.get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("script-src 'self' 'unsafe-inline'"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
        assertEquals(404, http.get("/api/nothing-here").statusCode());
        assertEquals(200, http.get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode());
    }

    @Test
    void corsIsOffByDefault() {
        HttpResponse<String> r = http.get("/api/overview", "Origin", "https://evil.example.com");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void pathsCannotClimbOutOfTheStaticFiles() {
        // the static root is /org/newsift/server/web on the classpath; its parent holds openapi.json and classes
        for (String path : List.of("/../openapi.json", "/%2e%2e/openapi.json", "/..%2fopenapi.json", "/%2e%2e%2fopenapi.json",
                "/..%5copenapi.json", "/web/../../NewsiftServer.class", "/%2e%2e/%2e%2e/NewsiftServer.class",
                "/webjars/../org/newsift/server/openapi.json", "/webjars/%2e%2e/%2e%2e/%2e%2e/org/newsift/server/Api.class")) {
            HttpResponse<String> r = http.raw(path);
            assertFalse(r.statusCode() == 200 && (r.body().contains("\"openapi\"") || r.body().contains("newsift/server")),
                    path + " answered " + r.statusCode() + ": " + r.body().substring(0, Math.min(80, r.body().length())));
        }
    }

    @Test
    void openApiListsEveryRoute() {
        JsonNode paths = Http.json(http.get("/openapi.json")).get("paths");
        Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + path.getKey()));
        }
        Set<String> served = new HashSet<>();
        server.routes().forEach(r -> served.add(r.method() + " " + r.path()));
        assertEquals(served, documented);
    }
}
