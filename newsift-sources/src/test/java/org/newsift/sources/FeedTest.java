package org.newsift.sources;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsift.input.InputError;
import org.newsift.input.InputItem;
import org.newsift.model.Article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feeds and OPML lists served from loopback; every feed and page here was written for the newsift project. */
class FeedTest {
    @TempDir
    Path dir;

    private LocalServer server;
    private final AtomicReference<String> feedVersion = new AtomicReference<>("v1");

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
        server.page("/story1", "text/html", TestWarcs.page("Dam opens", "The new dam opened on Tuesday."));
        server.page("/story2", "text/html", "<html><head><meta property=\"article:published_time\" "
                + "content=\"2026-11-20T08:00:00Z\"></head><body><p>Wheat prices fell in the region.</p></body></html>");
        server.page("/story3", "text/html", TestWarcs.page("Late story", "A later entry about trains."));
        server.route("/feed.rss", ex -> {
            String etag = "\"" + feedVersion.get() + "\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            ex.getResponseHeaders().set("ETag", etag);
            LocalServer.send(ex, 200, "application/rss+xml", rss(feedVersion.get().equals("v2")));
        });
        server.page("/atom.xml", "application/atom+xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Atom test feed</title><id>urn:newsift:test-atom</id><updated>2026-11-21T10:00:00Z</updated>
                  <entry><title>Dam opens</title><id>urn:newsift:atom-1</id><link href="%s"/>
                    <updated>2026-11-21T10:00:00Z</updated></entry>
                </feed>""".formatted(server.url("/story3")));
        server.page("/bad.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><item><title>unclosed");
        server.page("/list.opml", "text/x-opml", """
                <?xml version="1.0"?>
                <opml version="2.0"><head><title>Test list</title></head><body>
                  <outline text="Regional"><outline type="rss" text="RSS" xmlUrl="/feed.rss"/>
                  <outline type="rss" text="Broken" xmlUrl="%s"/></outline>
                  <outline type="rss" text="Atom" xmlUrl="%s"/>
                </body></opml>""".formatted(server.url("/bad.xml"), server.url("/atom.xml")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String rss(boolean withThird) {
        String third = withThird ? item("urn:newsift:3", "/story3", "Late story", "Fri, 21 Nov 2026 09:00:00 GMT", "") : "";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Test feed</title><link>%s</link><description>test</description>
                %s%s%s%s</channel></rss>""".formatted(server.url("/"),
                third,
                item("urn:newsift:1", "/story1", "Dam opens", "Wed, 19 Nov 2026 12:00:00 GMT", ""),
                item("urn:newsift:2", "/story2", "Wheat", "Thu, 20 Nov 2026 12:00:00 GMT", ""),
                item("urn:newsift:gone", "/gone", "Gone story", "Thu, 20 Nov 2026 13:00:00 GMT",
                        "<description>Flood barriers held overnight in the port town.</description>"));
    }

    private String item(String guid, String path, String title, String date, String extra) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid><link>" + server.url(path) + "</link><title>"
                + title + "</title><pubDate>" + date + "</pubDate>" + extra + "</item>\n";
    }

    private static SourceOptions opts() {
        return SourceOptions.defaults().withAllowPrivate(true).withPoliteness(Duration.ZERO);
    }

    private static List<InputItem> drain(Iterator<InputItem> it) {
        List<InputItem> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void anOpmlListGivesTheArticlesOfItsFeedsAndABrokenFeedIsOneError() {
        SourceBatch batch = Sources.open(List.of(server.url("/list.opml")), opts());
        List<InputItem> items = drain(batch);
        batch.close();

        assertEquals(List.of(server.url("/story1"), server.url("/story2"), server.url("/gone"), server.url("/bad.xml"),
                server.url("/story3")), items.stream().map(InputItem::id).toList(), items.toString());
        Article first = ((InputItem.Read) items.get(0)).article();
        assertEquals(server.url("/story1"), first.url());
        assertTrue(first.text().contains("The new dam opened"));
        assertEquals("2026-11-19T12:00:00Z", first.published(), "the entry date when the page has none");
        assertEquals("2026-11-20T08:00:00Z", ((InputItem.Read) items.get(1)).article().published(),
                "the page's own date wins");
        Article fallback = ((InputItem.Read) items.get(2)).article();
        assertTrue(fallback.text().contains("Flood barriers held"), "a 404 link falls back to the entry's summary");
        assertEquals("Gone story", fallback.title());
        InputError bad = assertInstanceOf(InputError.class, items.get(3));
        assertTrue(bad.message().startsWith("invalid feed"), bad.message());
        assertEquals(4, batch.stats().read());
        assertEquals(1, batch.stats().errors());
    }

    @Test
    void pollingYieldsOnlyNewEntriesAndUsesConditionalGet() {
        SourceStats stats = new SourceStats();
        HttpFetcher fetcher = new HttpFetcher(opts(), new InMemoryValidatorCache());
        try (FeedPoller poller = new FeedPoller(opts(), fetcher, stats)) {
            assertEquals(3, drain(poller.read(List.of(server.url("/feed.rss")))).size());
            assertTrue(drain(poller.pollAll()).isEmpty());
            assertEquals(1, stats.skipped(SourceStats.Skip.NOT_MODIFIED), "the unchanged feed answered 304");

            feedVersion.set("v2");
            List<InputItem> round = drain(poller.pollAll());
            assertEquals(List.of(server.url("/story3")), round.stream().map(InputItem::id).toList());
            assertEquals(3, stats.skipped(SourceStats.Skip.SEEN));
            long storyFetches = server.paths().stream().filter(p -> p.equals("/story1")).count();
            assertEquals(1, storyFetches, "a seen entry's page is not fetched again");
        }
    }

    @Test
    void aPollingBatchStopsWhenStoppedFromAnotherThread() throws Exception {
        SourceBatch batch = Sources.open(List.of(server.url("/feed.rss")), opts().withEvery(Duration.ofHours(1)));
        for (int i = 0; i < 3; i++) {
            batch.next();
        }
        AtomicReference<Boolean> more = new AtomicReference<>();
        Thread consumer = new Thread(() -> more.set(batch.hasNext())); // waits for the next round
        consumer.start();
        while (consumer.getState() != Thread.State.TIMED_WAITING && consumer.isAlive()) {
            Thread.sleep(5); // until it waits for the next round
        }
        batch.stop();
        consumer.join(30_000);
        assertFalse(consumer.isAlive(), "stop() must end the wait");
        batch.close();
        assertEquals(Boolean.FALSE, more.get());
    }

    @Test
    void aPollingBatchStopsWhenItsThreadIsInterrupted() throws Exception {
        SourceBatch batch = Sources.open(List.of(server.url("/feed.rss")), opts().withEvery(Duration.ofHours(1)));
        AtomicReference<Integer> count = new AtomicReference<>();
        Thread consumer = new Thread(() -> {
            int n = 0;
            while (batch.hasNext()) {
                batch.next();
                n++;
            }
            count.set(n);
        });
        consumer.start();
        while (batch.stats().read() < 3 && consumer.isAlive()) {
            Thread.sleep(10);
        }
        consumer.interrupt();
        consumer.join(30_000);
        assertFalse(consumer.isAlive());
        assertEquals(3, count.get());
    }

    @Test
    void aFeedWithADoctypeIsRefusedSoNoExternalEntityIsRead() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        Path feed = dir.resolve("xxe.rss");
        Files.writeString(feed, """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY x SYSTEM "%s">]>
                <rss version="2.0"><channel><title>&x;</title><link>https://news.example/</link><description>d</description>
                <item><title>&x;</title><description>&x; leaked</description><guid>g1</guid></item></channel></rss>"""
                .formatted(secret.toUri()));
        List<InputItem> items = drain(Sources.open(List.of(feed.toString()), opts()));
        assertEquals(1, items.size(), items.toString());
        assertTrue(((InputError) items.get(0)).message().startsWith("invalid feed"), items.toString());
        assertFalse(items.toString().contains("TOP-SECRET"));
    }

    @Test
    void aLocalFeedFileIsReadAndEntriesWithoutAReachableLinkUseTheirContent() throws IOException {
        Path feed = dir.resolve("local.xml");
        Files.writeString(feed, """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>Local</title><link>https://news.example/</link><description>d</description>
                <item><guid>g1</guid><title>Ports</title><link>http://127.0.0.1:9/none</link>
                <description>&lt;p&gt;Ports reopened after the storm.&lt;/p&gt;</description></item>
                <item><guid>g2</guid><title>No link</title><description>Grain ships left the harbour.</description></item>
                </channel></rss>""");
        // without --allow-private the loopback link is refused, so the entry's own text stands in
        SourceBatch batch = Sources.open(List.of(feed.toString()), SourceOptions.defaults().withPoliteness(Duration.ZERO));
        List<InputItem> items = drain(batch);
        assertEquals(List.of("http://127.0.0.1:9/none", "g2"), items.stream().map(InputItem::id).toList(), items.toString());
        Article a = ((InputItem.Read) items.get(0)).article();
        assertEquals("Ports reopened after the storm.", a.text());
        assertEquals("Ports", a.title());
        assertNull(((InputItem.Read) items.get(1)).article().url());
        assertEquals(2, batch.stats().read());
    }
}
