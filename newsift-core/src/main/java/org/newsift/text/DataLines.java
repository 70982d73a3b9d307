package org.newsift.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the data lines of newsift's line-based data files (lexicons, gazetteer, codebooks): blank lines
 * and lines starting with {@code #} are comments. Each line keeps its file and line number, so an error
 * about it reads {@code file:line: what is wrong}.
 */
public final class DataLines {
    private DataLines() {
    }

    /** A data line and where it came from. */
    public record Line(String origin, int number, String text) {

        /** "file:line", for messages and explanations. */
        public String where() {
            return origin + ":" + number;
        }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(where() + ": " + message);
        }
    }

    public static List<Line> read(Reader reader, String origin) throws IOException {
        BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<Line> out = new ArrayList<>();
        String text;
        int number = 0;
        while ((text = r.readLine()) != null) {
            number++;
            if (!text.isBlank() && !text.startsWith("#")) {
                out.add(new Line(origin, number, text));
            }
        }
        return out;
    }
}
