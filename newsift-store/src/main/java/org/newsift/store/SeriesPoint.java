package org.newsift.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One bucket of an event time series.
 *
 * @param bucket        the first day of the bucket
 * @param meanGoldstein mean Goldstein score of the events that have one, or null
 * @param quadShares    share of events in quad classes 1-4 (verbal cooperation, material cooperation, verbal
 *                      conflict, material conflict), in that order
 * @param articleIds    the articles the events come from, sorted
 */
public record SeriesPoint(LocalDate bucket, long events, Double meanGoldstein, List<Double> quadShares,
                          List<String> articleIds) {
}
