package org.newsift.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills an ingest with SIGKILL mid-run, runs it again, and checks that every input is stored exactly once,
 * with all its events, and that the full-text index matches the database. Articles generated for the newsift
 * project from a fixed word list.
 */
class KillDuringIngestTest {
    private static final int ORIGINALS = 30;
    private static final int COPIES = 3;
    /** Unreadable (binary) files among the inputs, just before these articles: their errors must not be lost or doubled. */
    private static final List<Integer> BAD_BEFORE = List.of(2, 4, 5, 6, 7, 9, 17, 25, 31);
    private static final Pattern STORED = Pattern.compile("\\[ingest\\] (\\d+) read, (\\d+) stored");

    @TempDir
    Path dir;

    @Test
    void aKilledIngestResumesWithoutLossOrDuplicates() throws Exception {
        Path inputs = writeArticles(dir.resolve("inputs"));
        String db = dir.resolve("news.db").toString();

        Process first = start(db, inputs);
        int storedBeforeKill = 0;
        List<String> firstLines = new ArrayList<>();
        try (BufferedReader out = reader(first)) {
            for (String line; (line = out.readLine()) != null; ) {
                firstLines.add(line);
                Matcher m = STORED.matcher(line);
                if (m.find() && Integer.parseInt(m.group(2)) >= 5) {
                    storedBeforeKill = Integer.parseInt(m.group(2));
                    first.destroyForcibly(); // SIGKILL: no shutdown hooks, no close, no checkpoint
                    break;
                }
            }
        }
        first.waitFor();
        assertTrue(storedBeforeKill >= 5, "the first run was killed after storing some articles: " + firstLines);
        try (NewsStore store = NewsStore.open(StoreLocation.parse(db, null))) {
            String lastStored = store.database().query("SELECT max(id) FROM articles", rs -> rs.getString(1)).get(0);
            List<String> recorded = store.database().query("SELECT input_id FROM ingest_errors ORDER BY input_id", rs -> rs.getString(1));
            List<String> bad = badFiles(inputs);
            assertEquals(bad.subList(0, recorded.size()), recorded, "errors are recorded in input order");
            assertTrue(recorded.containsAll(bad.stream().filter(f -> f.compareTo(lastStored) < 0).toList()),
                    "the killed run recorded the errors of the inputs before its last stored article: " + recorded);
        }

        Process second = start(db, inputs);
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = reader(second)) {
            out.lines().forEach(lines::add);
        }
        assertEquals(0, second.waitFor(), String.join("\n", lines));
        String done = lines.get(lines.size() - 1);
        Matcher already = Pattern.compile("already stored (\\d+)").matcher(done);
        assertTrue(already.find(), done);
        assertTrue(Integer.parseInt(already.group(1)) >= storedBeforeKill && Integer.parseInt(already.group(1)) < ORIGINALS + COPIES,
                "the second run resumed where the first stopped: " + done);

        try (NewsStore store = NewsStore.open(StoreLocation.parse(db, null))) {
            assertEquals(0, store.reconciled(), "the second run left the index in line");
            assertEquals(badFiles(inputs), store.database().query("SELECT input_id FROM ingest_errors ORDER BY input_id",
                    rs -> rs.getString(1)), "every unreadable input recorded once");
            assertEquals(List.of((long) ORIGINALS + COPIES, (long) ORIGINALS, (long) COPIES, (long) ORIGINALS),
                    store.database().query("SELECT count(*), count(analysis), count(duplicate_of), count(DISTINCT id) "
                            + "FROM articles", rs -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) - COPIES)).get(0));
            assertEquals(List.of(), store.database().query("SELECT id FROM articles a WHERE analysis IS NOT NULL AND "
                    + "(SELECT count(*) FROM events e WHERE e.article_id = a.id) <> 1", rs -> rs.getString(1)),
                    "every original has exactly its one event");
            assertEquals(ORIGINALS, store.queries().search(SearchQuery.of("")).total(), "one index document per original");
        }
    }

    private static Process start(String db, Path inputs) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                SlowIngestMain.class.getName(), db, inputs.toString()).redirectErrorStream(true).start();
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Originals of distinct random words (so none is a near copy of another) and exact copies of the first few. */
    private static Path writeArticles(Path dir) throws IOException {
        Files.createDirectories(dir);
        String[] words = ("border ministry trade crossing convoy statement envoy talks ceasefire militants province "
                + "officials rally market harvest river bridge school clinic court election council budget railway "
                + "airport drought flood police village capital delegation spokesman treaty sanctions report").split(" ");
        Random random = new Random(42);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < ORIGINALS; i++) {
            StringBuilder b = new StringBuilder("Pakistan accused Afghanistan");
            for (int w = 0; w < 40; w++) {
                b.append(' ').append(words[random.nextInt(words.length)]);
            }
            texts.add(b.append('.').toString());
        }
        for (int i = 0; i < ORIGINALS + COPIES; i++) {
            Files.writeString(dir.resolve(String.format("%02d.txt", i + 1)), texts.get(i % ORIGINALS));
        }
        for (int before : BAD_BEFORE) {
            Files.write(dir.resolve(String.format("%02d-unreadable.txt", before)), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        }
        return dir;
    }

    /** The unreadable inputs' ids (their paths), in input order (by name: "04-unreadable.txt" comes before "04.txt"). */
    private static List<String> badFiles(Path inputs) {
        return BAD_BEFORE.stream().map(before -> inputs.resolve(String.format("%02d-unreadable.txt", before)).toString()).toList();
    }
}
