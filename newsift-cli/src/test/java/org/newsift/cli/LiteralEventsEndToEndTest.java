package org.newsift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10's figurative-verb and argument examples through the real pipeline (CoreNLP, built-in
 * lexicons), in one text written for the project: idioms of force yield no event, and the argument
 * examples get the source and target a coder would give. Person names are left out, so that nothing
 * depends on the people lexicon. The text runs with {@code --min-confidence 0}: the idioms must be silenced
 * by the coder's own checks, not only by the verifier, and the arguments are the coder's whatever the
 * verifier then makes of them (its precision is measured in eval/run, not asserted on single sentences).
 */
class LiteralEventsEndToEndTest {
    private static final String TEXT = String.join(" ",
            "A state appeals court struck down the law on Monday.",
            "The party hopes to capture the presidency in November.",
            "Democrats want to retake the White House.",
            "The Georgia Democrat shot back.",
            "Officials said the deal already struck with Iran would hold.",
            "The United States says the war is lost. Fighting it is just going to prolong one's disappointment.",
            "Spain offered to hand over the island to Great Britain.",
            "China promised military aid to Mozambique.",
            "The Egyptian foreign minister arrived in Amman on Sunday.",
            "The Taliban regime confirmed it has concluded talks with Pakistan.",
            "Iran must release the prisoners, said the lawmakers.");

    @TempDir
    static Path tmp;
    private static List<JsonNode> events;

    @BeforeAll
    static void analyse() throws IOException {
        Path article = tmp.resolve("examples.txt");
        Files.writeString(article, TEXT);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("analyze", article.toString(), "--published", "2016-10-30", "--format", "json",
                        "--min-confidence", "0");
        assertEquals(0, exit, err.toString());
        events = new ArrayList<>();
        new ObjectMapper().readTree(out.toString()).get("events").forEach(events::add);
    }

    private static JsonNode triggeredBy(String trigger) {
        return events.stream().filter(e -> e.get("trigger").get("text").asText().equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event on '" + trigger + "' in " + events));
    }

    private static List<String> codes(JsonNode event, String side) {
        List<String> out = new ArrayList<>();
        event.get(side).forEach(a -> out.add(a.get("code").asText()));
        return out;
    }

    @Test
    void figurativeForceYieldsNoEvent() {
        for (String idiom : List.of("struck", "capture", "retake", "shot", "Fighting")) {
            assertTrue(events.stream().noneMatch(e -> e.get("trigger").get("text").asText().equals(idiom)),
                    idiom + ": " + events);
        }
        assertTrue(events.stream().noneMatch(e -> e.get("quad_class").asInt() == 4), events.toString());
    }

    @Test
    void infinitivalAndDitransitiveTargets() {
        JsonNode handOver = triggeredBy("hand");
        assertEquals(List.of("ESP"), codes(handOver, "source"));
        assertEquals(List.of("GBR"), codes(handOver, "target"));
        JsonNode aid = triggeredBy("promised");
        assertEquals(List.of("CHN"), codes(aid, "source"));
        assertEquals(List.of("MOZ"), codes(aid, "target"));
    }

    @Test
    void aVisitTargetsTheHostCountry() {
        JsonNode visit = triggeredBy("arrived");
        assertEquals(List.of("EGYGOV"), codes(visit, "source"));
        assertEquals(List.of("JOR"), codes(visit, "target"));
    }

    @Test
    void itIsTheTalibanWhoConcludedTalks() {
        JsonNode talks = triggeredBy("talks");
        assertEquals(List.of("AFGINSTAL"), codes(talks, "source"));
        assertEquals(List.of("PAK"), codes(talks, "target"));
    }

    @Test
    void theLawmakersWhoSpeakAreNoTarget() {
        assertTrue(events.stream().noneMatch(e -> codes(e, "target").contains("---LEG")), events.toString());
    }
}
