package org.newsift.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsift.model.Analysis;
import org.newsift.output.AnalysisJson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Analyses the tests serve: the pipeline's output on fergana-border.jsonl (beside this resource) and
 * examples/talks-istanbul.txt (articles written for the newsift project; regenerate with {@code newsift analyze
 * ... --format jsonl} when the pipeline changes what it codes), where the Kyrgyz-Tajik dyad turns from
 * talks to clashes in its fourth week; one of them carries hand-made quote and persuasion-technique spans (the
 * stages that find them are other issues); and one hostile article whose text is markup and script.
 */
final class Fixtures {
    static final String HIGHLIGHTED = "fergana-2025-09-24-daily";
    static final String HOSTILE = "hostile-1";

    private Fixtures() {
    }

    static List<Analysis> analyses() {
        ObjectMapper json = AnalysisJson.mapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Fixtures.class.getResourceAsStream("fixture-analyses.jsonl"), StandardCharsets.UTF_8))) {
            return in.lines().map(line -> read(json, line)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Analysis read(ObjectMapper json, String line) {
        try {
            return json.readValue(line, Analysis.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
