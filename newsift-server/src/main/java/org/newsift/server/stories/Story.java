package org.newsift.server.stories;

import org.newsift.server.corpus.ArticleSummary;

import java.util.List;

/**
 * Articles about the same happening, with how each outlet framed it.
 *
 * @param id      the id of the story's first article
 * @param outlets per outlet, side by side
 */
public record Story(String id, String title, String firstDate, String lastDate, List<ArticleSummary> articles,
                    List<OutletFraming> outlets) {
}
