package org.newsift.sources;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsift.input.InputError;
import org.newsift.input.InputItem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the real WARCs of the shared data (never copied into the repository); skipped when absent. */
class SharedWarcTest {

    private static Path warc(String name) {
        String shared = System.getProperty("newsift.shared");
        Assumptions.assumeTrue(shared != null, "newsift.shared not set");
        Path p = Path.of(shared, "warc", name);
        Assumptions.assumeTrue(Files.isRegularFile(p), "no shared WARC at " + p);
        return p;
    }

    private static SourceBatch read(Path p, List<InputItem> items) {
        SourceBatch batch = Sources.open(List.of(p.toString()), SourceOptions.defaults());
        batch.forEachRemaining(items::add);
        batch.close();
        return batch;
    }

    @Test
    void commonCrawlSample() {
        List<InputItem> items = new java.util.ArrayList<>();
        SourceStats s = read(warc("resiliparse-cc-main-2020-34-sample.warc.gz"), items).stats();
        System.out.println("cc-main sample: " + s);
        assertEquals(34, s.skipped(SourceStats.Skip.NOT_RESPONSE), "16 metadata, 17 request, 1 warcinfo");
        assertEquals(16, s.read() + s.errors(), "one item per HTML response");
        assertTrue(s.read() >= 14, s.toString());
        for (InputItem i : items) {
            assertTrue(i.id().startsWith("http"), i.id());
        }
    }

    @Test
    void clueWebQuirksStillGivePages() {
        List<InputItem> items = new java.util.ArrayList<>();
        SourceStats s = read(warc("resiliparse-clueweb-quirk.warc.gz"), items).stats();
        System.out.println("clueweb quirk: " + s);
        // WARC 0.18, LF-only HTTP headers, "Content-Encoding: gzip" on decoded bodies, EUC-JP pages
        assertEquals(29, s.read() + s.errors());
        assertTrue(s.read() >= 25, s.toString());
        assertTrue(items.stream().noneMatch(i -> i instanceof InputError e && e.message().contains("corrupt WARC")));
    }

    @Test
    void webArchiveCrawlSkipsAssetsRedirectsErrorPagesAndDns() {
        List<InputItem> items = new java.util.ArrayList<>();
        SourceStats s = read(warc("ukwa-gov.uk-BL-20140325121225068.warc.gz"), items).stats();
        System.out.println("ukwa gov.uk: " + s);
        assertEquals(32, s.read(), s.toString());
        assertEquals(0, s.errors(), s.toString());
        assertEquals(28, s.skipped(SourceStats.Skip.NON_HTML), "scripts, styles, images, plain text, 3 dns records");
        assertEquals(1, s.skipped(SourceStats.Skip.REDIRECT));
        assertEquals(4, s.skipped(SourceStats.Skip.HTTP_STATUS), "a 403 and three 404s");
        assertEquals(125, s.skipped(SourceStats.Skip.NOT_RESPONSE));
    }

    @Test
    void truncatedSampleOfAnOldWarc() {
        List<InputItem> items = new java.util.ArrayList<>();
        SourceStats s = read(warc("ukwa-IAH-blackbook-truncated.warc.gz"), items).stats();
        System.out.println("ukwa blackbook truncated: " + s);
        assertEquals(2, s.read(), s.toString());
        assertEquals(6, s.skipped(SourceStats.Skip.NON_HTML), "gif, jpeg, png, plain text, XML, a dns record");
        assertEquals(15, s.skipped(SourceStats.Skip.NOT_RESPONSE));
    }
}
