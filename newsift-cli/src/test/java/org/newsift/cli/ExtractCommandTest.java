package org.newsift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.newsift.cli.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code newsift extract} on pages written for the newsift project. */
class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    // written for the newsift project
    private static final String PAGE = """
            <html lang="en"><head><title>Ferry service resumes on the lake | Lakeside Courier</title>
            <meta name="author" content="Mara Quinn">
            <meta property="article:published_time" content="2024-06-02T07:15:00Z">
            <link rel="canonical" href="https://courier.example.org/ferry"></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Ferry service resumes on the lake</h1>
            <p>The ferry between the two harbours carried its first passengers in a month on Sunday morning.</p>
            <p>Repairs to the landing stage took longer than planned, the operator said, because of the spring floods.</p>
            </article><footer>Copyright Lakeside Courier</footer></body></html>""";

    @TempDir
    Path tmp;

    @Test
    void onePageIsOneIndentedObject() throws IOException {
        Path page = Files.writeString(tmp.resolve("ferry.html"), PAGE);
        Run r = run("extract", page.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("{\n"), r.out());
        JsonNode a = JSON.readTree(r.out());
        assertEquals("Ferry service resumes on the lake", a.get("title").asText());
        assertEquals("Mara Quinn", a.get("byline").asText());
        assertEquals("2024-06-02T07:15:00Z", a.get("published").asText());
        assertEquals("en", a.get("language").asText());
        assertEquals("https://courier.example.org/ferry", a.get("url").asText());
        assertEquals("The ferry between the two harbours carried its first passengers in a month on Sunday morning."
                + "\n\nRepairs to the landing stage took longer than planned, the operator said, because of the spring floods.",
                a.get("text").asText());
    }

    @Test
    void severalPagesAreJsonLinesWithAnErrorRecordForABadOne() throws IOException {
        Path page = Files.writeString(tmp.resolve("ferry.html"), PAGE);
        Path gz = tmp.resolve("ferry.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Run r = run("extract", page.toString(), tmp.resolve("missing.html").toString(), gz.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        String[] lines = r.out().strip().split("\n");
        assertEquals(3, lines.length, r.out());
        assertEquals("Ferry service resumes on the lake", JSON.readTree(lines[0]).get("title").asText());
        assertEquals("no such file or directory", JSON.readTree(lines[1]).get("error").asText());
        assertEquals(JSON.readTree(lines[0]).get("text"), JSON.readTree(lines[2]).get("text"));
        assertEquals("newsift: " + tmp.resolve("missing.html") + ": no such file or directory", r.err().strip());
    }

    @Test
    void badInputsGiveOneLineAndExitThree() throws IOException {
        Path corrupt = Files.write(tmp.resolve("corrupt.html.gz"), new byte[] {0x1f, (byte) 0x8b, 1, 2, 3});
        Path binary = Files.write(tmp.resolve("image.html"), new byte[] {'<', 0, 0, 1, 2, 3});
        Path big = Files.writeString(tmp.resolve("big.html"), PAGE);
        Path empty = Files.writeString(tmp.resolve("empty.html"), "");
        String[][] cases = {
            {corrupt.toString(), "corrupt gzip data"},
            {binary.toString(), "binary file, not text"},
            {empty.toString(), "empty input"},
            {tmp.toString(), "is a directory"},
            {"http://127.0.0.1:9/story", "refused http://127.0.0.1:9/story"},
        };
        for (String[] c : cases) {
            Run r = run("extract", c[0]);
            assertEquals(ExitCodes.BAD_INPUT, r.exit(), c[0]);
            assertEquals("", r.out());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(c[1]), r.err());
        }
        Run r = run("extract", big.toString(), "--max-chars", "10");
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("HTML is longer than the limit of 100 characters"), r.err());
    }

    @Test
    void urlArgumentsGoToThePluggedInOpener() {
        ExtractCommand.PageOpener fetcher = arg -> new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8));
        Run r = run(new CommandLine(new ExtractCommand(fetcher)), "https://courier.example.org/ferry?from=feed");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"title\" : \"Ferry service resumes on the lake\""), r.out());
        assertFalse(r.err().contains("newsift-sources"));
    }

    @Test
    void badCharsetIsAUsageError() {
        Run r = run("extract", "-", "--charset", "no-such-charset");
        assertEquals(ExitCodes.USAGE, r.exit());
    }
}
