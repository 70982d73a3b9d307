package org.newsift.events.ontology;

import org.newsift.text.DataLines;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated resource: skips blank lines, {@code #} comments and the header row. */
final class TsvResource {

    /** One data line: its fields and where it came from, for error messages. */
    record Line(String source, int number, String[] fields) {

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(source + ":" + number + ": " + message);
        }
    }

    private TsvResource() {
    }

    static List<Line> read(InputStream in, String source, String headerFirstField, int columns) {
        if (in == null) {
            throw new IllegalStateException(source + ": resource not found");
        }
        List<Line> lines = new ArrayList<>();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (DataLines.Line data : DataLines.read(r, source)) {
                String[] f = data.text().split("\t", -1);
                if (f[0].equals(headerFirstField)) {
                    continue;
                }
                Line line = new Line(source, data.number(), f);
                if (f.length != columns) {
                    throw line.error("expected " + columns + " tab-separated fields, found " + f.length);
                }
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].strip();
                    if (f[i].isEmpty()) {
                        throw line.error("empty field " + (i + 1) + " (use - for none)");
                    }
                }
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
        return lines;
    }
}
