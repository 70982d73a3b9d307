package org.newsift.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Collects metric values and skipped metrics, printing each as it arrives. */
public final class MetricSink {
    private final Map<String, Double> values = new LinkedHashMap<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();

    public synchronized void put(String name, double value) {
        values.put(name, value);
        System.out.println(format(name, value));
        System.out.flush();
    }

    /** Records that a metric was not computed because its data is absent. */
    public synchronized void skip(String name, String reason) {
        skipped.put(name, reason);
        System.out.println("SKIP " + name + ": skipping: " + reason);
        System.out.flush();
    }

    public synchronized Map<String, Double> values() {
        return Map.copyOf(values);
    }

    public synchronized Map<String, String> skipped() {
        return Map.copyOf(skipped);
    }

    public static String format(String name, double value) {
        return "METRIC " + name + " " + String.format(Locale.ROOT, "%.4f", value);
    }
}
