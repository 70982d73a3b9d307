package org.newsift.server.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookTest {

    @Test
    void privateAndLoopbackTargetsAreRefusedUnlessAllowed() {
        for (String url : List.of("http://127.0.0.1:9/hook", "http://10.1.2.3/hook", "http://192.168.0.5/", "http://172.16.0.1/",
                "http://169.254.169.254/latest/meta-data", "http://[::1]/", "http://[fd00::1]/", "http://100.64.0.1/",
                "http://0.0.0.0/")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WebhookTarget.check(url, false), url);
            assertTrue(e.getMessage().contains("private"), e.getMessage());
        }
        assertEquals(URI.create("http://127.0.0.1:9/hook"), WebhookTarget.check("http://127.0.0.1:9/hook", true));
        assertEquals(URI.create("https://93.184.215.14/hook"), WebhookTarget.check("https://93.184.215.14/hook", false));
        assertThrows(IllegalArgumentException.class, () -> WebhookTarget.check("file:///etc/passwd", true));
        assertThrows(IllegalArgumentException.class, () -> WebhookTarget.check("ftp://93.184.215.14/", true));
    }

    @Test
    void eachAlertIsPostedOnce() throws IOException {
        List<String> bodies = Collections.synchronizedList(new ArrayList<>());
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            URI target = WebhookTarget.check("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", true);
            List<String> log = new ArrayList<>();
            AlertWebhook hook = new AlertWebhook(target, new ObjectMapper(), log::add);
            Alert a = new Alert("A-B-2025-01-06-goldstein", "A", "B", "2025-01-06", "goldstein", -8, 3, 11, 4, List.of("x"));
            Alert b = new Alert("A-B-2025-01-13-goldstein", "A", "B", "2025-01-13", "goldstein", -9, 3, 12, 5, List.of("y"));
            assertEquals(1, hook.deliver(List.of(a)));
            assertEquals(1, hook.deliver(List.of(a, b)));
            assertEquals(0, hook.deliver(List.of(a, b)));
            assertEquals(2, bodies.size());
            assertTrue(bodies.get(0).contains("A-B-2025-01-06-goldstein"), bodies.get(0));
            assertTrue(log.isEmpty(), log.toString());
        } finally {
            receiver.stop(0);
        }
    }
}
