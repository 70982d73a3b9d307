package org.newsift.sources;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/** A loopback HTTP server for tests: routes by path, records every request (path and headers). */
final class LocalServer implements AutoCloseable {

    record Request(String host, String path, Map<String, List<String>> headers) {
        String header(String name) {
            List<String> v = headers.get(name);
            return v == null || v.isEmpty() ? null : v.get(0);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(new Request(exchange.getRequestHeaders().getFirst("Host"), path,
                    Map.copyOf(exchange.getRequestHeaders())));
            HttpHandler h = routes.get(path);
            if (h == null) {
                send(exchange, 404, "text/plain", "not found");
            } else {
                h.handle(exchange);
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    LocalServer route(String path, HttpHandler handler) {
        routes.put(path, handler);
        return this;
    }

    LocalServer page(String path, String contentType, String body) {
        return route(path, ex -> send(ex, 200, contentType, body));
    }

    /** http://127.0.0.1:PORT/path */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The same server under another host name, for politeness per host: http://localhost:PORT/path */
    String urlViaLocalhost(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    List<String> paths() {
        return requests.stream().map(Request::path).toList();
    }

    static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        send(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
