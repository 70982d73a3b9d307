package org.newsift.store;

import java.util.List;

/**
 * One bucket of an event time series.
 *
 * @param bucket        the first day of the bucket, ISO (weeks start on Monday)
 * @param quadCounts    events in quad classes 1-4 (verbal cooperation, material cooperation, verbal conflict,
 *                      material conflict), in that order
 * @param meanGoldstein mean Goldstein score of the events that have one, or null
 * @param articleIds    the articles the events come from, sorted
 */
public record SeriesPoint(String bucket, long events, List<Long> quadCounts, Double meanGoldstein, List<String> articleIds) {

    /** The share of the bucket's events in each quad class, rounded to three places. */
    public List<Double> quadShares() {
        return quadCounts.stream().map(n -> events == 0 ? 0.0 : Math.round(n * 1000.0 / events) / 1000.0).toList();
    }

    /** Share of the bucket's events that are material conflict (quad class 4). */
    public double materialConflictShare() {
        return events == 0 ? 0 : quadCounts.get(3) / (double) events;
    }
}
