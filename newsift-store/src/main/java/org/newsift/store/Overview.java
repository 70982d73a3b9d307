package org.newsift.store;

import java.util.List;

/**
 * A store at a glance: how many articles and events, over which days, week by week, and the busiest dyads.
 *
 * @param articles  analysed articles (copies are not counted: their original stands for them)
 * @param events    events, each counted once however many source-target rows it has
 * @param firstDate the first day of an event or a publication, or null
 * @param volume    articles (by publication week) and events (by event week) per ISO week, oldest first
 */
public record Overview(long articles, long events, String firstDate, String lastDate, List<WeekVolume> volume,
                       List<ActorEdge> topDyads) {

    /** Articles and events of one week starting on Monday. */
    public record WeekVolume(String week, long articles, long events) {
    }
}
