package org.newsift.rhetoric;

import org.newsift.model.Rhetoric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rules for spans of the same technique that overlap. Different techniques may overlap (a loaded word
 * inside an appeal to fear); the same technique is reported once per stretch of text.
 */
public final class RhetoricSpans {
    private RhetoricSpans() {
    }

    /** Text order: start, then longer first, then technique. */
    public static final Comparator<Rhetoric> ORDER = Comparator.comparingInt(Rhetoric::start)
            .thenComparing(Rhetoric::end, Comparator.reverseOrder()).thenComparing(Rhetoric::technique);

    /**
     * Of overlapping spans of one technique keeps the one with the higher score (then the longer), so
     * each cue is reported once and with its strongest reason.
     */
    public static List<Rhetoric> resolve(List<Rhetoric> spans) {
        List<Rhetoric> ranked = new ArrayList<>(spans);
        ranked.sort(Comparator.comparingDouble(Rhetoric::score).reversed()
                .thenComparing(r -> r.end() - r.start(), Comparator.reverseOrder()).thenComparing(ORDER));
        List<Rhetoric> kept = new ArrayList<>();
        // per technique, the kept spans' ends by their starts: spans that do not overlap end in the order they start
        Map<String, TreeMap<Integer, Integer>> keptEnds = new HashMap<>();
        for (Rhetoric r : ranked) {
            TreeMap<Integer, Integer> ends = keptEnds.computeIfAbsent(r.technique(), t -> new TreeMap<>());
            Map.Entry<Integer, Integer> before = ends.lowerEntry(r.end()); // the last kept span starting before r ends
            if (before == null || before.getValue() <= r.start()) {
                kept.add(r);
                ends.merge(r.start(), r.end(), Math::max);
            }
        }
        kept.sort(ORDER);
        return kept;
    }

    public static boolean overlap(Rhetoric a, Rhetoric b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
