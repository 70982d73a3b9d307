package org.newsift.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Queries while another process ingests (as {@code newsift search} during {@code newsift ingest --every}): the
 * ingest, in a child JVM, waits between inputs as a feed poll does; reads in this JVM keep working and see its
 * articles arrive (an export among them), and a second writer is refused with one line. Articles written for the newsift project.
 */
class ReadDuringIngestTest {
    private static final int ARTICLES = 12;

    @TempDir
    Path dir;

    @Test
    void readersWorkWhileAnIngestRunsAndASecondWriterIsRefused() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(inputs.resolve(String.format("%02d.txt", i)), "Pakistan accused Afghanistan of sheltering "
                    + "militants, officials said in statement number " + i + " about crossing " + "abcdefghijklmnop".charAt(i)
                    + " and convoy " + (i * 7919) + ".");
        }
        StoreLocation location = StoreLocation.parse(dir.resolve("news.db").toString(), null);
        NewsStore.open(location).close(); // the store exists before the ingest starts, as after a first ingest
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process ingest = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                SlowIngestMain.class.getName(), location.jdbcUrl().substring("jdbc:duckdb:".length()), inputs.toString(), "300")
                .redirectErrorStream(true).redirectOutput(dir.resolve("ingest.log").toFile()).start();
        List<Long> seen = new ArrayList<>();
        int reads = 0;
        try {
            StoreBusy second = null;
            while (ingest.isAlive()) {
                try (NewsStore reader = NewsStore.openReadOnly(location)) {
                    long total = reader.queries().search(SearchQuery.of("")).total();
                    long events = reader.queries().count(EventFilter.all()).events();
                    assertTrue(events >= total, "every stored article has its event");
                    // an export is a reader too (newsift export during an ingest)
                    StringWriter jsonl = new StringWriter();
                    assertTrue(new Exporter(reader).write(ExportFormat.JSONL, jsonl) >= total);
                    seen.add(total);
                    reads++;
                }
                if (second == null && seen.get(seen.size() - 1) > 0) {
                    second = assertThrows(StoreBusy.class, () -> NewsStore.open(location).close());
                    assertTrue(second.getMessage().contains("one writer at a time"), second.getMessage());
                    assertTrue(second.getMessage().lines().count() == 1, second.getMessage());
                }
                Thread.sleep(50);
            }
            assertTrue(second != null, "the second writer was tried while the first ran");
        } finally {
            if (ingest.isAlive()) {
                ingest.destroy();
            }
        }
        String output = Files.readString(dir.resolve("ingest.log"));
        assertEquals(0, ingest.waitFor(), output);
        assertTrue(reads >= 10, "reads during the ingest: " + reads);
        assertTrue(seen.stream().anyMatch(n -> n > 0 && n < ARTICLES), "a reader saw the ingest half way: " + seen);
        try (NewsStore reader = NewsStore.openReadOnly(location)) {
            assertEquals(ARTICLES, reader.queries().search(SearchQuery.of("")).total(), output);
        }
    }
}
