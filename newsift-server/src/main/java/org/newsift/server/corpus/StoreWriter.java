package org.newsift.server.corpus;

import org.newsift.input.InputItem;
import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.store.IngestProgress;
import org.newsift.store.IngestSummary;
import org.newsift.store.Ingester;
import org.newsift.store.NewsStore;
import org.newsift.store.StoreBusy;
import org.newsift.store.StoreLocation;

import java.util.List;

/**
 * Writes articles posted to the API into the store through the store's {@link Ingester}, as {@code newsift
 * ingest} does: the article is checked against the stored bodies first, so a copy is linked to its original and
 * never analysed; only a new article is analysed and stored, in one transaction. The store is opened for each
 * write and closed after it, so between writes an ingest may use it; while one holds it, a write fails with
 * {@link Busy}. Writes are serialised: two posts of one story cannot both pass the copy check.
 */
public final class StoreWriter {
    private final StoreLocation location;

    public StoreWriter(StoreLocation location) {
        this.location = location;
    }

    /** Analyses an article; may wait for an analysis worker. */
    @FunctionalInterface
    public interface Analyse {
        Analysis analyze(Article article) throws InterruptedException;
    }

    /**
     * What became of a posted article: stored as new, or recognised as one the store holds (a copy, or the same
     * article again), answered with the stored article's id and event count.
     */
    public record Outcome(boolean stored, String id, int events) {
    }

    public synchronized Outcome write(Article article, Analyse analyzer) throws InterruptedException {
        RuntimeException[] refused = {null};
        try (NewsStore store = open()) {
            IngestSummary summary = new Ingester(store, a -> {
                try {
                    return analyzer.analyze(a);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw refused[0] = new IllegalStateException("interrupted");
                } catch (RuntimeException e) {
                    throw refused[0] = e; // busy or broken: the client hears it as such, not as a bad article
                }
            }, IngestProgress.silent()).ingest(List.<InputItem>of(new InputItem.Read(article, "api")).iterator(),
                    (tasks, analyse, commit) -> {
                        while (tasks.hasNext()) {
                            Ingester.Task done = analyse.apply(tasks.next());
                            if (refused[0] == null) { // a refused analysis is the server's answer, not the article's error
                                commit.accept(done);
                            }
                        }
                    });
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (refused[0] != null) {
                throw refused[0];
            }
            if (summary.duplicateIds() > 0) {
                throw new IllegalArgumentException("the store holds another article with the id '" + shown(article.id())
                        + "': post it with another id");
            }
            if (summary.errors() > 0) {
                throw new IllegalArgumentException("the store refused the article (its ingest_errors table says why): "
                        + summary);
            }
            String kept = store.queries().originalOf(article.id())
                    .orElseThrow(() -> new IllegalStateException("the store kept no analysis for " + article.id()));
            int events = store.queries().analysis(kept).map(a -> a.events().size()).orElse(0);
            return new Outcome(summary.stored() == 1, kept, events);
        }
    }

    private static String shown(String id) {
        return id.length() <= 60 ? id : id.substring(0, 60) + "...";
    }

    private NewsStore open() {
        try {
            return NewsStore.open(location);
        } catch (StoreBusy e) {
            throw new Busy("the store cannot be written now (an ingest holds it): " + e.getMessage());
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
