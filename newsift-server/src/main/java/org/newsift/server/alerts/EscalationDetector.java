package org.newsift.server.alerts;

import org.newsift.store.ActorEdge;
import org.newsift.server.corpus.Corpus;
import org.newsift.store.SeriesPoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Escalation alerts on dyads (docs/server.md): for each week with at least {@code minEvents} events, compare
 * the material-conflict share and the mean Goldstein score with the same measures over the dyad's previous
 * {@code baselineWeeks} weeks that had events; alert when the share rises, or the Goldstein mean falls, by more
 * than {@code k} standard deviations. The deviation is floored ({@link #SHARE_FLOOR}, {@link #GOLDSTEIN_FLOOR})
 * so that a perfectly steady baseline does not turn any small change into an alert.
 */
public final class EscalationDetector {
    static final double SHARE_FLOOR = 0.10;
    static final double GOLDSTEIN_FLOOR = 1.0;
    /** Fewer baseline weeks than this say nothing about what is usual. */
    static final int MIN_BASELINE = 2;
    /** Dyads looked at: the busiest edges of the actor graph. */
    private static final int DYADS = 200;

    private final double k;
    private final int baselineWeeks;
    private final int minEvents;

    public EscalationDetector(double k, int baselineWeeks, int minEvents) {
        if (k <= 0 || baselineWeeks < MIN_BASELINE || minEvents < 1) {
            throw new IllegalArgumentException("k > 0, baseline >= " + MIN_BASELINE + " weeks and min events >= 1");
        }
        this.k = k;
        this.baselineWeeks = baselineWeeks;
        this.minEvents = minEvents;
    }

    public static EscalationDetector defaults() {
        return new EscalationDetector(2.0, 4, 3);
    }

    /** Alerts over every busy dyad of the corpus, newest week first. */
    public List<Alert> detect(Corpus corpus) {
        TreeSet<List<String>> dyads = new TreeSet<>(Comparator.comparing((List<String> d) -> d.get(0))
                .thenComparing(d -> d.get(1)));
        for (ActorEdge e : corpus.edges(DYADS)) {
            dyads.add(e.source().compareTo(e.target()) < 0 ? List.of(e.source(), e.target()) : List.of(e.target(), e.source()));
        }
        List<Alert> alerts = new ArrayList<>();
        for (List<String> d : dyads) {
            alerts.addAll(detect(d.get(0), d.get(1), corpus.dyadSeries(d.get(0), d.get(1))));
        }
        alerts.sort(Comparator.comparing(Alert::week).reversed().thenComparing(Alert::id));
        return alerts;
    }

    /** Alerts in one dyad's weekly series (oldest first, weeks without events left out). */
    List<Alert> detect(String a, String b, List<SeriesPoint> series) {
        List<Alert> out = new ArrayList<>();
        for (int i = MIN_BASELINE; i < series.size(); i++) {
            SeriesPoint week = series.get(i);
            if (week.events() < minEvents) {
                continue;
            }
            List<SeriesPoint> baseline = series.subList(Math.max(0, i - baselineWeeks), i);
            check(a, b, week, baseline, "material-conflict-share", SeriesPoint::materialConflictShare, SHARE_FLOOR, 1)
                    .ifPresent(out::add);
            List<SeriesPoint> scored = baseline.stream().filter(p -> p.meanGoldstein() != null).toList();
            if (week.meanGoldstein() != null && scored.size() >= MIN_BASELINE) {
                check(a, b, week, scored, "goldstein", SeriesPoint::meanGoldstein, GOLDSTEIN_FLOOR, -1)
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    /** {@code hostile} is +1 when a rise of the measure is the escalation, -1 when a fall is. */
    private Optional<Alert> check(String a, String b, SeriesPoint week, List<SeriesPoint> baseline,
                                            String signal, ToDoubleFunction<SeriesPoint> measure, double floor,
                                            int hostile) {
        double mean = baseline.stream().mapToDouble(measure).average().orElse(0);
        double variance = baseline.stream().mapToDouble(p -> Math.pow(measure.applyAsDouble(p) - mean, 2)).average().orElse(0);
        double sd = Math.max(Math.sqrt(variance), floor);
        double value = measure.applyAsDouble(week);
        double deviation = hostile * (value - mean) / sd;
        if (deviation <= k) {
            return Optional.empty();
        }
        return Optional.of(new Alert(a + "-" + b + "-" + week.bucket() + "-" + signal, a, b,
                week.bucket(), signal, value, mean, deviation, week.events(), week.articleIds()));
    }
}
