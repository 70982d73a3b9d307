package org.newsift.models;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The text format of newsift's linear models: {@code #} comments, {@code key<TAB>value} header lines, and
 * rows {@code label<TAB>w1<TAB>...<TAB>bias}. Each model checks which keys and rows it needs.
 */
public record WeightsFile(Map<String, String> header, Map<String, double[]> rows) {

    public static WeightsFile read(InputStream in, String source) {
        if (in == null) {
            throw new IllegalStateException("missing resource " + source);
        }
        Map<String, String> header = new HashMap<>();
        Map<String, double[]> rows = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length == 2) {
                    header.put(f[0], f[1]);
                } else {
                    double[] w = new double[f.length - 1];
                    for (int j = 1; j < f.length; j++) {
                        w[j - 1] = Double.parseDouble(f[j]);
                    }
                    rows.put(f[0], w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
        return new WeightsFile(header, rows);
    }
}
