package org.newsift.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bounds for metrics ({@code eval/floors.tsv}, {@code #} comments): {@code name<TAB>floor} gives a
 * minimum, {@code name<TAB>ceiling<TAB>max} a maximum (for metrics where lower is better, such as an
 * error share). A metric below its floor or above its ceiling fails the evaluation, and so does a
 * bounded metric that was not computed, unless its data is absent (then it is only reported as skipped).
 */
public final class Floors {
    private static final String MAX = "max";
    private final Map<String, Double> floors;
    private final Map<String, Double> ceilings;

    private Floors(Map<String, Double> floors, Map<String, Double> ceilings) {
        this.floors = floors;
        this.ceilings = ceilings;
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
        Map<String, Double> ceilings = new LinkedHashMap<>();
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
            boolean ceiling = f.length == 3 && f[2].strip().equals(MAX);
            if (f.length != 2 && !ceiling) {
                throw new IllegalArgumentException(origin + ":" + lineNo
                        + ": expected 'name<TAB>floor' or 'name<TAB>ceiling<TAB>max', got '" + line + "'");
            }
            try {
                (ceiling ? ceilings : floors).put(f[0].strip(), Double.parseDouble(f[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(origin + ":" + lineNo + ": bound '" + f[1] + "' is not a number");
            }
        }
        return new Floors(floors, ceilings);
    }

    /** The minimums. */
    public Map<String, Double> floors() {
        return Map.copyOf(floors);
    }

    /** The maximums (lines marked {@code max}). */
    public Map<String, Double> ceilings() {
        return Map.copyOf(ceilings);
    }

    /** These bounds for the given metrics only (for a run of some of the tasks: {@code --only}). */
    public Floors restrictTo(Collection<String> metrics) {
        Map<String, Double> f = new LinkedHashMap<>(floors);
        Map<String, Double> c = new LinkedHashMap<>(ceilings);
        f.keySet().retainAll(metrics);
        c.keySet().retainAll(metrics);
        return new Floors(f, c);
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
        floors.forEach((name, floor) -> check(name, floor, false, values, skipped, failures, skips));
        ceilings.forEach((name, ceiling) -> check(name, ceiling, true, values, skipped, failures, skips));
        return new Check(List.copyOf(failures), List.copyOf(skips));
    }

    private static void check(String name, double bound, boolean ceiling, Map<String, Double> values,
                              Map<String, String> skipped, List<String> failures, List<String> skips) {
        String kind = ceiling ? "ceiling" : "floor";
        Double v = values.get(name);
        if (v == null) {
            if (skipped.containsKey(name)) {
                skips.add(name + ": skipping " + kind + " check: " + skipped.get(name));
            } else {
                failures.add(name + ": not computed (" + kind + " " + fmt(bound) + ")");
            }
        } else if (v.isNaN()) {
            failures.add(name + ": NaN (" + kind + " " + fmt(bound) + ")");
        } else if (ceiling ? v > bound : v < bound) {
            failures.add(name + ": " + fmt(v) + " is " + (ceiling ? "above" : "below") + " its " + kind + " " + fmt(bound));
        }
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }
}
