package org.newsift.spark;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A small CC-NEWS-like WARC.gz for the tests. Every page text in it was written for the newsift project: two
 * stories, a near copy of the first under another URL (one sentence reworded), a second capture of the first
 * URL, and a 404 page, which newsift-sources skips.
 */
final class FixtureWarc {
    static final String BORDER_URL = "https://news.example.org/2025/10/21/border-trade";
    static final String COPY_URL = "https://wire.example.net/stories/border-trade-resumes";
    static final String DAM_URL = "https://news.example.org/2025/10/22/kunar-dam";

    private static final String BORDER = "Pakistan and Afghanistan agreed on Tuesday to reopen the Chaman crossing to "
            + "trade after talks in Kabul, officials from both governments said. Pakistan's commerce minister said "
            + "the two sides would form a joint committee to settle customs disputes within a month. The Taliban "
            + "administration welcomed the decision and promised to release trucks held at the border since last week. "
            + "Traders in Quetta said hundreds of lorries loaded with fruit and cement had waited for days in the heat. "
            + "China urged both neighbours to keep talking and offered to host a further round of negotiations.";
    private static final String BORDER_COPY = BORDER.replace("offered to host a further round of negotiations",
            "offered to host another round of negotiations");
    private static final String DAM = "Afghanistan's Taliban government said on Wednesday it would build a dam on "
            + "the Kunar river, a plan that Pakistan has criticised because the river flows into its territory. "
            + "A spokesman for Pakistan's foreign ministry said Islamabad would raise the issue with Kabul and "
            + "called for an agreement on sharing the water. Engineers estimate the project would take four years.";

    private FixtureWarc() {
    }

    static Path write(Path file) throws IOException {
        List<WarcResponse> records = List.of(
                page(BORDER_URL, "Border trade resumes at Chaman", "2025-10-21T08:00:00Z", BORDER),
                page(COPY_URL, "Border trade to resume at Chaman", "2025-10-21T10:30:00Z", BORDER_COPY),
                page(DAM_URL, "Taliban plan dam on the Kunar river", "2025-10-22T07:15:00Z", DAM),
                page(BORDER_URL, "Border trade resumes at Chaman", "2025-10-21T08:00:00Z", BORDER),
                response("https://news.example.org/missing", 404, "<html><body>Not found</body></html>"));
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            for (WarcResponse r : records) {
                w.write(r);
            }
        }
        return file;
    }

    private static WarcResponse page(String url, String title, String published, String text) {
        String html = "<!DOCTYPE html><html><head><title>" + title + "</title>"
                + "<meta property=\"article:published_time\" content=\"" + published + "\"></head><body><article><h1>"
                + title + "</h1><p>" + text + "</p></article></body></html>";
        return response(url, 200, html);
    }

    private static WarcResponse response(String url, int status, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " X\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] http = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, http, 0, headBytes.length);
        System.arraycopy(body, 0, http, headBytes.length, body.length);
        return new WarcResponse.Builder(url).body(MediaType.HTTP_RESPONSE, http).build();
    }
}
