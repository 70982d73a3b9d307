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
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The genre model on whole articles through the full pipeline: texts written for the newsift project (the people
 * and places in them are invented), one clearly reporting, one clearly opinion, and one seed-like opinion piece
 * with rhetorical questions, fear appeals, causal leaps and a slogan.
 */
class GenreExamplesTest {
    private static final String REPORTING = """
            Port authority approves dredging plan after two-year review

            HALVERTON — The Halverton Port Authority on Tuesday approved a 310 million plan to deepen the harbour's \
            main channel, ending a review that began in March 2023.
            The board voted 7 to 2 in favour of the project, which will lower the channel floor by four metres, the \
            authority said in a statement.
            "The larger container ships already calling at our neighbours cannot enter Halverton today," port director \
            Anneke Vos told reporters after the vote.
            Work is scheduled to begin in January and to last about 18 months, according to the authority.
            Two board members, Piet Marsal and Lena Horvath, voted against the plan, citing its cost.
            Marsal said the authority had not explained how it would pay for the second phase, estimated at 95 million.
            The regional environment agency said on Wednesday that it would publish its assessment of the dredging by \
            the end of the month.
            Shipping volumes at the port fell 6 percent in 2024 to 41 million tonnes, according to figures released \
            by the authority in February.
            """;
    private static final String OPINION = """
            I was wrong about the tram, and I am glad I was

            I spent two years arguing against the new tram line in my neighbourhood. I thought it was too expensive, \
            too slow and too ugly. I was wrong.
            Every morning I now watch my neighbours glide past the traffic that used to swallow half my day. The \
            streets are quieter, the shops are busier, and I have not missed a single bus in months.
            We tend to judge public works by their first year of mess and noise. That is a mistake.
            A city that only builds what nobody objects to will never build anything worth having.
            I still think the council could have listened more closely to the people who lost their parking spaces. \
            But I would vote for the tram again tomorrow, and I think you should too.
            """;
    private static final String SEED_LIKE = """
            Who will protect our children now?

            Why does nobody in the capital ask the obvious question? How many more factories must close before they \
            admit their plan has failed?
            The answer is simple: the new trade rules alone destroyed our towns, and everyone knows it.
            If we sit back and do nothing, our jobs will vanish, our savings will be worthless and our streets will \
            never be safe again.
            They told us the rules would bring prosperity. Did they? Look around you.
            Every family on this street is one letter away from ruin, and the people who signed the rules sleep soundly.
            We are not powerless. We must stand together and refuse to be silenced.
            Our towns, our work, our future. Say it loud, say it everywhere: our work, our future!
            """;

    private static final Map<String, String> GENRES = new HashMap<>();

    @BeforeAll
    static void analyse(@TempDir Path tmp) throws IOException {
        Map<String, String> texts = Map.of("reporting.txt", REPORTING, "opinion.txt", OPINION, "seed-like.txt", SEED_LIKE);
        String[] args = {"analyze", "--format", "jsonl", "--threads", "1", null, null, null};
        int i = 5;
        for (Map.Entry<String, String> t : texts.entrySet()) {
            Path file = tmp.resolve(t.getKey());
            Files.writeString(file, t.getValue());
            args[i++] = file.toString();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        assertEquals(0, exit, err.toString());
        ObjectMapper json = new ObjectMapper();
        for (String line : out.toString().split("\n")) {
            JsonNode doc = json.readTree(line);
            GENRES.put(Path.of(doc.get("id").asText()).getFileName().toString(), doc.get("summary").get("genre").asText());
        }
    }

    @Test
    void aWireStyleStoryIsReporting() {
        assertEquals("reporting", GENRES.get("reporting.txt"), GENRES.toString());
    }

    @Test
    void aFirstPersonColumnIsOpinion() {
        assertEquals("opinion", GENRES.get("opinion.txt"), GENRES.toString());
    }

    @Test
    void aSeedLikeOpinionArticleIsOpinion() {
        assertEquals("opinion", GENRES.get("seed-like.txt"), GENRES.toString());
    }
}
