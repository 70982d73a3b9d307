package org.newsift.sources;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsift.input.InputError;
import org.newsift.input.InputItem;
import org.netpreserve.jwarc.WarcCompression;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Specs of every kind in one batch; all texts here were written for the newsift project. */
class SourcesTest {
    @TempDir
    Path dir;

    private static List<InputItem> readAll(SourceBatch batch) {
        List<InputItem> items = new ArrayList<>();
        batch.forEachRemaining(items::add);
        batch.close();
        return items;
    }

    private static SourceBatch open(SourceOptions opts, String stdin, String... specs) {
        return Sources.open(List.of(specs), opts,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new HttpFetcher(opts, new InMemoryValidatorCache()));
    }

    @Test
    void aDirectoryMixesCoreFormatsWarcsAndFeedsInNameOrder() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Rain fell on the capital.");
        Files.write(dir.resolve("b.html.gz"), HttpFetcherTest.gzip(
                TestWarcs.page("Gzipped", "Roads were closed.").getBytes(StandardCharsets.UTF_8)));
        Files.writeString(dir.resolve("c.jsonl"), "{\"id\":\"j1\",\"text\":\"Markets opened.\"}\n"
                + "{\"id\":\"j2\",\"text\":\"Markets closed.\"}\n");
        Files.write(dir.resolve("d.warc.gz"), TestWarcs.write(WarcCompression.GZIP,
                List.of(TestWarcs.htmlResponse("https://news.example/w", TestWarcs.page("Archived", "Bridges reopened.")))));
        Files.createDirectories(dir.resolve("e"));
        Files.writeString(dir.resolve("e/feed.rss"), "<rss version=\"2.0\"><channel><title>t</title><link>https://news.example/</link>"
                + "<description>d</description><item><guid>f1</guid><title>Feed</title><description>Ferries sailed.</description>"
                + "</item></channel></rss>");
        Files.writeString(dir.resolve(".hidden.txt"), "never read");

        SourceBatch batch = open(SourceOptions.defaults(), "", dir.toString());
        List<InputItem> items = readAll(batch);

        assertEquals(List.of(dir.resolve("a.txt").toString(), dir.resolve("b.html.gz").toString(), "j1", "j2",
                "https://news.example/w", "f1"), items.stream().map(InputItem::id).toList(), items.toString());
        assertTrue(items.stream().allMatch(i -> i instanceof InputItem.Read), items.toString());
        assertEquals(6, batch.stats().read());
    }

    @Test
    void corruptGzipAndOtherBadFilesAreErrorItemsAndTheRestGoesOn() throws IOException {
        Path bad = dir.resolve("bad.html.gz");
        byte[] good = HttpFetcherTest.gzip(TestWarcs.page("Cut", "Words. ".repeat(500)).getBytes(StandardCharsets.UTF_8));
        Files.write(bad, java.util.Arrays.copyOf(good, good.length / 2));
        Path garbage = dir.resolve("garbage.txt.gz");
        Files.write(garbage, new byte[] {0x1f, (byte) 0x8b, 9, 9, 9, 9});
        Path ok = dir.resolve("ok.txt");
        Files.writeString(ok, "Wind turbines were installed.");

        SourceBatch batch = open(SourceOptions.defaults(), "", bad.toString(), garbage.toString(), ok.toString());
        List<InputItem> items = readAll(batch);

        assertEquals(3, items.size());
        assertInstanceOf(InputError.class, items.get(0));
        assertInstanceOf(InputError.class, items.get(1));
        assertEquals(ok.toString(), assertInstanceOf(InputItem.Read.class, items.get(2)).id());
        assertEquals(2, batch.stats().errors());
    }

    @Test
    void stdinUnsupportedSchemesAndMissingFiles() {
        SourceBatch batch = open(SourceOptions.defaults(), "Text from standard input.", "-", "ftp://news.example/x",
                dir.resolve("missing.txt").toString());
        List<InputItem> items = readAll(batch);
        assertEquals("stdin", items.get(0).id());
        assertTrue(((InputError) items.get(1)).message().startsWith("unsupported URL scheme"));
        assertEquals("no such file or directory", ((InputError) items.get(2)).message());
    }

    @Test
    void pagesByUrlAreReadOnceAndNonHtmlIsAnError() throws IOException {
        try (LocalServer server = new LocalServer()) {
            server.page("/a", "text/html", TestWarcs.page("Page", "Harvests were late."));
            server.route("/img", ex -> LocalServer.send(ex, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0}));
            SourceOptions opts = SourceOptions.defaults().withAllowPrivate(true).withPoliteness(Duration.ZERO);
            SourceBatch batch = open(opts, "", server.url("/a"), server.url("/img"), server.url("/a"));
            List<InputItem> items = readAll(batch);

            assertEquals(2, items.size(), items.toString());
            InputItem.Read page = assertInstanceOf(InputItem.Read.class, items.get(0));
            assertEquals(server.url("/a"), page.article().url());
            assertEquals("Page", page.article().title());
            assertTrue(((InputError) items.get(1)).message().startsWith("not an HTML page, feed or OPML list"));
            assertEquals(1, batch.stats().skipped(SourceStats.Skip.DUPLICATE));
        }
    }

    @Test
    void loopbackUrlsAreRefusedByDefault() {
        SourceBatch batch = open(SourceOptions.defaults(), "", "http://127.0.0.1:9/x", "http://[::1]:9/y");
        List<InputItem> items = readAll(batch);
        assertEquals(2, items.size());
        for (InputItem i : items) {
            assertTrue(((InputError) i).message().contains("loopback"), i.toString());
        }
    }
}
