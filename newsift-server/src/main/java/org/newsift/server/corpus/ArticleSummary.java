package org.newsift.server.corpus;

import org.newsift.model.Analysis;

/**
 * What a list of articles shows of one article; {@code genre}, {@code spin} and the shares are the analysis's
 * summary figures, null when the stages that set them did not run.
 */
public record ArticleSummary(String id, String title, String url, String published, String outlet, int events,
                             int quotes, int rhetoric, int claims, String genre, Double spin, Double reportShare,
                             Double opinionShare) {

    public static ArticleSummary of(Analysis a) {
        Stance stance = Stance.of(a);
        return new ArticleSummary(a.id(), a.title(), a.url(), a.published(), Outlets.of(a), a.events().size(),
                a.quotes().size(), a.rhetoric().size(), a.claims().size(), a.summary() == null ? null : a.summary().genre(),
                stance.spin(), stance.reportShare(), stance.opinionShare());
    }
}
