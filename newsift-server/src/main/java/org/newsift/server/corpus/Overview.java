package org.newsift.server.corpus;

import java.util.List;

/**
 * The dashboard's first view: corpus volume and the busiest dyads.
 *
 * @param volume articles (by publication week) and events (by event week) per ISO week, oldest first
 */
public record Overview(long articles, long events, String firstDate, String lastDate, List<WeekVolume> volume,
                       List<ActorEdge> topDyads) {

    /** Articles and events of one week starting on Monday. */
    public record WeekVolume(String week, long articles, long events) {
    }

    public Overview withTopDyads(List<ActorEdge> dyads) {
        return new Overview(articles, events, firstDate, lastDate, volume, dyads);
    }
}
