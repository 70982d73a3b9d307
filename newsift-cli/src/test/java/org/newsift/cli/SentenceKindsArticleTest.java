package org.newsift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sentence kinds on whole articles through the real parser (issue 11): an op-ed whose writer judges and forecasts
 * without "I think" has opinion sentences, and wire copy, which attributes its forecasts, has none. Both texts
 * were written for the newsift project; the places and people are invented.
 */
class SentenceKindsArticleTest {
    private static final String OP_ED = """
            The valley cannot wait for another summit

            This regional powder keg is not just local news. Last month two villages on the Sarn river lost their \
            wells to the new dam upstream. Patience is not an option. The retreat from the northern posts will \
            embolden hostile elements on both sides of the river. Another round of talks will change nothing. The \
            ceasefire plan is a recipe for chaos. Withdrawing the monitors was a grave mistake. The ministry's \
            promises sound hollow. History will not be kind to the negotiators. "We will not leave our fields," \
            said Amal Ferro, a farmer in Kesra. Our leaders have wasted a year.
            """;
    /** The op-ed's nine sentences in which the writer judges or forecasts. */
    private static final List<String> WRITER_SENTENCES = List.of("This regional powder keg", "Patience is not",
            "The retreat from", "Another round of talks", "The ceasefire plan", "Withdrawing the monitors",
            "The ministry's promises", "History will not", "Our leaders have");
    private static final String WIRE = """
            Central bank raises key rate to 6.5 pct

            OSTRAVA, March 3 - The central bank raised its key interest rate by half a point to 6.5 pct on Tuesday. \
            The decision followed a two-day meeting of its policy board. Inflation rose to 4.1 pct in March from \
            3.8 pct in February, the statistics office said. The bank will publish its quarterly report on May 2. \
            Exports fell 12 pct to 3.4 billion dlrs in the first quarter. Finance Minister Jan Olsen said the \
            government would cut spending to reduce the budget deficit. The new rate takes effect on Wednesday. \
            Higher rates will weaken demand for mortgages, analysts said. The currency was steady against the \
            dollar. The bank's board will meet again in June.
            """;

    @TempDir
    Path tmp;

    @Test
    void theWritersJudgementsAreOpinionAndWireCopyStaysReport() throws IOException {
        Map<String, String> opEd = kinds(OP_ED);
        List<String> missed = new ArrayList<>();
        for (String start : WRITER_SENTENCES) {
            String kind = opEd.entrySet().stream().filter(e -> e.getKey().startsWith(start)).map(Map.Entry::getValue)
                    .findFirst().orElseThrow(() -> new AssertionError("no sentence '" + start + "' in " + opEd.keySet()));
            if (!kind.equals("opinion")) {
                missed.add(start + " (" + kind + ")");
            }
        }
        assertTrue(missed.size() <= 2, "writer sentences not read as opinion: " + missed);
        assertEquals("report", opEd.entrySet().stream().filter(e -> e.getKey().startsWith("Last month"))
                .map(Map.Entry::getValue).findFirst().orElseThrow(), "a fact in an op-ed is still a report");

        Map<String, String> wire = kinds(WIRE);
        assertTrue(wire.values().stream().allMatch(k -> k.equals("report") || k.equals("quote")), wire.toString());
    }

    /** Each sentence's text and kind, in order. */
    private Map<String, String> kinds(String text) throws IOException {
        Path file = tmp.resolve("article-" + text.hashCode() + ".txt");
        Files.writeString(file, text);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("analyze", file.toString(), "--threads", "1");
        assertEquals(0, exit, err.toString());
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        String analysed = doc.get("text").asText();
        Map<String, String> kinds = new LinkedHashMap<>();
        for (JsonNode s : doc.get("sentences")) {
            kinds.put(analysed.substring(s.get("start").asInt(), s.get("end").asInt()), s.get("kind").asText());
        }
        return kinds;
    }
}
