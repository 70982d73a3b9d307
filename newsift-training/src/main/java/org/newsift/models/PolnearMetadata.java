package org.newsift.models;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PolNeAR's {@code metadata.tsv} ({@code attribution/polnear} in the data dir): one row per article, read by its
 * column names. The event annotations take their publication dates from it, the story pairs their outlets and the
 * genre check its wire stories.
 */
public final class PolnearMetadata {
    /** PolNeAR, relative to the data dir. */
    public static final Path DIR = Path.of("attribution", "polnear");
    public static final String FILE = "metadata.tsv";
    private static final List<String> NO_AGENCY = List.of("None", "NA", "");

    private PolnearMetadata() {
    }

    /**
     * One article: its compartment (train, dev, test...), file name without {@code .txt}, publisher, publication date
     * as written (not always a date) and the news agency its {@code wire} column credits.
     */
    public record Row(String compartment, String filename, String publisher, String date, String wire) {
        /** The article's text file, relative to {@link #DIR}. */
        public Path text() {
            return Path.of(compartment, "text", filename + ".txt");
        }

        /** Whether the row credits a news agency (AP, AFP, Reuters, UPI); "None" and "NA" credit none. */
        public boolean isWire() {
            return !NO_AGENCY.contains(wire.strip());
        }
    }

    /** The rows of {@code polnear}'s metadata file, in file order. */
    public static List<Row> read(Path polnear) throws IOException {
        Path file = polnear.resolve(FILE);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        List<String> columns = List.of("compartment", "filename", "publisher", "publication_date", "wire");
        int[] at = columns.stream().mapToInt(header::indexOf).toArray();
        for (int i = 0; i < at.length; i++) {
            if (at[i] < 0) {
                throw new IOException(file + ": no " + columns.get(i) + " column");
            }
        }
        List<Row> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length >= header.size()) {
                out.add(new Row(f[at[0]], f[at[1]], f[at[2]], f[at[3]], f[at[4]]));
            }
        }
        return out;
    }
}
