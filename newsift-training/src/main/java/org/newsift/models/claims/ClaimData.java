package org.newsift.models.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsift.models.BinaryExamples.Example;
import org.newsift.models.NgecSynthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The check-worthiness data sets. ClaimBuster's {@code kfold_25ncs.json} (Arslan et al., ICWSM 2020):
 * sentences of US presidential debates labelled check-worthy factual (1) or not (0); the split bucket
 * is the hash of the sentence id, so the split does not depend on the file's order. CLEF CheckThat!
 * 2020 task 5 {@code train.tsv}: debate sentences in order, {@code text<TAB>label}.
 */
public final class ClaimData {
    /** Relative to the data dir. */
    public static final Path CLAIMBUSTER = Path.of("checkworthiness", "claimbuster", "kfold_25ncs.json");
    public static final Path CLEF2020 = Path.of("checkworthiness", "clef2020_task5_debates", "train.tsv");

    private ClaimData() {
    }

    /** ClaimBuster sentences as examples, bucketed by the hash of their sentence id. */
    public static List<Example> claimBuster(Path file) throws IOException {
        List<Example> out = new ArrayList<>();
        for (JsonNode n : new ObjectMapper().readTree(file.toFile())) {
            String text = n.get("text").asText().strip();
            if (!text.isEmpty()) {
                out.add(new Example(text, n.get("label").asInt() == 1, NgecSynthetic.bucket(n.get("sentence_id").asText())));
            }
        }
        return out;
    }

    /** A CLEF line: its text and whether it is check-worthy. */
    public record Line(String text, boolean checkworthy) {
    }

    /** The CLEF 2020 task 5 lines in file order (the header line skipped). */
    public static List<Line> clef(Path file) throws IOException {
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null) {
                return out;
            }
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) {
                    out.add(new Line(line.substring(0, tab), line.substring(tab + 1).strip().equals("1")));
                }
            }
        }
        return out;
    }
}
