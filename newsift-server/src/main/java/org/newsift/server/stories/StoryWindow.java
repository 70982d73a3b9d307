package org.newsift.server.stories;

import org.newsift.model.Analysis;
import org.newsift.server.corpus.Corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * The articles stories are found among, for the API and {@code newsift stories} alike: the newest {@value #ARTICLES}
 * of those published from {@code from} to {@code to}; without {@code to}, up to the newest article's day, and
 * without {@code from}, {@value #DAYS} days before {@code to}. The window keeps the work and memory of a request
 * bounded however large the store grows.
 */
public final class StoryWindow {
    /** The days before the newest article that stories are found in, unless the request says otherwise. */
    public static final int DAYS = 90;
    /**
     * The most articles stories are found among (the newest of the window): their analyses are read for the request,
     * and the clustering compares every pair of articles published within 3 days of each other.
     */
    public static final int ARTICLES = 5_000;

    private StoryWindow() {
    }

    /**
     * The analyses of the window, oldest first; either day may be null for its default.
     *
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    public static List<Analysis> analyses(Corpus corpus, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
        return corpus.reading(() -> {
            LocalDate last = to;
            if (last == null) {
                String newest = corpus.overview(0).lastDate();
                if (newest == null) {
                    return List.of();
                }
                last = LocalDate.parse(newest);
            }
            return corpus.analyses(from == null ? last.minusDays(DAYS) : from, last, ARTICLES);
        });
    }
}
