package org.newsift.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/** A client for one test server on loopback. */
final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String host;
    private final int port;
    private final String base;

    Http(int port) {
        this("127.0.0.1", port);
    }

    Http(String host, int port) {
        this.host = host;
        this.port = port;
        this.base = "http://" + host + ":" + port;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> options(String path, String... headers) {
        return send(request(path, headers).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
    }

    /** A path sent as written: no normalisation of dot segments or escapes on the way. */
    HttpResponse<String> raw(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** An answer read off the socket: its status and everything after the status line (headers and body). */
    record Raw(int status, String rest) {
    }

    /** A request with exactly these headers, Host included (the JDK's client will not send another Host). */
    Raw bare(String method, String path, String... headers) {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        return exchange(head + "Content-Length: 0\r\nConnection: close\r\n\r\n", 0);
    }

    /**
     * Posts {@code bytes} bytes of 'x' with Transfer-Encoding: chunked and no Content-Length, as a streaming client
     * does, from another thread, so that a server may answer before the end.
     */
    Raw chunked(String path, String contentType, long bytes) {
        return exchange("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nContent-Type: " + contentType
                + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n", bytes);
    }

    private Raw exchange(String head, long chunkedBytes) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            if (chunkedBytes > 0) {
                Thread sender = new Thread(() -> sendChunks(out, chunkedBytes), "chunked-sender");
                sender.setDaemon(true);
                sender.start();
            }
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int space = answer.indexOf(' ');
            return new Raw(Integer.parseInt(answer.substring(space + 1, space + 4)), answer.substring(space + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sendChunks(OutputStream out, long bytes) {
        byte[] chunk = new byte[1 << 16];
        Arrays.fill(chunk, (byte) 'x');
        try {
            for (long sent = 0; sent < bytes; sent += chunk.length) {
                int n = (int) Math.min(chunk.length, bytes - sent);
                out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk, 0, n);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // the server answered and closed the connection before the end: what a limit does
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
