package org.newsift.sources;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds small WARCs for tests; every page in them was written for the newsift project. */
final class TestWarcs {
    private TestWarcs() {
    }

    static String page(String title, String sentence) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>" + sentence + " This test page was written for the newsift project.</p></article></body></html>";
    }

    /** A raw HTTP response; {@code headers} are "Name: value" lines; Content-Length is added when not chunked. */
    static byte[] http(int status, List<String> headers, byte[] body) {
        StringBuilder sb = new StringBuilder("HTTP/1.1 " + status + " X\r\n");
        headers.forEach(h -> sb.append(h).append("\r\n"));
        if (headers.stream().noneMatch(h -> h.startsWith("Transfer-Encoding"))) {
            sb.append("Content-Length: ").append(body.length).append("\r\n");
        }
        sb.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static WarcResponse response(String url, byte[] http) {
        return new WarcResponse.Builder(url).body(MediaType.HTTP_RESPONSE, http).build();
    }

    static WarcResponse htmlResponse(String url, String html) {
        return response(url, http(200, List.of("Content-Type: text/html; charset=utf-8"),
                html.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int half = body.length / 2;
        for (int[] part : new int[][] {{0, half}, {half, body.length}}) {
            out.writeBytes((Integer.toHexString(part[1] - part[0]) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, part[0], part[1] - part[0]);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static byte[] write(WarcCompression compression, List<? extends WarcRecord> records) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes), compression)) {
            for (WarcRecord r : records) {
                w.write(r);
            }
        }
        return bytes.toByteArray();
    }
}
