package org.newsift.server.corpus;

import org.newsift.model.Analysis;
import org.newsift.store.ActorCount;
import org.newsift.store.ActorEdge;
import org.newsift.store.EventFilter;
import org.newsift.store.EventRow;
import org.newsift.store.Overview;
import org.newsift.store.Page;
import org.newsift.store.SeriesPoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The analysed articles the server answers from: the store's queries ({@link StoreCorpus}), shaped for the
 * API's pages. Implementations are safe to call from several threads.
 */
public interface Corpus {

    /** Full-text search (Lucene syntax, as {@code newsift search}); a blank query lists every article, newest first. */
    Page<ArticleSummary> search(String text, Paging paging);

    Optional<Analysis> analysis(String id);

    /**
     * The analyses of the newest {@code limit} articles published from {@code from} to {@code to}, oldest first: what
     * stories are computed over.
     */
    List<Analysis> analyses(LocalDate from, LocalDate to, int limit);

    Page<EventRow> events(EventFilter filter, Paging paging);

    /** Weekly buckets of the events between two actors, either direction, oldest first, without empty weeks. */
    List<SeriesPoint> dyadSeries(String a, String b);

    List<ActorCount> topActors(int limit);

    /** The heaviest directed edges of the actor graph. */
    List<ActorEdge> edges(int limit);

    /** The corpus at a glance, with its {@code dyads} busiest edges. */
    Overview overview(int dyads);

    /** Runs the queries of one request on one connection to the store. */
    <T> T reading(Supplier<T> request);
}
