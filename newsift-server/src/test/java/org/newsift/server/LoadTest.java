package org.newsift.server;

import org.newsift.corenlp.CoreNlpAnnotator;
import org.newsift.models.ModelPipelines;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;
import org.newsift.server.alerts.EscalationDetector;
import org.newsift.server.stories.StoryClusterer;
import org.newsift.store.StoreLocation;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load benchmark of docs/performance.md (not a unit test): N clients post short articles to /api/analyze on
 * loopback for S seconds with the real pipeline behind the server's default limits. A client that gets 503 waits
 * as Retry-After says, as a well-behaved client does. Prints throughput, latency percentiles, status counts,
 * peak heap and peak RSS. Run with eval/load [CLIENTS] [SECONDS].
 */
public final class LoadTest {
    private static final String[] ARTICLES = {
        "Kyrgyz forces shelled Tajik positions near the border on Monday. Tajikistan accused Kyrgyzstan of breaking the ceasefire.",
        "Tajikistan and Kyrgyzstan signed an agreement to share water from the Isfara river. The European Union welcomed it.",
        "Pakistan demanded that the Taliban government act against militants. Kabul rejected the demand on Tuesday.",
        "The United Nations urged both governments to return to talks. Turkey offered to mediate between them.",
    };

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Pipeline pipeline = ModelPipelines.standard(new CoreNlpAnnotator(), NewsiftConfig.defaults(),
                ModelPipelines.Options.defaults());
        pipeline.analyze(new org.newsift.model.Article("warm-up", null, null, null, ARTICLES[0]));
        ServerOptions options = ServerOptions.defaults();
        StoreLocation store = StoreFixtures.empty();
        try (NewsiftServer server = new NewsiftServer(StoreFixtures.corpus(store), pipeline::analyze,
                StoryClusterer.miniLm(), EscalationDetector.defaults(), null, StoreFixtures.writer(store), options).start("127.0.0.1", 0)) {
            run(server.port(), clients, seconds, options);
        }
    }

    private static void run(int port, int clients, int seconds, ServerOptions options) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/analyze");
        List<Long> okMillis = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        AtomicLong peakHeap = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                int i = client;
                while (System.nanoTime() < end) {
                    String body = "{\"text\":\"" + ARTICLES[i++ % ARTICLES.length] + "\"}";
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
                        long ms = (System.nanoTime() - t0) / 1_000_000;
                        statuses.computeIfAbsent(r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                        if (r.statusCode() == 200) {
                            okMillis.add(ms);
                        } else if (r.statusCode() == 503) {
                            Thread.sleep(1000L * Long.parseLong(r.headers().firstValue("Retry-After").orElse("1")));
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        Thread sampler = new Thread(() -> {
            while (true) {
                peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        for (Thread t : threads) {
            t.join();
        }
        sampler.interrupt();
        List<Long> sorted = new ArrayList<>(okMillis);
        Collections.sort(sorted);
        System.out.printf("clients %d, %d s, workers %d, queue %d%n", clients, seconds, options.analyzeWorkers(),
                options.analyzeQueue());
        System.out.printf("statuses %s, connection failures %d%n", new TreeMap<>(statuses), failures.get());
        System.out.printf("throughput %.1f analyses/s%n", sorted.size() / (double) seconds);
        if (!sorted.isEmpty()) {
            System.out.printf("latency of 200s: p50 %d ms, p95 %d ms, max %d ms%n", percentile(sorted, 50),
                    percentile(sorted, 95), sorted.get(sorted.size() - 1));
        }
        System.out.printf("peak heap used %d MB (max %d MB), peak RSS %s%n", peakHeap.get() >> 20,
                Runtime.getRuntime().maxMemory() >> 20, peakRss());
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String peakRss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .map(l -> l.replaceAll("\\s+", " ").substring(6).strip()).findFirst().orElse("n/a");
    }
}
