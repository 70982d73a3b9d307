package org.newsift.actors.petrarch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsift.actors.ActorLexicon;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conditions the Phoenix dictionaries hold by the dozen (actors without a code) are one INFO line per file, not a
 * WARNING each; a real problem stays a warning. Dictionary lines written for this test.
 */
class DictionaryLoggingTest {
    @TempDir
    Path dir;

    @Test
    void uncodedActorsAreSummedUpInOneInfoLineAndRealProblemsStayWarnings() throws Exception {
        Path file = dir.resolve("test.actors.txt");
        Files.writeString(file, String.join("\n",
                "VALLEY_WATER_BOARD [USAGOV]",
                "RETIRED_OFFICIAL_ONE",
                "RETIRED_OFFICIAL_TWO",
                "RIVER_COMMISSION [USAGOV] notes the dictionary keeps",
                "") + "\n");
        Path agents = dir.resolve("test.agents.txt");
        Files.writeString(agents, "FARMER [~AGR\nTRADER\n");
        Logger logger = Logger.getLogger(PetrarchDictionaries.class.getPackageName());
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level before = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addHandler(capture);
        try {
            assertEquals(2, PetrarchDictionaries.loadActors(file, ActorLexicon.builder()));
            PetrarchDictionaries.loadAgents(agents, ActorLexicon.builder());
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(before);
        }
        List<String> info = records.stream().filter(r -> r.getLevel() == Level.INFO).map(LogRecord::getMessage).toList();
        List<String> warnings = records.stream().filter(r -> r.getLevel() == Level.WARNING).map(LogRecord::getMessage).toList();
        assertEquals(List.of(file + ": 2 actors without a code skipped, 1 notes after a code ignored (as PETRARCH; the "
                + "logger org.newsift.actors.petrarch at DEBUG lists them)", agents + ": 1 agents without a code skipped (as "
                + "PETRARCH; the logger org.newsift.actors.petrarch at DEBUG lists them)"), info);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("'[' is not closed with ']'"), warnings.toString());
    }
}
