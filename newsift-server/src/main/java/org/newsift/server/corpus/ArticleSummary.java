package org.newsift.server.corpus;

import org.newsift.model.Analysis;

/** What a list of articles shows of one article. */
public record ArticleSummary(String id, String title, String url, String published, String outlet, int events,
                             int quotes, int rhetoric) {

    public static ArticleSummary of(Analysis a) {
        return new ArticleSummary(a.id(), a.title(), a.url(), a.published(), Outlets.of(a), a.events().size(),
                a.quotes().size(), a.rhetoric().size());
    }
}
