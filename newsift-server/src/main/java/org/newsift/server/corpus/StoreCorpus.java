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
import org.newsift.store.StoreQueries;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The corpus as the store holds it, opened read-only: every answer is a query of the store's one query layer
 * ({@link StoreQueries}, as the CLI's), so what an ingest adds shows on the next request, and the server holds
 * no copy of the corpus.
 */
public final class StoreCorpus implements Corpus {
    private final NewsStore store;
    private final StoreQueries queries;

    /** @param store opened with {@link NewsStore#openReadOnly}; the caller closes it */
    public StoreCorpus(NewsStore store) {
        this.store = store;
        this.queries = store.queries();
    }

    @Override
    public Page<ArticleSummary> search(String text, Paging paging) {
        return reading(() -> {
            SearchPage page = queries.search(new SearchQuery(text, null, null, null, null, paging.offset(), paging.limit()));
            List<ArticleSummary> items = page.hits().stream()
                    .map(h -> queries.analysis(h.id()).map(ArticleSummary::of).orElse(null))
                    .filter(s -> s != null)
                    .toList();
            return new Page<>(page.total(), paging.offset(), paging.limit(), items);
        });
    }

    @Override
    public Optional<Analysis> analysis(String id) {
        return queries.analysis(id);
    }

    @Override
    public List<Analysis> analyses() {
        return queries.analyses();
    }

    @Override
    public Page<EventRow> events(EventFilter filter, Paging paging) {
        return queries.events(filter, paging.offset(), paging.limit());
    }

    @Override
    public List<SeriesPoint> dyadSeries(String a, String b) {
        return queries.series(EventFilter.dyad(a, b, false), Granularity.WEEK);
    }

    @Override
    public List<ActorCount> topActors(int limit) {
        return queries.topActors(EventFilter.all(), 0, limit);
    }

    @Override
    public List<ActorEdge> edges(int limit) {
        return queries.actorEdges(EventFilter.all(), 0, limit);
    }

    @Override
    public Overview overview(int dyads) {
        return queries.overview(dyads);
    }

    @Override
    public <T> T reading(Supplier<T> request) {
        return store.reading(request);
    }
}
