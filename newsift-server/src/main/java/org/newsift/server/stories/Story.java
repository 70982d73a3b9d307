package org.newsift.server.stories;

import org.newsift.server.corpus.ArticleSummary;

import java.util.List;
import java.util.Map;

/**
 * Articles about the same happening, with how each outlet framed it.
 *
 * @param id           the id of the story's first article
 * @param spin         mean {@code summary.spin} of the articles ({@link org.newsift.server.corpus.Stance})
 * @param reportShare  mean share of the articles' sentences that report or quote
 * @param opinionShare mean share of the articles' sentences that are opinion, question or call to action
 * @param genres       articles per genre ({@code summary.genre}; articles without one are not counted)
 * @param claims       the articles' check-worthy claims, the most check-worthy first, at most {@link #CLAIMS}
 * @param outlets      per outlet, side by side
 */
public record Story(String id, String title, String firstDate, String lastDate, Double spin, Double reportShare,
                    Double opinionShare, Map<String, Integer> genres, List<StoryClaim> claims,
                    List<ArticleSummary> articles, List<OutletFraming> outlets) {
    /** Claims a story lists: enough to fill a side panel; each article's page lists all of its own. */
    public static final int CLAIMS = 10;
}
