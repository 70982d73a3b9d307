package org.newsift.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Minimum values for metrics ({@code eval/floors.tsv}: {@code name<TAB>floor} lines, {@code #} comments).
 * A metric below its floor fails the evaluation, and so does a floored metric that was not computed,
 * unless its data is absent (then it is only reported as skipped).
 */
public final class Floors {
    private final Map<String, Double> floors;

    private Floors(Map<String, Double> floors) {
        this.floors = floors;
    }

    public static Floors read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        }
    }

    public static Floors parse(String text) {
        try {
            return parse(new StringReader(text), "floors");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Floors parse(Reader reader, String origin) throws IOException {
        Map<String, Double> floors = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(reader);
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = t.split("\t");
            if (f.length != 2) {
                throw new IllegalArgumentException(origin + ":" + lineNo + ": expected 'name<TAB>floor', got '" + line + "'");
            }
            try {
                floors.put(f[0].strip(), Double.parseDouble(f[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(origin + ":" + lineNo + ": floor '" + f[1] + "' is not a number");
            }
        }
        return new Floors(floors);
    }

    public Map<String, Double> floors() {
        return Map.copyOf(floors);
    }

    /** The result of comparing metrics with the floors. */
    public record Check(List<String> failures, List<String> skips) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /**
     * @param values  the metrics computed
     * @param skipped metrics not computed because their data is absent, with the reason
     */
    public Check check(Map<String, Double> values, Map<String, String> skipped) {
        List<String> failures = new ArrayList<>();
        List<String> skips = new ArrayList<>();
        floors.forEach((name, floor) -> {
            Double v = values.get(name);
            if (v == null) {
                if (skipped.containsKey(name)) {
                    skips.add(name + ": skipping floor check: " + skipped.get(name));
                } else {
                    failures.add(name + ": not computed (floor " + fmt(floor) + ")");
                }
            } else if (v.isNaN()) {
                failures.add(name + ": NaN (floor " + fmt(floor) + ")");
            } else if (v < floor) {
                failures.add(name + ": " + fmt(v) + " is below its floor " + fmt(floor));
            }
        });
        return new Check(List.copyOf(failures), List.copyOf(skips));
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }
}
