package org.newsift.sources;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsift.input.InputError;
import org.newsift.input.InputItem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Inputs built to stop a batch (issue 14): each must become one error item, and the good article beside it must
 * still be read. All texts here were written for the newsift project.
 */
class HostileSourcesTest {
    private static final String GOOD = "Ferries sailed again after the storm passed the harbour.";

    @TempDir
    Path dir;
    private LocalServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private List<InputItem> read(SourceOptions opts, String... specs) {
        SourceBatch batch = Sources.open(List.of(specs), opts, new ByteArrayInputStream(new byte[0]),
                new HttpFetcher(opts, new InMemoryValidatorCache()));
        List<InputItem> items = new ArrayList<>();
        batch.forEachRemaining(items::add);
        batch.close();
        return items;
    }

    private Path good() throws IOException {
        return Files.writeString(dir.resolve("good.txt"), GOOD);
    }

    private static void assertGoodLast(List<InputItem> items) {
        InputItem.Read last = assertInstanceOf(InputItem.Read.class, items.get(items.size() - 1), items.toString());
        assertEquals(GOOD, last.article().text());
    }

    @Test
    void aFeedWithAHundredThousandNestedElementsIsOneErrorNotAStackOverflow() throws IOException {
        Path feed = dir.resolve("deep.rss");
        Files.writeString(feed, "<rss version=\"2.0\"><channel><title>t</title><link>https://news.example/</link>"
                + "<description>d</description><item><guid>g1</guid><title>Deep</title><description>"
                + "<b>".repeat(100_000) + "x" + "</b>".repeat(100_000) + "</description></item></channel></rss>");

        List<InputItem> items = read(SourceOptions.defaults(), feed.toString(), good().toString());

        assertEquals(2, items.size(), items.toString());
        InputError e = assertInstanceOf(InputError.class, items.get(0));
        assertTrue(e.message().contains("nested more than"), e.message());
        assertGoodLast(items);
    }

    @Test
    void anOpmlListOfTwentyThousandNestedOutlinesIsOneError() throws IOException {
        Path opml = dir.resolve("deep.opml");
        Files.writeString(opml, "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>l</title></head><body>"
                + "<outline text=\"n\">".repeat(20_000) + "</outline>".repeat(20_000) + "</body></opml>");

        List<InputItem> items = read(SourceOptions.defaults(), opml.toString(), good().toString());

        assertEquals(2, items.size(), items.toString());
        assertInstanceOf(InputError.class, items.get(0));
        assertGoodLast(items);
    }

    @Test
    void anOpmlFileThatNamesItselfIsReadOnce() throws IOException {
        Path opml = dir.resolve("self.opml");
        Path feed = dir.resolve("one.rss");
        Files.writeString(feed, "<rss version=\"2.0\"><channel><title>t</title><link>https://news.example/</link>"
                + "<description>d</description><item><guid>only</guid><title>One</title><description>" + GOOD
                + "</description></item></channel></rss>");
        Files.writeString(opml, "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>l</title></head><body>"
                + "<outline type=\"rss\" text=\"me\" xmlUrl=\"self.opml\"/>"
                + "<outline type=\"rss\" text=\"me again\" xmlUrl=\"./self.opml\"/>"
                + "<outline type=\"rss\" text=\"feed\" xmlUrl=\"one.rss\"/></body></opml>");

        SourceBatch batch = Sources.open(List.of(opml.toString()), SourceOptions.defaults());
        List<InputItem> items = new ArrayList<>();
        batch.forEachRemaining(items::add);
        batch.close();

        assertEquals(List.of("only"), items.stream().map(InputItem::id).toList(), items.toString());
        assertEquals(2, batch.stats().skipped(SourceStats.Skip.FEED_NAMED_AGAIN));
    }

    @Test
    void anOpmlUrlThatNamesItsOwnUrlIsFetchedOnce() throws IOException {
        server = new LocalServer();
        AtomicInteger fetches = new AtomicInteger();
        server.route("/self.opml", ex -> {
            fetches.incrementAndGet();
            LocalServer.send(ex, 200, "text/x-opml", "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>l</title>"
                    + "</head><body><outline type=\"rss\" text=\"me\" xmlUrl=\"" + server.url("/self.opml") + "\"/>"
                    + "<outline type=\"rss\" text=\"relative\" xmlUrl=\"/self.opml\"/></body></opml>");
        });
        SourceOptions opts = SourceOptions.defaults().withAllowPrivate(true).withPoliteness(Duration.ZERO);

        List<InputItem> items = read(opts, server.url("/self.opml"));

        assertEquals(List.of(), items);
        assertEquals(1, fetches.get());
    }

    @Test
    void opmlListsNamingNewListsWithoutEndStopAtTheNestingLimit() throws IOException {
        server = new LocalServer();
        AtomicInteger fetches = new AtomicInteger();
        // every list names a list that was never read before: only the nesting limit ends it
        server.route("/list", ex -> {
            int n = fetches.incrementAndGet();
            LocalServer.send(ex, 200, "text/x-opml", "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>l</title>"
                    + "</head><body><outline type=\"rss\" text=\"next\" xmlUrl=\"" + server.url("/list?n=" + n) + "\"/>"
                    + "</body></opml>");
        });
        SourceOptions opts = SourceOptions.defaults().withAllowPrivate(true).withPoliteness(Duration.ZERO);

        List<InputItem> items = read(opts, server.url("/list"));

        assertEquals(1, items.size(), items.toString());
        assertTrue(((InputError) items.get(0)).message().contains("nest more than"), items.toString());
        assertEquals(FeedPoller.MAX_OPML_NESTING + 1, fetches.get());
    }

    @Test
    void anEmptyWarcIsAnError() throws IOException {
        Path warc = Files.write(dir.resolve("empty.warc"), new byte[0]);

        List<InputItem> items = read(SourceOptions.defaults(), warc.toString(), good().toString());

        InputError e = assertInstanceOf(InputError.class, items.get(0), items.toString());
        assertEquals("WARC file has no records", e.message());
        assertGoodLast(items);
    }

    @Test
    void aFileNameThatIsNotValidUtf8IsReadFromItsDirectory() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("names"));
        // bytes 0xE9 ('é' in Latin-1) are invalid UTF-8: Java names such a file only through the listed path
        Path odd = latin1Name(sub, "caf\u00e9.txt");
        assumeTrue(odd != null && !Files.exists(Path.of(odd.toString())),
                "the shell could not write a name that Java cannot spell here");

        List<InputItem> items = read(SourceOptions.defaults(), sub.toString());

        assertEquals(1, items.size(), items.toString());
        assertEquals(GOOD, assertInstanceOf(InputItem.Read.class, items.get(0)).article().text());
    }

    /** Writes a file whose name has Latin-1 bytes, through the shell, since Java cannot spell it; null if impossible. */
    private static Path latin1Name(Path dirPath, String name) throws IOException {
        byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
        StringBuilder printf = new StringBuilder();
        for (byte b : bytes) {
            printf.append(String.format("\\\\%03o", b & 0xff));
        }
        try {
            Process p = new ProcessBuilder("sh", "-c", "printf '%s' \"$1\" > \"$(printf \"" + printf + "\")\"", "sh", GOOD)
                    .directory(dirPath.toFile()).start();
            if (p.waitFor() != 0) {
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        try (var files = Files.list(dirPath)) {
            return files.findFirst().orElse(null);
        }
    }

    @Test
    void filesOfOnlyInvisibleCharactersAndAsciiPdfsAreRejected() throws IOException {
        Path nbsp = Files.writeString(dir.resolve("nbsp.txt"), "\u00a0".repeat(200) + "\n\u202f\u2007");
        Path zw = Files.writeString(dir.resolve("zw.txt"), "\u200b\u200c\u200d\u2060\ufeff".repeat(50));
        Path pdf = Files.writeString(dir.resolve("paper.txt"), "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
                + "BT /F1 12 Tf (The minister resigned on Friday.) Tj ET\n%%EOF\n");

        List<InputItem> items = read(SourceOptions.defaults(), nbsp.toString(), zw.toString(), pdf.toString(),
                good().toString());

        assertEquals("input is only whitespace", assertInstanceOf(InputError.class, items.get(0)).message());
        assertEquals("input is only whitespace", assertInstanceOf(InputError.class, items.get(1)).message());
        assertTrue(assertInstanceOf(InputError.class, items.get(2)).message().startsWith("a PDF document"),
                items.get(2).toString());
        assertGoodLast(items);
    }

    @Test
    void aLocalHtmlBombIsRefusedBeforeParsing() throws IOException {
        Path bomb = Files.writeString(dir.resolve("bomb.html"), "<html><body>" + "<div>".repeat(20_000) + "x"
                + "</div>".repeat(20_000) + "</body></html>");

        List<InputItem> items = read(SourceOptions.defaults(), bomb.toString(), good().toString());

        assertTrue(assertInstanceOf(InputError.class, items.get(0)).message().contains("nested more than"),
                items.get(0).toString());
        assertGoodLast(items);
    }

    @Test
    void loneSurrogatesInJsonlBecomeReplacementCharactersAndAreCounted() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("s.jsonl"),
                "{\"id\":\"s1\",\"text\":\"Talks resumed \\ud800 in the capital \\udc00 today.\"}\n");

        SourceBatch batch = Sources.open(List.of(jsonl.toString()), SourceOptions.defaults());
        List<InputItem> items = new ArrayList<>();
        batch.forEachRemaining(items::add);
        batch.close();

        assertEquals("Talks resumed \ufffd in the capital \ufffd today.",
                assertInstanceOf(InputItem.Read.class, items.get(0)).article().text());
        assertEquals(2, batch.stats().repairedSurrogates());
        assertTrue(batch.stats().toString().contains("2 lone surrogates replaced"), batch.stats().toString());
    }
}
