package org.newsift.sources;

import org.newsift.input.InputError;
import org.newsift.input.InputItem;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.LengthedBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The HTML pages of one WARC or WARC.gz file (Common Crawl's CC-NEWS files included): {@code response} records
 * of http(s) captures with status 200 and an HTML body. Every other record is skipped and counted: revisits,
 * redirects, other statuses, non-HTML payloads, and request, metadata, warcinfo, resource and conversion
 * records. A record over the byte limit or with an unreadable HTTP message is an error item; a truncated file
 * or corrupt gzip is one error item naming the byte offset, and ends this file.
 */
final class WarcSource extends ItemSource {
    private final Path file;
    private final String source;
    private final long maxBytes;
    private final PageReader pages;
    private final SourceStats stats;
    private WarcReader reader;
    private boolean anyRecord;

    WarcSource(Path file, String source, long maxBytes, PageReader pages, SourceStats stats) {
        this.file = file;
        this.source = source;
        this.maxBytes = maxBytes;
        this.pages = pages;
        this.stats = stats;
    }

    @Override
    protected InputItem advance() {
        long offset = 0;
        try {
            if (reader == null) {
                reader = new WarcReader(file);
            }
            while (true) {
                offset = reader.position();
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    end();
                    return anyRecord ? null : new InputError(source, source, "WARC file has no records");
                }
                anyRecord = true;
                WarcRecord record = next.get();
                offset = record.position();
                InputItem item = item(record, offset);
                if (item != null) {
                    return item;
                }
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            end();
            return new InputError(source, source, "truncated or corrupt WARC at byte " + offset + ": "
                    + SourceBatch.failure(e));
        }
    }

    /** The item for one record, or null when it is skipped. */
    private InputItem item(WarcRecord record, long offset) throws IOException {
        if (record instanceof WarcRevisit) {
            stats.skip(SourceStats.Skip.REVISIT);
            return null;
        }
        if (!(record instanceof WarcResponse response)) {
            stats.skip(SourceStats.Skip.NOT_RESPONSE);
            return null;
        }
        String target = response.target();
        String scheme = target.contains(":") ? target.substring(0, target.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https")) {
            stats.skip(SourceStats.Skip.NON_HTML); // dns:, ftp:, gemini: captures
            return null;
        }
        String where = source + "@" + offset;
        long size = response.body().size();
        if (size < 0 || size > maxBytes) {
            // judge a big record by its HTTP header alone: a video is a skip, only a big page is an error
            HttpResponse head;
            try {
                head = response.http();
            } catch (IOException | RuntimeException e) {
                return new InputError(target, where, "unreadable HTTP response in WARC record: " + reason(e));
            }
            if (skipped(head)) {
                return null;
            }
            stats.countTooLarge();
            return new InputError(target, where, "WARC record is over the limit of " + maxBytes
                    + " bytes (raise it with --max-bytes)");
        }
        // the whole record block, so the HTTP message can be parsed twice (see payload)
        byte[] block = response.body().stream().readAllBytes();
        HttpResponse http;
        try {
            http = parse(block);
        } catch (IOException | RuntimeException e) {
            return new InputError(target, where, "unreadable HTTP response in WARC record: " + reason(e));
        }
        if (skipped(http)) {
            return null;
        }
        String contentType = http.headers().first("Content-Type").orElse(null);
        byte[] body = payload(http, block);
        if (body.length > maxBytes) {
            stats.countTooLarge();
            return new InputError(target, where, "decoded HTTP body is over the limit of " + maxBytes
                    + " bytes (raise it with --max-bytes)");
        }
        if (!Sniff.isHtml(contentType, body)) {
            stats.skip(SourceStats.Skip.NON_HTML);
            return null;
        }
        return pages.read(new PageReader.Origin(target, where, target, null, null), body, contentType);
    }

    /** Counts and returns true for a redirect, another status than 200, or a declared non-HTML type. */
    private boolean skipped(HttpResponse http) {
        int status = http.status();
        if (status >= 300 && status < 400) {
            stats.skip(SourceStats.Skip.REDIRECT);
            return true;
        }
        if (status != 200) {
            stats.skip(SourceStats.Skip.HTTP_STATUS);
            return true;
        }
        if (!Sniff.mayBeHtml(http.headers().first("Content-Type").orElse(null))) {
            stats.skip(SourceStats.Skip.NON_HTML);
            return true;
        }
        return false;
    }

    /**
     * The payload with chunked transfer and gzip and deflate content encodings removed. Archived headers
     * sometimes say gzip for a body the crawler already decoded (ClueWeb09 does); then the raw body is used.
     */
    private byte[] payload(HttpResponse http, byte[] block) throws IOException {
        int limit = (int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1);
        try {
            return http.bodyDecoded().stream().readNBytes(limit);
        } catch (IOException e) {
            return parse(block).body().stream().readNBytes(limit);
        }
    }

    private static HttpResponse parse(byte[] block) throws IOException {
        // a lengthed channel, as WarcResponse.http() gives, so a body without Content-Length is read to the end
        return HttpResponse.parse(LengthedBody.create(Channels.newChannel(new ByteArrayInputStream(block)),
                ByteBuffer.allocate(0), block.length));
    }

    @Override
    public void close() {
        end();
    }

    private InputItem end() {
        finish();
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // read-only file: nothing is lost
            }
        }
        return null;
    }

    static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
