package org.newsift.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: WARC read + extract throughput on the shared WARCs (docs/performance.md).
 * {@code java -cp ... org.newsift.sources.WarcThroughput ../shared/data/warc [rounds]}
 */
public final class WarcThroughput {
    private WarcThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/warc");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".warc.gz")).sorted().map(Path::toString).toList();
        }
        long bytes = 0;
        for (String f : files) {
            bytes += Files.size(Path.of(f));
        }
        for (int round = 0; round <= rounds; round++) { // round 0 warms the JIT up
            long start = System.nanoTime();
            SourceStats stats;
            try (SourceBatch batch = Sources.open(files, SourceOptions.defaults())) {
                batch.forEachRemaining(item -> { });
                stats = batch.stats();
            }
            double s = (System.nanoTime() - start) / 1e9;
            long records = stats.read() + stats.errors() + stats.skippedTotal();
            if (round > 0) {
                System.out.printf("round %d: %d records (%d pages extracted) in %.2f s: %.0f records/s, %.0f pages/s, "
                                + "%.1f MB/s compressed%n", round, records, stats.read(), s, records / s,
                        stats.read() / s, bytes / s / 1e6);
            }
        }
    }
}
