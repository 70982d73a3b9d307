package org.newsift.server.corpus;

import org.newsift.model.Analysis;

import java.util.List;
import java.util.Optional;

/** The analysed articles the server answers from; implementations are safe to call from several threads. */
public interface Corpus {

    /** Articles whose title or text contains every word of {@code text} (all articles when blank), newest first. */
    Page<ArticleSummary> search(String text, Paging paging);

    Optional<Analysis> analysis(String id);

    /** Every stored analysis, oldest first: what stories and alerts are computed over. */
    List<Analysis> analyses();

    Page<EventRow> events(EventQuery query, Paging paging);

    /** Weekly buckets of the events between two actors, either direction, oldest first, without empty weeks. */
    List<SeriesPoint> dyadSeries(String a, String b);

    List<ActorCount> topActors(int limit);

    /** The heaviest directed edges of the actor graph. */
    List<ActorEdge> edges(int limit);

    Overview overview();

    /** Adds an analysed article; an id already present is replaced. */
    void add(Analysis analysis);
}
