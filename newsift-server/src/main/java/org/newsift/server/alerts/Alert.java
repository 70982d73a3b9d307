package org.newsift.server.alerts;

import java.util.List;

/**
 * A week in which a dyad's events turned more hostile than its trailing baseline.
 *
 * @param id         stable across runs: dyad, week and signal, so a webhook announces each alert once
 * @param signal     {@code material-conflict-share} (rose) or {@code goldstein} (fell)
 * @param value      the week's material-conflict share or mean Goldstein score
 * @param baseline   the mean of the same measure over the trailing baseline weeks
 * @param deviation  how many (floored) standard deviations the week lies from the baseline, in the hostile direction
 * @param articleIds the articles behind the week's events
 */
public record Alert(String id, String actorA, String actorB, String week, String signal, double value, double baseline,
                    double deviation, long events, List<String> articleIds) {
}
