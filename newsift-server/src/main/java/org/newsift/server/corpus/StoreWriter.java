package org.newsift.server.corpus;

import org.newsift.input.InputItem;
import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.output.AnalysisJson;
import org.newsift.store.IngestProgress;
import org.newsift.store.IngestSummary;
import org.newsift.store.Ingester;
import org.newsift.store.NewsStore;
import org.newsift.store.StoreLocation;

import java.util.List;
import java.util.Optional;

/**
 * Writes articles posted to the API into the store, as {@code newsift ingest} would (same de-duplication, one
 * transaction). The store is opened for each write and closed after it, so between writes an ingest may use the
 * same DuckDB file; while one holds it, a write fails with {@link Busy}.
 */
public final class StoreWriter {
    private final StoreLocation location;

    public StoreWriter(StoreLocation location) {
        this.location = location;
    }

    /** What became of a posted article: stored as new, or recognised as a copy of one already stored. */
    public record Outcome(boolean stored, Analysis analysis) {
    }

    /** Stores an analysed article; a copy of a stored one is linked to it and its original's analysis returned. */
    public synchronized Outcome write(Analysis analysis) throws InterruptedException {
        Article article = new Article(analysis.id(), analysis.title(), analysis.url(), analysis.published(), analysis.text());
        try (NewsStore store = open()) {
            IngestSummary summary = new Ingester(store, a -> analysis, IngestProgress.silent())
                    .ingest(List.<InputItem>of(new InputItem.Read(article, "api")).iterator(), Ingester.sequential());
            if (summary.errors() > 0) {
                throw new IllegalArgumentException("the store refused the article: " + summary);
            }
            Analysis kept = store.queries().analysisJson(article.id())
                    .map(json -> StoredCorpus.parse(AnalysisJson.mapper(), article.id(), json))
                    .orElseThrow(() -> new IllegalStateException("the store kept no analysis for " + article.id()));
            return new Outcome(summary.stored() == 1, kept);
        }
    }

    private NewsStore open() {
        try {
            return NewsStore.open(location);
        } catch (RuntimeException e) {
            throw new Busy("the store cannot be opened now (an ingest may hold it): " + e.getMessage());
        }
    }

    /** The store is held by another process; the client may retry. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message);
        }
    }
}
