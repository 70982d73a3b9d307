package org.newsift.models;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads NGEC's synthetic PLOVER stories ({@code gpt_synthetic_events_*.csv.zip}: one CSV with columns
 * disclaimer, text, title, source, prompt, label, mode; quoted fields span lines), straight from the zip,
 * and splits them into train and dev by a stable hash of the story text.
 */
public final class NgecSynthetic {
    private NgecSynthetic() {
    }

    /**
     * One story.
     *
     * @param index its position in the file (0-based)
     * @param title the title as filled in, taken from the first line of the prompt (the title column
     *              keeps the template's placeholders, such as {@code {country_1}})
     * @param label the PLOVER event type
     * @param mode  the PLOVER mode, or "" when none
     */
    public record Story(int index, String title, String text, String label, String mode) {
    }

    /** Reads the first {@code .csv} entry of the zip. */
    public static List<Story> readZip(Path zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory() && e.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                    return read(in);
                }
            }
        }
        throw new IOException(zip + ": no .csv entry");
    }

    /** Reads the CSV (with its header line) from {@code in}, which is not closed. */
    public static List<Story> read(InputStream in) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CsvMapper mapper = CsvMapper.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Story> out = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(reader)) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                String prompt = row.getOrDefault("prompt", "");
                String title = prompt.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                        .orElse(row.getOrDefault("title", ""));
                out.add(new Story(out.size(), title.strip(), row.getOrDefault("text", "").strip(),
                        row.getOrDefault("label", "").strip(), row.getOrDefault("mode", "").strip()));
            }
        }
        return out;
    }

    /**
     * The fixed split: a story is in dev when {@code u % 100 < 20}, where {@code u} is the first four
     * bytes of the SHA-256 of its text (UTF-8, stripped, as {@link Story#text()}) read as an unsigned
     * big-endian integer; otherwise it is in train. About 20 % dev, 80 % train.
     */
    public static boolean isDev(String text) {
        return bucket(text) < 20;
    }

    /** The story's bucket in [0, 100): buckets 0-19 are dev. */
    public static int bucket(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long v = ((h[0] & 0xffL) << 24) | ((h[1] & 0xffL) << 16) | ((h[2] & 0xffL) << 8) | (h[3] & 0xffL);
            return (int) (v % 100);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
