package org.newsift.server.corpus;

import java.util.List;

/** The dashboard's first view: corpus volume and the busiest dyads. */
public record Overview(long articles, long events, String firstDate, String lastDate, List<ActorEdge> topDyads) {

    public Overview withTopDyads(List<ActorEdge> dyads) {
        return new Overview(articles, events, firstDate, lastDate, dyads);
    }
}
