package org.newsift.sources;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsift.input.InputError;
import org.newsift.input.InputItem;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.Warcinfo;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsift.sources.SourceStats.Skip;
import static org.newsift.sources.TestWarcs.htmlResponse;
import static org.newsift.sources.TestWarcs.http;
import static org.newsift.sources.TestWarcs.page;
import static org.newsift.sources.TestWarcs.response;

class WarcSourceTest {
    @TempDir
    Path dir;

    static List<InputItem> readAll(SourceBatch batch) {
        List<InputItem> items = new ArrayList<>();
        batch.forEachRemaining(items::add);
        batch.close();
        return items;
    }

    static SourceBatch open(SourceOptions opts, String... specs) {
        return Sources.open(List.of(specs), opts);
    }

    @Test
    void usesHtmlResponsesAndCountsEverySkippedRecord() throws IOException {
        byte[] gzipPage = HttpFetcherTest.gzip(page("Chunked", "Rivers rose in the valley.").getBytes(StandardCharsets.UTF_8));
        List<WarcRecord> records = List.of(
                new Warcinfo.Builder().fields(Map.of("software", List.of("newsift test"))).build(),
                new WarcRequest.Builder(URI.create("https://news.example/a"))
                        .body(MediaType.HTTP_REQUEST, "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).build(),
                htmlResponse("https://news.example/a", page("Harbour reopens", "The harbour reopened on Monday.")),
                new WarcMetadata.Builder().targetURI("https://news.example/a")
                        .fields(Map.of("via", List.of("https://news.example/"))).build(),
                response("https://news.example/logo.png", http(200, List.of("Content-Type: image/png"),
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})),
                response("https://news.example/old", http(302, List.of("Location: https://news.example/a"), new byte[0])),
                response("https://news.example/gone", http(404, List.of("Content-Type: text/html"),
                        "<html><body>gone</body></html>".getBytes(StandardCharsets.UTF_8))),
                new WarcRevisit.Builder(URI.create("https://news.example/a"), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1).build(),
                new WarcResource.Builder(URI.create("https://news.example/notes.txt"))
                        .body(MediaType.PLAIN_TEXT, "notes".getBytes(StandardCharsets.US_ASCII)).build(),
                response("https://news.example/b", http(200, List.of("Content-Type: text/html",
                        "Transfer-Encoding: chunked", "Content-Encoding: gzip"), TestWarcs.chunked(gzipPage))),
                // the crawler stored the page decoded but kept the gzip header (as ClueWeb09 did)
                response("https://news.example/c", http(200, List.of("Content-Type: text/html", "Content-Encoding: gzip"),
                        page("Mislabelled", "Bridges were inspected.").getBytes(StandardCharsets.UTF_8))),
                response("https://news.example/d", http(200, List.of(),
                        page("No type", "Schools opened late.").getBytes(StandardCharsets.UTF_8))),
                response("https://news.example/e", http(200, List.of("Content-Type: text/html"), new byte[] {'<', 0, 1, 2})),
                new WarcResource.Builder(URI.create("dns:news.example")).body(MediaType.parse("text/dns"),
                        "20260101 news.example. 300 IN A 93.184.215.14".getBytes(StandardCharsets.US_ASCII)).build(),
                response("dns:news.example", http(200, List.of("Content-Type: text/dns"), new byte[] {'x'})),
                htmlResponse("https://news.example/a", page("Harbour reopens", "The harbour reopened on Monday.")));
        Path warc = dir.resolve("crawl.warc.gz");
        Files.write(warc, TestWarcs.write(WarcCompression.GZIP, records));

        SourceBatch batch = open(SourceOptions.defaults(), warc.toString());
        List<InputItem> items = readAll(batch);

        assertEquals(List.of("https://news.example/a", "https://news.example/b", "https://news.example/c",
                "https://news.example/d"), items.stream().map(InputItem::id).toList(), items.toString());
        InputItem.Read first = assertInstanceOf(InputItem.Read.class, items.get(0));
        assertEquals("https://news.example/a", first.article().url());
        assertEquals("Harbour reopens", first.article().title());
        assertTrue(first.source().startsWith(warc + "@"), first.source());
        assertTrue(((InputItem.Read) items.get(1)).article().text().contains("Rivers rose"));
        SourceStats s = batch.stats();
        assertEquals(4, s.read());
        assertEquals(0, s.errors());
        assertEquals(3, s.skipped(Skip.NON_HTML), "image, binary labelled HTML, dns response");
        assertEquals(1, s.skipped(Skip.REDIRECT));
        assertEquals(1, s.skipped(Skip.HTTP_STATUS));
        assertEquals(1, s.skipped(Skip.REVISIT));
        assertEquals(5, s.skipped(Skip.NOT_RESPONSE), "warcinfo, request, metadata, two resources");
        assertEquals(1, s.skipped(Skip.DUPLICATE));
    }

    @Test
    void aTruncatedWarcYieldsOneErrorWithTheOffsetAndTheNextFileGoesOn() throws IOException {
        for (WarcCompression c : List.of(WarcCompression.GZIP, WarcCompression.NONE)) {
            List<WarcRecord> records = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                records.add(htmlResponse("https://news.example/t" + i, page("Story " + i, "Ferries ran late. ".repeat(200))));
            }
            byte[] whole = TestWarcs.write(c, records);
            String ext = c == WarcCompression.GZIP ? ".warc.gz" : ".warc";
            Path cut = dir.resolve("cut" + ext);
            Files.write(cut, Arrays.copyOf(whole, whole.length * 5 / 6));
            Path good = dir.resolve("good" + ext);
            Files.write(good, TestWarcs.write(c, List.of(htmlResponse("https://news.example/next", page("Next", "Trains ran.")))));

            List<InputItem> items = readAll(open(SourceOptions.defaults(), cut.toString(), good.toString()));

            List<String> ids = items.stream().map(InputItem::id).toList();
            assertEquals(List.of("https://news.example/t0", "https://news.example/t1", cut.toString(),
                    "https://news.example/next"), ids, c + ": " + items);
            InputError e = assertInstanceOf(InputError.class, items.get(2));
            assertTrue(e.message().matches("truncated or corrupt WARC at byte \\d+: .*"), e.message());
        }
    }

    @Test
    void corruptGzipIsOneErrorItem() throws IOException {
        Path bad = dir.resolve("bad.warc.gz");
        Files.write(bad, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
        SourceBatch batch = open(SourceOptions.defaults(), bad.toString());
        List<InputItem> items = readAll(batch);
        assertEquals(1, items.size(), items.toString());
        assertTrue(((InputError) items.get(0)).message().startsWith("truncated or corrupt WARC at byte 0"),
                items.get(0).toString());
        assertEquals(1, batch.stats().errors());
    }

    @Test
    void aRecordOverTheByteLimitIsAnErrorAndReadingGoesOn() throws IOException {
        Path warc = dir.resolve("big.warc");
        Files.write(warc, TestWarcs.write(WarcCompression.NONE, List.of(
                htmlResponse("https://news.example/huge", page("Huge", "Crowds gathered. ".repeat(2000))),
                response("https://news.example/video.mp4", http(200, List.of("Content-Type: video/mp4"), new byte[50_000])),
                htmlResponse("https://news.example/small", page("Small", "Crowds dispersed.")))));
        SourceBatch batch = open(SourceOptions.defaults().withMaxBytes(10_000), warc.toString());
        List<InputItem> items = readAll(batch);
        assertEquals(2, items.size());
        assertTrue(((InputError) items.get(0)).message().contains("over the limit of 10000 bytes"));
        assertEquals("https://news.example/small", items.get(1).id());
        assertEquals(1, batch.stats().tooLarge());
        assertEquals(1, batch.stats().skipped(Skip.NON_HTML), "a big video is skipped, not an error");
    }
}
