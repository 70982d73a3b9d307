package org.newsift.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The numbers of docs/performance.md, "Readers during an ingest": what a read-only query costs (a DuckDB
 * connection each), and how long a reader waits while another process ingests, analysis-bound (100 ms an
 * article) and write-bound (copies, no analysis). Run: {@code java -cp <store test classpath>
 * org.newsift.store.ReadWriteBench DIR}. Articles generated for the newsift project from a fixed word list.
 */
public final class ReadWriteBench {
    private ReadWriteBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        Path originals = write(dir.resolve("originals"), 300, 0);
        Path copies = write(dir.resolve("copies"), 300, 1); // the same texts under other names: exact copies
        String db = dir.resolve("bench.db").toString();
        StoreLocation location = StoreLocation.parse(db, null);

        long t0 = System.nanoTime();
        ingest(db, originals, 0, 0).waitFor();
        System.out.printf(Locale.ROOT, "ingest of 300 originals, no analysis time, alone: %.1f s%n", (System.nanoTime() - t0) / 1e9);

        List<Double> opens = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            opens.add(timed(() -> {
                try (NewsStore s = NewsStore.openReadOnly(location)) {
                    s.queries().search(SearchQuery.of("border"));
                }
            }));
        }
        System.out.println("open read-only + search, no writer: " + stats(opens));
        try (NewsStore s = NewsStore.openReadOnly(location)) {
            List<Double> queries = new ArrayList<>();
            List<Double> blocks = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                queries.add(timed(() -> s.queries().count(EventFilter.all())));
                blocks.add(timed(() -> s.reading(() -> {
                    for (int k = 0; k < 5; k++) {
                        s.queries().count(EventFilter.all());
                    }
                    return null;
                })));
            }
            System.out.println("one query, connecting for it: " + stats(queries));
            System.out.println("five queries in one reading block: " + stats(blocks));
        }
        readDuring(location, ingest(db, write(dir.resolve("more"), 60, 2), 0, 100), "analysis-bound ingest (100 ms an article)");
        long t1 = System.nanoTime();
        readDuring(location, ingest(db, copies, 0, 0), "write-bound ingest (300 exact copies)");
        System.out.printf(Locale.ROOT, "  (that ingest with a reader querying all along: %.1f s)%n", (System.nanoTime() - t1) / 1e9);
        long t2 = System.nanoTime();
        ingest(db, write(dir.resolve("copies2"), 300, 1), 0, 0).waitFor();
        System.out.printf(Locale.ROOT, "the same 300 copies under other names, no reader: %.1f s%n", (System.nanoTime() - t2) / 1e9);
    }

    private static void readDuring(StoreLocation location, Process ingest, String what) throws Exception {
        List<Double> waits = new ArrayList<>();
        try (NewsStore s = NewsStore.openReadOnly(location)) {
            while (ingest.isAlive()) {
                waits.add(timed(() -> s.queries().search(SearchQuery.of("border"))));
            }
        }
        if (ingest.waitFor() != 0) {
            throw new IllegalStateException("the ingest failed");
        }
        System.out.println("a search during an " + what + ": " + stats(waits));
    }

    private static Process ingest(String db, Path inputs, long wait, long analysis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), SlowIngestMain.class.getName(),
                db, inputs.toString(), Long.toString(wait), Long.toString(analysis))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static Path write(Path dir, int n, int seed) throws Exception {
        Files.createDirectories(dir);
        String[] words = ("border ministry trade crossing convoy statement envoy talks ceasefire militants province "
                + "officials rally market harvest river bridge school clinic court election council budget").split(" ");
        Random random = new Random(seed == 1 ? 0 : seed);
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder("Pakistan accused Afghanistan");
            for (int w = 0; w < 60; w++) {
                b.append(' ').append(words[random.nextInt(words.length)]);
            }
            Files.writeString(dir.resolve(String.format("%s-%03d.txt", dir.getFileName(), i)), b.append('.').toString());
        }
        return dir;
    }

    private static double timed(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e6;
    }

    private static String stats(List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "n %d, median %.0f ms, p95 %.0f ms, max %.0f ms", sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95)), sorted.get(sorted.size() - 1));
    }
}
