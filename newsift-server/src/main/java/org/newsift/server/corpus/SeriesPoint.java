package org.newsift.server.corpus;

import java.util.List;

/**
 * One bucket of a dyad's event series.
 *
 * @param bucket        first day of the bucket, ISO (weeks start on Monday)
 * @param quadCounts    events in quad classes 1-4: verbal cooperation, material cooperation, verbal conflict,
 *                      material conflict
 * @param meanGoldstein mean Goldstein score of the bucket's events, or null when none has one
 * @param articleIds    the articles behind the bucket's events, sorted
 */
public record SeriesPoint(String bucket, int events, List<Integer> quadCounts, Double meanGoldstein,
                          List<String> articleIds) {

    /** Share of the bucket's events that are material conflict (quad class 4). */
    public double materialConflictShare() {
        return events == 0 ? 0 : quadCounts.get(3) / (double) events;
    }
}
