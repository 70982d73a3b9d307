package org.newsift.server.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Posts each alert once, as JSON, to a URL checked by {@link WebhookTarget}. Delivery is best effort: a failed
 * post is reported and the alert is tried again with the next batch.
 */
public final class AlertWebhook {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI target;
    private final HttpClient client;
    private final ObjectMapper json;
    private final Consumer<String> log;
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();

    public AlertWebhook(URI target, ObjectMapper json, Consumer<String> log) {
        this.target = target;
        this.json = json;
        this.log = log;
        // redirects are not followed: the checked host is the only one ever posted to
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Posts the alerts not delivered before; returns how many were delivered now. */
    public synchronized int deliver(List<Alert> alerts) {
        int sent = 0;
        for (Alert alert : alerts) {
            if (delivered.contains(alert.id())) {
                continue;
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(target).timeout(TIMEOUT)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(alert))).build();
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2) {
                    delivered.add(alert.id());
                    sent++;
                } else {
                    log.accept("webhook answered " + status + " for alert " + alert.id());
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                log.accept("webhook failed for alert " + alert.id() + ": " + e.getMessage());
                return sent;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return sent;
            }
        }
        return sent;
    }
}
