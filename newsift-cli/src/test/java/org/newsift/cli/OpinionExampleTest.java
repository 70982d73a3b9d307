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
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance check on the project's own opinion piece (examples/opinion-water-sale.txt, written
 * for the newsift project): six techniques found, each with a readable explanation; more spin and another
 * genre than the wire story.
 */
class OpinionExampleTest {
    private static final Path OPINION = Path.of("..", "examples", "opinion-water-sale.txt");
    private static final Path WIRE = Path.of("..", "examples", "talks-istanbul.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static StringWriter[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        assertEquals(0, exit, err.toString());
        return new StringWriter[]{out, err};
    }

    private static JsonNode analyse(Path file) throws IOException {
        return JSON.readTree(run("analyze", file.toString(), "--threads", "1")[0].toString());
    }

    @Test
    void sixTechniquesAreFoundWithReadableExplanations() throws IOException {
        JsonNode doc = analyse(OPINION);
        // technique, a word of the span that must carry it
        Map<String, String> expected = Map.of(
                "Doubt", "trust",
                "Loaded_Language", "disgraceful",
                "Appeal_to_fear-prejudice", "too late",
                "Flag-Waving", "patriots",
                "Causal_Oversimplification", "alone",
                "Whataboutism,Straw_Men,Red_Herring", "real issue");
        List<String> missing = new ArrayList<>();
        expected.forEach((technique, word) -> {
            boolean found = false;
            for (JsonNode r : doc.get("rhetoric")) {
                String explanation = r.get("explanation").asText();
                if (r.get("technique").asText().equals(technique) && r.get("text").asText().contains(word)
                        && explanation.length() > 30 && (explanation.startsWith("cue: '") || explanation.startsWith("model "))) {
                    found = true;
                }
            }
            if (!found) {
                missing.add(technique + " on '" + word + "'");
            }
        });
        assertTrue(missing.isEmpty(), "missing " + missing + " in " + doc.get("rhetoric"));
        assertEquals("opinion", doc.get("summary").get("genre").asText());
    }

    /** A tagger span's score is calibrated on spans of its kind, one word or longer, and its explanation says which. */
    @Test
    void taggerSpansSayWhichSpansTheirScoreWasCalibratedOn() throws IOException {
        int tagged = 0;
        for (JsonNode r : analyse(OPINION).get("rhetoric")) {
            String explanation = r.get("explanation").asText();
            if (explanation.startsWith("model ")) {
                tagged++;
                String kind = r.get("text").asText().strip().contains(" ") ? "% of longer spans" : "% of one-word spans";
                assertTrue(explanation.contains(kind), r.get("text") + ": " + explanation);
            }
        }
        assertTrue(tagged > 0, "no span of the tagger in the op-ed");
    }

    /** Issue 11: straight wire copy carries at most one technique span. */
    @Test
    void theWireStoryIsAlmostFreeOfTechniques() throws IOException {
        JsonNode spans = analyse(WIRE).get("rhetoric");
        assertTrue(spans.size() <= 1, "technique spans in the neutral wire example: " + spans);
    }

    @Test
    void theOpinionPieceHasMoreSpinThanTheWireStory() throws IOException {
        JsonNode opinion = analyse(OPINION).get("summary");
        JsonNode wire = analyse(WIRE).get("summary");
        assertEquals("reporting", wire.get("genre").asText());
        double opinionSpin = opinion.get("spin").asDouble();
        double wireSpin = wire.get("spin").asDouble();
        assertTrue(opinionSpin > wireSpin + 0.1, "spin: opinion " + opinionSpin + ", wire " + wireSpin);
        assertTrue(opinionSpin <= 1 && wireSpin >= 0);
    }

    @Test
    void prettyOutputMarksTechniquesInTheText() {
        String out = run("analyze", OPINION.toString(), "--format", "pretty", "--color", "never")[0].toString()
                .replaceAll("\\s+", " ");
        assertTrue(out.contains("[[FLAG-WAVING: True patriots"), out);
        assertTrue(out.contains("Legend:"), out);
        assertTrue(out.contains("genre opinion"), out);
        assertFalse(out.contains("\u001b["), "no colour with --color never");
    }

    @Test
    void aUserCueFileAddsATechniqueAndABadOneFailsWithItsLine() throws IOException {
        Path cues = tmp.resolve("my-cues.tsv");
        Files.writeString(cues, "SLOGAN\twater is not for sale\tcue\t0.9\tis the campaign's slogan\n");
        JsonNode doc = JSON.readTree(run("analyze", OPINION.toString(), "--rhetoric", cues.toString())[0].toString());
        boolean slogan = false;
        for (JsonNode r : doc.get("rhetoric")) {
            slogan |= r.get("technique").asText().equals("Slogans")
                    && r.get("explanation").asText().contains("is the campaign's slogan (my-cues.tsv:1)");
        }
        assertTrue(slogan, doc.get("rhetoric").toString());

        Files.writeString(cues, "SLOGAN\twater\tword\t0.9\tx\n");
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute("analyze", OPINION.toString(), "--rhetoric", cues.toString());
        assertEquals(ExitCodes.BAD_CONFIG, exit);
        assertTrue(err.toString().startsWith("newsift: my-cues.tsv:1: scope must be cue, rest, sentence or question"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void theQuotesHaveTheirSpeakers() throws IOException {
        JsonNode doc = analyse(OPINION);
        List<String> speakers = new ArrayList<>();
        for (JsonNode q : doc.get("quotes")) {
            assertFalse(q.get("speaker").isNull(), "unattributed quote " + q);
            speakers.add(q.get("speaker").get("text").asText());
        }
        for (String name : List.of("Helen Marsh", "Daniel Okafor", "Maria Lindqvist")) {
            assertTrue(speakers.stream().anyMatch(s -> s.contains(name)), name + " not among " + speakers);
        }
    }
}
