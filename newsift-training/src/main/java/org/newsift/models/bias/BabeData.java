package org.newsift.models.bias;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.newsift.models.BinaryExamples.Example;
import org.newsift.models.NgecSynthetic;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * BABE (Spinde et al., Findings of EMNLP 2021), {@code babe_sg2_dev.csv}: news sentences that expert
 * annotators labelled Biased or Non-biased ({@code ;}-separated, header line). Rows without agreement
 * are left out. The split bucket is the hash of the sentence text.
 */
public final class BabeData {
    /** Relative to the data dir. */
    public static final Path FILE = Path.of("bias", "babe_sg2_dev.csv");

    private BabeData() {
    }

    public static List<Example> read(Path file) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(';');
        List<Example> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class).with(schema).readValues(r)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                String label = row.getOrDefault("label_bias", "");
                String text = row.getOrDefault("text", "").strip();
                if (!text.isEmpty() && (label.equals("Biased") || label.equals("Non-biased"))) {
                    out.add(new Example(text, label.equals("Biased"), NgecSynthetic.bucket(text)));
                }
            }
        }
        return out;
    }
}
