package org.newsift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.newsift.cli.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ingest without --published, with the real pipeline: the examples (the JSONL dates its articles, the text files
 * do not, and their datelines have no year) and a test article whose dateline has a full date. Dated events where
 * the text allows; where it does not, the commands say so instead of showing nothing.
 */
class UndatedIngestTest {
    private static final Path UNDATED = Path.of("src", "test", "resources", "undated");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private static String db;
    private static Run ingest;

    private static Run ingestInto(String name, Path... sources) {
        String[] args = new String[sources.length + 5];
        args[0] = "ingest";
        for (int i = 0; i < sources.length; i++) {
            args[i + 1] = sources[i].toString();
        }
        System.arraycopy(new String[] {"--db", tmp.resolve(name).toString(), "--progress", "none"}, 0, args, sources.length + 1, 4);
        Run r = run(args);
        assertEquals(0, r.exit(), r.err());
        return r;
    }

    @BeforeAll
    static void ingestWithoutPublicationDates() {
        db = tmp.resolve("undated.db").toString();
        ingest = ingestInto("undated.db", Path.of("..", "examples"), UNDATED.resolve("kabul-talks.txt"));
    }

    @Test
    void ingestCountsTheUndatedEventsAndSaysWhy() {
        assertTrue(ingest.err().matches("(?s).*events \\d+ \\(undated [1-9]\\d*\\).*"), ingest.err());
        assertTrue(ingest.err().contains("2 stored articles have no publication date"), ingest.err());
    }

    @Test
    void anArticleIsDatedByItsDatelineAndAnUndatedOneWarns() throws IOException {
        Map<String, JsonNode> byFile = new HashMap<>();
        for (String line : run("export", "--db", db, "--format", "jsonl").out().lines().toList()) {
            JsonNode a = JSON.readTree(line);
            byFile.put(Path.of(a.get("id").asText()).getFileName().toString(), a);
        }
        JsonNode kabul = byFile.get("kabul-talks.txt");
        assertEquals("2025-11-04", kabul.get("published").asText());
        assertTrue(kabul.get("summary").get("warnings").toString()
                .contains("2025-11-04 read from the dateline 'KABUL, Nov. 4, 2025'"), kabul.toString());
        JsonNode talks = kabul.get("events").get(0);
        assertEquals("2025-11-04", talks.get("date").asText(), "'on Tuesday' against the dateline's date");

        JsonNode istanbul = byFile.get("talks-istanbul.txt");
        assertTrue(istanbul.get("published").isNull());
        assertTrue(istanbul.get("summary").get("warnings").toString().contains("no publication date given or found in the text"),
                istanbul.toString());
    }

    @Test
    void theSeriesHasTheDatedEventsAndCountsTheUndatedOnes() {
        Run r = run("events", "--db", db, "--dyad", "PAK,AFG", "--group-by", "week");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("2025-10-06"), "the JSONL articles keep their dates: " + r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("2025-11-03") && l.contains("kabul-talks.txt")), r.out());
        assertTrue(r.err().matches("newsift: \\d+ events? (is|are) undated and left out \\(docs/dates.md\\)\\R"), r.err());
    }

    @Test
    void filtersThatExcludeEverythingSaySo() {
        Run r = run("events", "--db", db, "--dyad", "PAK,AFG", "--from", "2030-01-01");
        assertEquals(0, r.exit(), r.err());
        assertEquals("newsift: no events match", r.err().strip());
    }

    @Test
    void aStoreOfUndatedEventsShowsNothingAndSaysWhy() {
        ingestInto("all-undated.db", Path.of("..", "examples", "talks-istanbul.txt"));
        String undated = tmp.resolve("all-undated.db").toString();
        Run series = run("events", "--db", undated, "--dyad", "PAK,AFG");
        assertEquals(ExitCodes.NO_DATED_EVENTS, series.exit());
        assertEquals("", series.out());
        assertTrue(series.err().matches("newsift: the \\d+ events that match are undated; ingest them into a new store "
                + "with --published DATE \\(docs/dates.md\\)\\R"), series.err());
        Path tsv = tmp.resolve("events.tsv");
        Run gdelt = run("export", "--db", undated, "--format", "gdelt", "-o", tsv.toString());
        assertEquals(ExitCodes.NO_DATED_EVENTS, gdelt.exit());
        assertTrue(gdelt.err().startsWith("newsift: nothing to export: all "), gdelt.err());
        assertFalse(Files.exists(tsv), "no empty file");
        Run csv = run("export", "--db", undated, "--format", "csv");
        assertEquals(0, csv.exit(), "csv keeps undated events: " + csv.err());
        assertTrue(csv.out().lines().count() > 1, csv.out());
    }

    @Test
    void aStoreWithoutEventsSaysSo() {
        ingestInto("no-events.db", UNDATED.resolve("quiet-day.txt"));
        String empty = tmp.resolve("no-events.db").toString();
        Run series = run("events", "--db", empty);
        assertEquals(ExitCodes.NO_DATED_EVENTS, series.exit());
        assertEquals("newsift: the store holds no events", series.err().strip());
        Run csv = run("export", "--db", empty, "--format", "csv");
        assertEquals(ExitCodes.NO_DATED_EVENTS, csv.exit());
        assertEquals("newsift: nothing to export: the store holds no events", csv.err().strip());
    }
}
