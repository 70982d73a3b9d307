package org.newsift.store;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsift.input.InputError;
import org.newsift.input.InputItem;
import org.newsift.model.Analysis;
import org.newsift.model.Article;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every store backend must do, run against DuckDB and against a real PostgreSQL server by the
 * subclasses. Articles written for the newsift project.
 */
abstract class StoreContractTest {
    private static final String ACCUSED = "Pakistan accused Afghanistan of sheltering militants who attacked a border post, "
            + "in a statement issued late on Wednesday by the foreign ministry in Islamabad.";
    private static final String TALKS = "Delegations from Pakistan and Afghanistan held talks in Istanbul on Monday with "
            + "mediators from Turkey and Qatar, and agreed to meet again next week.";
    private static final String TALKS_AGAIN = "Pakistan and Afghanistan resumed talks in Doha on Thursday, a week after "
            + "their first round, and both sides described the meeting as constructive.";
    private static final String SHELLING = "India accused Pakistan of shelling villages along the line of control on "
            + "Tuesday night, and officials in Srinagar said three houses had been destroyed.";

    /** A fresh, empty store location for one test. */
    abstract StoreLocation freshLocation() throws Exception;

    private StoreLocation location;
    private NewsStore store;

    @BeforeEach
    void open() throws Exception {
        location = freshLocation();
        store = NewsStore.open(location);
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private static InputItem article(String id, String published, String text) {
        return new InputItem.Read(new Article(id, "Title of " + id, "https://example.org/" + id, published, text), id + ".txt");
    }

    private static List<InputItem> corpus() {
        return List.of(
                article("a1", "2025-10-01", ACCUSED),
                article("a2", "2025-10-06", TALKS),
                article("a3", "2025-10-02", ACCUSED.toUpperCase()),                 // a wire copy of a1
                new InputError("broken.html", "broken.html", "no article text found in the HTML"),
                article("a1", "2025-10-03", TALKS_AGAIN),                           // the id a1 again, another body
                article("a4", "2025-10-16", TALKS_AGAIN));
    }

    private IngestSummary ingest(List<InputItem> items) throws InterruptedException {
        return new Ingester(store, new KeywordAnalyzer(), IngestProgress.silent()).ingest(items.iterator(), Ingester.sequential());
    }

    @Test
    void storesOriginalsLinksCopiesAndRecordsErrors() throws Exception {
        IngestSummary s = ingest(corpus());
        assertEquals(6, s.read());
        assertEquals(3, s.stored());
        assertEquals(1, s.exactCopies());
        assertEquals(1, s.duplicateIds());
        assertEquals(2, s.errors());
        assertEquals(List.of("a1", "a1"), List.of(store.queries().originalOf("a1").orElseThrow(),
                store.queries().originalOf("a3").orElseThrow()), "a copy stands for its original");
        assertTrue(store.queries().originalOf("missing").isEmpty());
        assertEquals(store.queries().analysisJson("a1"), store.queries().analysisJson("a3"), "a copy answers with its original");
        assertTrue(store.queries().analysisJson("a1").orElseThrow().contains("\"cameo\":\"112\""));
        assertEquals(List.of("broken.html", "a1"), store.database().query(
                "SELECT input_id FROM ingest_errors ORDER BY input_id DESC", rs -> rs.getString(1)));
    }

    @Test
    void searchFiltersByDateActorAndEvent() throws Exception {
        ingest(corpus());
        StoreQueries q = store.queries();
        assertEquals(List.of("a1"), ids(q.search(SearchQuery.of("militants"))));
        assertEquals(List.of("a4", "a2", "a1"), ids(q.search(SearchQuery.of(""))), "blank query: newest first");
        assertEquals(List.of("a2"), ids(q.search(new SearchQuery("talks", null, null, "QAT", null, 0, 10))));
        assertEquals(List.of("a1"), ids(q.search(new SearchQuery(null, null, null, "PAK", "ACCUSE", 0, 10))));
        assertEquals(List.of("a1"), ids(q.search(new SearchQuery(null, null, null, null, "3", 0, 10))));
        assertEquals(List.of("a1"), ids(q.search(new SearchQuery(null, null, null, null, "11", 0, 10))));
        assertEquals(List.of("a2"), ids(q.search(new SearchQuery("talks", LocalDate.parse("2025-10-02"),
                LocalDate.parse("2025-10-10"), null, null, 0, 10))));
        SearchPage second = q.search(new SearchQuery("", null, null, null, null, 1, 1));
        assertEquals(3, second.total());
        assertEquals(List.of("a2"), ids(second));
        assertThrows(IllegalArgumentException.class, () -> q.search(SearchQuery.of("talks AND (")));
    }

    @Test
    void analysesOfAWindowAreTheNewestInItOldestFirst() throws Exception {
        ingest(corpus()); // originals a1 (10-01), a2 (10-06), a4 (10-16); a3 is a copy, stored without an analysis
        StoreQueries q = store.queries();
        LocalDate from = LocalDate.parse("2025-10-01");
        LocalDate to = LocalDate.parse("2025-10-16");
        assertEquals(List.of("a1", "a2", "a4"), q.analyses(from, to, 10).stream().map(Analysis::id).toList());
        assertEquals(List.of("a2", "a4"), q.analyses(from, to, 2).stream().map(Analysis::id).toList(), "the newest two");
        assertEquals(List.of("a2"), q.analyses(LocalDate.parse("2025-10-02"), LocalDate.parse("2025-10-15"), 10).stream()
                .map(Analysis::id).toList(), "both ends are days of the window");
    }

    @Test
    void dyadSeriesCountsAveragesAndSharesPerBucket() throws Exception {
        ingest(corpus());
        List<SeriesPoint> weekly = store.queries().series(EventFilter.dyad("PAK", "AFG", false), Granularity.WEEK);
        assertEquals(List.of(
                new SeriesPoint("2025-09-29", 1, List.of(0L, 0L, 1L, 0L), -2.0, List.of("a1")),
                new SeriesPoint("2025-10-06", 1, List.of(1L, 0L, 0L, 0L), 1.0, List.of("a2")),
                new SeriesPoint("2025-10-13", 1, List.of(1L, 0L, 0L, 0L), 1.0, List.of("a4"))), weekly);
        assertEquals(List.of(0.0, 0.0, 1.0, 0.0), weekly.get(0).quadShares());
        List<SeriesPoint> monthly = store.queries().series(EventFilter.dyad("AFGGOV", "PAK", false), Granularity.MONTH);
        assertEquals(1, monthly.size());
        assertEquals(3, monthly.get(0).events());
        assertEquals(0.0, monthly.get(0).meanGoldstein(), 1e-9);
        assertTrue(store.queries().series(EventFilter.dyad("AFG", "PAK", true), Granularity.DAY).isEmpty(),
                "directed: every event runs from Pakistan to Afghanistan");
        assertEquals(List.of(new ActorCount("AFGGOV", 3), new ActorCount("PAKGOV", 3)),
                store.queries().topActors(EventFilter.all(), 0, 5));
        assertEquals(List.of(new ActorEdge("PAKGOV", "AFGGOV", 3, 0.0)), store.queries().actorEdges(EventFilter.all(), 0, 5));
        List<EventRow> accusations = store.queries().events(new EventFilter("PAK", null, false, "ACCUSE", null, null), 0, 10).items();
        assertEquals(1, accusations.size());
        assertEquals(ACCUSED, accusations.get(0).evidence());
    }

    @Test
    void aReadOnlyStoreAnswersAsTheWriterDoesAndRefusesToWrite() throws Exception {
        ingest(corpus());
        store.close(); // a DuckDB file is read-only or read-write, not both at once
        store = null;
        try (NewsStore reader = NewsStore.openReadOnly(location)) {
            StoreQueries q = reader.queries();
            assertEquals(List.of("a4", "a2", "a1"), ids(q.search(SearchQuery.of(""))));
            assertEquals(3, q.series(EventFilter.dyad("PAK", "AFG", false), Granularity.WEEK).size());
            assertEquals(3, q.overview(5).articles());
            assertEquals(q.analysisJson("a1"), q.analysisJson("a3"), "a copy answers with its original");
            assertEquals(3L, (long) reader.reading(() -> q.count(EventFilter.all()).events()));
            SQLException refused = assertThrows(SQLException.class,
                    () -> reader.database().execute("INSERT INTO newsift_schema VALUES (9)"));
            assertTrue(refused.getMessage().toLowerCase(java.util.Locale.ROOT).contains("read-only")
                    || refused.getMessage().toLowerCase(java.util.Locale.ROOT).contains("read only"), refused.getMessage());
        }
    }

    @Test
    void exportsAnalysesEventsAndGdeltRows() throws Exception {
        ingest(corpus());
        Exporter exporter = new Exporter(store);
        StringWriter jsonl = new StringWriter();
        assertEquals(3, exporter.write(ExportFormat.JSONL, jsonl));
        assertEquals(3, jsonl.toString().lines().filter(l -> l.startsWith("{\"schema\":\"" + Analysis.SCHEMA + "\"")).count());
        StringWriter csv = new StringWriter();
        assertEquals(3, exporter.write(ExportFormat.CSV, csv));
        List<String> lines = csv.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("article_id,idx,event_id,event_date,"), lines.get(0));
        assertTrue(lines.get(1).startsWith("a1,0,E1,2025-10-01,"), lines.get(1));
        StringWriter gdelt = new StringWriter();
        assertEquals(3, exporter.write(ExportFormat.GDELT, gdelt));
        String[] first = gdelt.toString().lines().findFirst().orElseThrow().split("\t", -1);
        assertEquals(61, first.length);
        assertEquals(List.of("20251001", "202510", "2025", "PAKGOV", "PAKISTAN", "PAK", "GOV", "AFGGOV", "112", "112", "11", "3",
                        "-2.0", "2", "Istanbul", "https://example.org/a1"),
                List.of(first[1], first[2], first[3], first[5], first[6], first[7], first[12], first[15], first[26], first[27],
                        first[28], first[29], first[30], first[33], first[52], first[60]));
    }

    @Test
    void undatedEventsAreCountedAndLeftOutOfTheSeries() throws Exception {
        // a2 has no publication date and its analysis finds none; a4's analysis reads one from its text
        List<InputItem> items = List.of(article("a1", "2025-10-01", ACCUSED), article("a2", null, TALKS),
                article("a4", null, TALKS_AGAIN));
        KeywordAnalyzer keywords = new KeywordAnalyzer();
        IngestSummary s = new Ingester(store, a -> keywords.apply(a.id().equals("a4") ? a.withPublishedIfAbsent("2025-10-16") : a),
                IngestProgress.silent()).ingest(items.iterator(), Ingester.sequential());
        assertEquals(List.of(3, 1, 1), List.of(s.events(), s.undatedEvents(), s.undatedArticles()));
        assertTrue(s.toString().contains("events 3 (undated 1)"), s.toString());
        StoreQueries q = store.queries();
        assertEquals(new EventCount(3, 2), q.count(EventFilter.all()));
        assertEquals(new EventCount(2, 1), q.count(new EventFilter(null, null, false, "CONSULT", null, null)));
        assertEquals(List.of("2025-09-29", "2025-10-13"),
                q.series(EventFilter.dyad("PAK", "AFG", false), Granularity.WEEK).stream().map(SeriesPoint::bucket).toList());
        assertEquals(List.of("a4"), ids(q.search(new SearchQuery("Doha", LocalDate.parse("2025-10-15"),
                LocalDate.parse("2025-10-17"), null, null, 0, 10))), "the date the analysis read is the article's");
        assertEquals(2, new Exporter(store).write(ExportFormat.GDELT, new StringWriter()), "a GDELT row needs a day");
    }

    @Test
    void aSecondRunAddsNothing() throws Exception {
        ingest(corpus());
        IngestSummary again = ingest(corpus());
        assertEquals(0, again.stored());
        assertEquals(4, again.alreadyStored());
        assertEquals(List.of(4L, 3L), store.database().query(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)", rs -> List.of(rs.getLong(1), rs.getLong(2))).get(0));
    }

    @Test
    void theIndexIsRebuiltFromTheDatabase() throws Exception {
        ingest(corpus());
        store.close();
        store = null;
        try (Stream<Path> files = Files.walk(location.index())) {
            files.sorted(Comparator.reverseOrder()).forEach(StoreContractTest::delete);
        }
        store = NewsStore.open(location);
        assertEquals(3, store.reconciled());
        assertEquals(List.of("a1"), ids(store.queries().search(SearchQuery.of("militants"))));
        assertFalse(store.queries().analysisJson("missing").isPresent());
    }

    /** 2 MB: beyond DuckDB's ART key limit (~120 KB), a PostgreSQL btree row (~2.7 KB) and a Lucene term (32 KB). */
    private static String huge(String prefix, char fill) {
        return prefix + String.valueOf(fill).repeat(2 << 20);
    }

    @Test
    void idsAndUrlsOfAnyLengthAreStoredAndFoundById() throws Exception {
        String jsonlId = huge("line-", 'j');
        String warcUri = huge("https://example.org/warc/", 'w');
        String feedLink = huge("https://example.org/feed/", 'f');
        InputError fetchFailed = new InputError(feedLink + "x", "feed.xml", "fetch failed: " + feedLink + "x: connection refused");
        List<InputItem> items = List.of(
                article("good", "2025-10-01", ACCUSED),
                new InputItem.Read(new Article(jsonlId, "A JSONL id", null, "2025-10-06", TALKS), "in.jsonl:2"),
                // a WARC record: id and url are its WARC-Target-URI
                new InputItem.Read(new Article(warcUri, null, warcUri, "2025-10-16", TALKS_AGAIN), "crawl.warc:1042"),
                // a feed entry whose page could not be fetched, and one read from the feed's own content
                fetchFailed,
                new InputItem.Read(new Article(feedLink, "A feed entry", feedLink, "2025-10-20", SHELLING), "feed.xml"),
                new InputItem.Read(new Article(jsonlId, null, null, null, "Another body under the same id."), "in.jsonl:3"));
        IngestSummary s = ingest(items);
        assertEquals(List.of(4, 2, 1), List.of(s.stored(), s.errors(), s.duplicateIds()), s.toString());
        StoreQueries q = store.queries();
        for (String id : List.of("good", jsonlId, warcUri, feedLink)) {
            assertTrue(q.analysisJson(id).orElseThrow().contains("\"id\":\"" + id + "\""), "found by its id");
        }
        assertEquals(Set.of("good", jsonlId, warcUri, feedLink), Set.copyOf(ids(q.search(SearchQuery.of("")))));
        assertEquals(Set.of("good", jsonlId, warcUri, feedLink),
                Set.copyOf(q.events(EventFilter.all(), 0, 10).items().stream().map(EventRow::articleId).toList()));
        List<String> errors = store.database().query("SELECT input_id, reason FROM ingest_errors",
                rs -> rs.getString(1) + " " + rs.getString(2).length());
        assertEquals(2, errors.size());
        assertTrue(errors.contains(feedLink + "x " + fetchFailed.message().length()), "the whole link is kept");
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(jsonlId + " ") && Integer.parseInt(e.substring(jsonlId.length() + 1)) < 1000),
                "the duplicate id's reason quotes the start of the id, not 2 MB");

        IngestSummary again = ingest(items);
        assertEquals(List.of(0, 4, 2), List.of(again.stored(), again.alreadyStored(), again.errors()), again.toString());
        assertEquals(2, store.database().query("SELECT count(*) FROM ingest_errors", rs -> rs.getInt(1)).get(0),
                "an error recorded again is one row");
    }

    @Test
    void everyErrorOfALargeFailingFeedIsRecorded() throws Exception {
        int n = 20_000;
        List<InputItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String link = "https://example.org/feed/item-" + i;
            items.add(new InputError(link, "feed.xml", "fetch failed: " + link + ": HTTP 503"));
            if (i % 5000 == 2500) {
                items.add(article("good" + i, "2025-10-01", ACCUSED + " Report " + i + "."));
            }
        }
        IngestSummary s = ingest(items);
        assertEquals(n, s.errors());
        assertEquals(List.of((long) n, (long) n), store.database().query(
                "SELECT count(*), count(DISTINCT input_id) FROM ingest_errors", rs -> List.of(rs.getLong(1), rs.getLong(2))).get(0));
        assertEquals(4, store.database().query("SELECT count(*) FROM articles", rs -> rs.getInt(1)).get(0));
    }

    @Test
    void aStoreOfSchemaVersionOneIsRefusedWithOneLine() throws Exception {
        ingest(corpus());
        store.close();
        store = null;
        try (Connection c = DriverManager.getConnection(location.jdbcUrl()); Statement st = c.createStatement()) {
            st.execute("DROP TABLE newsift_schema"); // version 1 had articles and no version table
        }
        StoreException e = assertThrows(StoreException.class, () -> NewsStore.open(location).close());
        assertTrue(e.getMessage().contains("has schema version 1 and this newsift reads version 2"), e.getMessage());
        assertTrue(e.getMessage().endsWith("ingest the inputs again into a new store"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void anIndexKeyedByIdsIsRebuilt() throws Exception {
        ingest(corpus());
        store.close();
        store = null;
        try (IndexWriter old = new IndexWriter(FSDirectory.open(location.index()), new IndexWriterConfig()
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            Document ghost = new Document(); // version 1 indexed the id itself and had no commit data
            ghost.add(new StringField("id", "ghost", Field.Store.YES));
            old.addDocument(ghost);
        }
        store = NewsStore.open(location);
        assertEquals(3, store.reconciled());
        assertEquals(List.of("a4", "a2", "a1"), ids(store.queries().search(SearchQuery.of(""))));
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> ids(SearchPage page) {
        return page.hits().stream().map(SearchPage.Hit::id).toList();
    }

}
