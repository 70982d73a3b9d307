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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Output that is never lost: one bad record fails alone, and -o becomes the file only when the batch is done. */
class ResultSinkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aRecordThatCannotBeEncodedBecomesAnErrorRecordAndTheOthersAreKept() throws IOException {
        Path out = dir.resolve("out.jsonl");
        try (ResultSink sink = ResultSink.open(AnalyzeCommand.Format.jsonl, out, false, new PrintWriter(new StringWriter()))) {
            sink.write(Result.rejected("a", "a.txt", "empty input"));
            sink.write(Result.rejected("b\ud800", "b.txt", "the message has a lone \udc00 surrogate"));
            sink.write(Result.rejected("c", "c.txt", "empty input"));
            sink.complete();
        }
        List<String> lines = Files.readAllLines(out);
        assertEquals(3, lines.size());
        assertEquals("b\ufffd", JSON.readTree(lines.get(1)).get("id").asText());
        assertEquals("c", JSON.readTree(lines.get(2)).get("id").asText());
    }

    @Test
    void outputGoesToAPartFileThatReplacesTheTargetOnlyWhenComplete() throws IOException {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "earlier run\n");
        Path part = dir.resolve("out.jsonl.part");

        try (ResultSink sink = ResultSink.open(AnalyzeCommand.Format.jsonl, out, false, new PrintWriter(new StringWriter()))) {
            sink.write(Result.rejected("a", "a.txt", "empty input"));
            assertTrue(Files.readString(part).contains("\"a\""), "each record is flushed as it is written");
            // interrupted: never completed
        }
        assertEquals("earlier run\n", Files.readString(out));
        assertEquals(1, Files.readAllLines(part).size());

        try (ResultSink sink = ResultSink.open(AnalyzeCommand.Format.json, out, false, new PrintWriter(new StringWriter()))) {
            sink.write(Result.rejected("a", "a.txt", "empty input"));
            sink.write(Result.rejected("b", "b.txt", "empty input"));
            sink.complete();
        }
        assertFalse(Files.exists(part));
        JsonNode doc = JSON.readTree(out.toFile());
        assertEquals(2, doc.size());
    }
}
