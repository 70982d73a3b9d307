package org.newsift.rhetoric;

import org.newsift.model.Rhetoric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
        for (Rhetoric r : ranked) {
            if (kept.stream().noneMatch(k -> k.technique().equals(r.technique()) && overlap(k, r))) {
                kept.add(r);
            }
        }
        kept.sort(ORDER);
        return kept;
    }

    public static boolean overlap(Rhetoric a, Rhetoric b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
