package org.newsift.server.corpus;

import org.newsift.model.Analysis;
import org.newsift.store.ActorCount;
import org.newsift.store.ActorEdge;
import org.newsift.store.EventFilter;
import org.newsift.store.EventRow;
import org.newsift.store.Granularity;
import org.newsift.store.NewsStore;
import org.newsift.store.Overview;
import org.newsift.store.Page;
import org.newsift.store.SearchPage;
import org.newsift.store.SearchQuery;
import org.newsift.store.SeriesPoint;
import org.newsift.store.StoreException;
import org.newsift.store.StoreLocation;
import org.newsift.store.StoreQueries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The corpus as the store holds it, opened read-only: every answer is a query of the store's one query layer
 * ({@link StoreQueries}, as the CLI's), so what an ingest adds shows on the next request, and the server holds
 * no copy of the corpus. A few read-only handles serve requests side by side; a handle runs one request at a
 * time, on one connection taken for that request.
 */
public final class StoreCorpus implements Corpus, AutoCloseable {
    private final List<NewsStore> handles = new ArrayList<>();
    private final BlockingQueue<NewsStore> free;
    /** The handle of the request this thread is answering, while it answers it. */
    private final ThreadLocal<NewsStore> current = new ThreadLocal<>();

    /** Opens {@code readers} read-only handles on an existing store; closing the corpus closes them. */
    public StoreCorpus(StoreLocation location, int readers) {
        free = new ArrayBlockingQueue<>(readers);
        try {
            for (int i = 0; i < readers; i++) {
                NewsStore store = NewsStore.openReadOnly(location);
                handles.add(store);
                free.add(store);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public Page<ArticleSummary> search(String text, Paging paging) {
        return query(q -> {
            SearchPage page = q.search(new SearchQuery(text, null, null, null, null, paging.offset(), paging.limit()));
            List<ArticleSummary> items = page.hits().stream()
                    .flatMap(h -> q.analysis(h.id()).map(ArticleSummary::of).stream())
                    .toList();
            return new Page<>(page.total(), paging.offset(), paging.limit(), items);
        });
    }

    @Override
    public Optional<Analysis> analysis(String id) {
        return query(q -> q.analysis(id));
    }

    @Override
    public List<Analysis> analyses(LocalDate from, LocalDate to, int limit) {
        return query(q -> q.analyses(from, to, limit));
    }

    @Override
    public Page<EventRow> events(EventFilter filter, Paging paging) {
        return query(q -> q.events(filter, paging.offset(), paging.limit()));
    }

    @Override
    public List<SeriesPoint> dyadSeries(String a, String b) {
        return query(q -> q.series(EventFilter.dyad(a, b, false), Granularity.WEEK));
    }

    @Override
    public List<ActorCount> topActors(int limit) {
        return query(q -> q.topActors(EventFilter.all(), 0, limit));
    }

    @Override
    public List<ActorEdge> edges(int limit) {
        return query(q -> q.actorEdges(EventFilter.all(), 0, limit));
    }

    @Override
    public Overview overview(int dyads) {
        return query(q -> q.overview(dyads));
    }

    @Override
    public <T> T reading(Supplier<T> request) {
        NewsStore mine = current.get();
        if (mine != null) {
            return mine.reading(request); // a query of the request under way: its handle, its connection
        }
        NewsStore store;
        try {
            store = free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a store handle");
        }
        current.set(store);
        try {
            return store.reading(request);
        } finally {
            current.remove();
            free.add(store);
        }
    }

    private <T> T query(Function<StoreQueries, T> query) {
        return reading(() -> query.apply(current.get().queries()));
    }

    @Override
    public void close() {
        handles.forEach(NewsStore::close);
    }
}
