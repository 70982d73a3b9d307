package org.newsift.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.newsift.model.Analysis;
import org.newsift.output.AnalysisJson;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The read side of a store: the one query layer of the CLI and the REST server (docs/store.md), so the same
 * question gets the same answer from both. Every list pages with offset and limit, every filter is a record,
 * and results are plain records. Thread-safe.
 */
public final class StoreQueries {
    /** An event side's actor: its code, or its country when it has no code. */
    private static final String SOURCE = "coalesce(source_code, source_country)";
    private static final String TARGET = "coalesce(target_code, target_country)";
    private static final String EVENT_COLUMNS = "article_id, event_id, event_date, " + SOURCE + ", source_text, " + TARGET
            + ", target_text, cameo, cameo_name, plover_type, quad_class, goldstein, location_name, lat, lon, evidence";

    /** Joins ids in one aggregated column: the unit separator, which no id contains. */
    private static final String SEPARATOR = "\u001f";

    private final Database db;
    private final FullTextIndex index;

    StoreQueries(Database db, FullTextIndex index) {
        this.db = db;
        this.index = index;
    }

    /** Full-text search with filters, one page. */
    public SearchPage search(SearchQuery q) {
        try {
            FullTextIndex.Hits hits = index.search(q);
            Map<String, SearchPage.Hit> byId = new HashMap<>();
            List<String> ids = hits.page().stream().map(FullTextIndex.ScoredId::id).toList();
            Map<String, Float> scores = new HashMap<>();
            hits.page().forEach(h -> scores.put(h.id(), h.score()));
            if (!ids.isEmpty()) {
                String sql = "SELECT id, title, url, published, source, event_count FROM articles WHERE id_hash IN ("
                        + String.join(",", Collections.nCopies(ids.size(), "?")) + ")";
                for (SearchPage.Hit h : db.query(sql, rs -> new SearchPage.Hit(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), scores.get(rs.getString(1))),
                        ids.stream().map(Keys::of).toArray())) {
                    byId.put(h.id(), h);
                }
            }
            List<SearchPage.Hit> page = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
            return new SearchPage(hits.total(), q.offset(), page);
        } catch (IOException | SQLException e) {
            throw new StoreException("search failed", e);
        }
    }

    /** The full analysis (contract JSON) of an article; a copy answers with its original's analysis. */
    public Optional<String> analysisJson(String id) {
        return db.reading(() -> analysisJsonOf(id));
    }

    private Optional<String> analysisJsonOf(String id) {
        try {
            Optional<String> own = db.analysisJson(id);
            if (own.isPresent()) {
                return own;
            }
            List<String> original = db.query("SELECT duplicate_of FROM articles WHERE id_hash = ? AND duplicate_of IS NOT NULL",
                    rs -> rs.getString(1), Keys.of(id));
            return original.isEmpty() ? Optional.empty() : db.analysisJson(original.get(0));
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + Keys.shown(id), e);
        }
    }

    /** The id of the analysed article that an id stands for: its own, or a copy's original's; empty when not stored. */
    public Optional<String> originalOf(String id) {
        return run("cannot look up " + Keys.shown(id), "SELECT CASE WHEN analysis IS NOT NULL THEN id ELSE duplicate_of END "
                + "FROM articles WHERE id_hash = ?", rs -> rs.getString(1), List.of(Keys.of(id))).stream()
                .filter(Objects::nonNull).findFirst();
    }

    /** The analysis of an article (a copy's: its original's). */
    public Optional<Analysis> analysis(String id) {
        return analysisJson(id).map(json -> parse(id, json));
    }

    /** Every analysed article, oldest first (by publication day, then id): what stories are computed over. */
    /**
     * The analyses of the newest {@code limit} articles published from {@code from} to {@code to} (both included),
     * oldest first.
     */
    public List<Analysis> analyses(LocalDate from, LocalDate to, int limit) {
        return run("cannot read the analyses", "SELECT id, analysis FROM (SELECT id, analysis, published_date FROM articles "
                        + "WHERE analysis IS NOT NULL AND published_date BETWEEN ? AND ? ORDER BY published_date DESC, id DESC "
                        + "LIMIT ?) newest ORDER BY published_date, id",
                rs -> parse(rs.getString(1), rs.getString(2)), List.of(from, to, limit));
    }

    /**
     * Event rows that match, newest first (undated last), one page: an event with several actors on a side has a
     * row per source-target pair (docs/store.md).
     */
    public Page<EventRow> events(EventFilter filter, int offset, int limit) {
        return db.reading(() -> {
            List<Object> params = new ArrayList<>();
            String where = filter.where(params);
            long total = run("cannot count events", "SELECT count(*) FROM events WHERE " + where,
                    rs -> rs.getLong(1), params).get(0);
            String sql = "SELECT " + EVENT_COLUMNS + " FROM events WHERE " + where
                    + " ORDER BY event_date DESC NULLS LAST, article_id, idx LIMIT ? OFFSET ?";
            List<Object> paged = new ArrayList<>(params);
            paged.add(limit);
            paged.add(offset);
            List<EventRow> rows = run("cannot list events", sql, rs -> new EventRow(rs.getString(1), rs.getString(2),
                    rs.getObject(3) == null ? null : rs.getDate(3).toLocalDate().toString(), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                    rs.getString(10), nullableInt(rs, 11), nullableDouble(rs, 12), rs.getString(13),
                    nullableDouble(rs, 14), nullableDouble(rs, 15), rs.getString(16)), paged);
            return new Page<>(total, offset, limit, rows);
        });
    }

    /**
     * The time series of the matching events (a dyad's, usually): per bucket the number of events (each counted
     * once, however many source-target pairs of it match), how many of them fall in each quad class, their mean
     * Goldstein score, and the articles behind them. Events without a date are left out; buckets without events
     * are absent.
     */
    public List<SeriesPoint> series(EventFilter filter, Granularity by) {
        List<Object> params = new ArrayList<>();
        String quad = "count(CASE WHEN quad_class = %d THEN 1 END)";
        // an event with several actors on a side has a row per source-target pair; the series counts it once
        String events = "SELECT DISTINCT article_id, event_id, goldstein, quad_class, "
                + "CAST(date_trunc('" + by.unit() + "', CAST(event_date AS TIMESTAMP)) AS DATE) AS bucket "
                + "FROM events WHERE event_date IS NOT NULL AND " + filter.where(params);
        String sql = "SELECT bucket, count(*), avg(goldstein), " + String.format(quad, 1) + ", " + String.format(quad, 2)
                + ", " + String.format(quad, 3) + ", " + String.format(quad, 4) + ", "
                + "string_agg(DISTINCT article_id, chr(31) ORDER BY article_id) FROM (" + events + ") e "
                + "GROUP BY bucket ORDER BY bucket";
        return run("cannot compute the series", sql, rs -> new SeriesPoint(rs.getDate(1).toLocalDate().toString(),
                rs.getLong(2), List.of(rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)),
                round(nullableDouble(rs, 3)), Arrays.asList(rs.getString(8).split(SEPARATOR))), params);
    }

    /** How many events match, and how many of them are dated: what an empty series or export was missing. */
    public EventCount count(EventFilter filter) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT count(*), count(event_date) FROM (SELECT DISTINCT article_id, event_id, event_date "
                + "FROM events WHERE " + filter.where(params) + ") e";
        return run("cannot count events", sql, rs -> new EventCount(rs.getLong(1), rs.getLong(2)), params).get(0);
    }

    /**
     * The actors in most matching events, on either side, each event counted once; an actor is its code, or its
     * country when it has no code.
     */
    public List<ActorCount> topActors(EventFilter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = filter.where(params);
        List<Object> all = new ArrayList<>(params);
        all.addAll(params);
        all.add(limit);
        all.add(offset);
        String sql = "SELECT actor, count(*) AS n FROM (SELECT article_id, event_id, " + SOURCE + " AS actor FROM events WHERE "
                + where + " UNION SELECT article_id, event_id, " + TARGET + " FROM events WHERE " + where
                + ") sides WHERE actor IS NOT NULL GROUP BY actor ORDER BY n DESC, actor LIMIT ? OFFSET ?";
        return run("cannot count actors", sql, rs -> new ActorCount(rs.getString(1), rs.getLong(2)), all);
    }

    /**
     * Edges of the actor graph, most events first: matching events counted once per (source, target) pair of
     * actors (code, or country), an actor's events with itself left out, with their mean Goldstein score.
     */
    public List<ActorEdge> actorEdges(EventFilter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String pairs = "SELECT DISTINCT article_id, event_id, " + SOURCE + " AS source, " + TARGET + " AS target, goldstein "
                + "FROM events WHERE " + filter.where(params);
        String sql = "SELECT source, target, count(*) AS n, avg(goldstein) FROM (" + pairs + ") p WHERE source IS NOT NULL "
                + "AND target IS NOT NULL AND source <> target GROUP BY source, target "
                + "ORDER BY n DESC, source, target LIMIT ? OFFSET ?";
        params.add(limit);
        params.add(offset);
        return run("cannot build the actor graph", sql, rs -> new ActorEdge(rs.getString(1), rs.getString(2), rs.getLong(3),
                round(nullableDouble(rs, 4))), params);
    }

    /** The store at a glance, with its {@code dyads} busiest edges. */
    public Overview overview(int dyads) {
        return db.reading(() -> {
            long articles = run("cannot count articles", "SELECT count(*) FROM articles WHERE analysis IS NOT NULL",
                    rs -> rs.getLong(1), List.of()).get(0);
            long events = count(EventFilter.all()).events();
            List<String> span = run("cannot read the dates", "SELECT min(d), max(d) FROM (SELECT event_date AS d FROM events "
                    + "UNION ALL SELECT published_date FROM articles WHERE analysis IS NOT NULL) days",
                    rs -> rs.getObject(1) == null ? null : rs.getDate(1).toLocalDate() + "/" + rs.getDate(2).toLocalDate(),
                    List.of());
            String week = "CAST(date_trunc('week', CAST(%s AS TIMESTAMP)) AS DATE)";
            String sql = "SELECT week, sum(a), sum(e) FROM (SELECT " + String.format(week, "published_date")
                    + " AS week, 1 AS a, 0 AS e FROM articles WHERE analysis IS NOT NULL AND published_date IS NOT NULL "
                    + "UNION ALL SELECT " + String.format(week, "event_date") + ", 0, 1 FROM (SELECT DISTINCT article_id, "
                    + "event_id, event_date FROM events WHERE event_date IS NOT NULL) e) v GROUP BY week ORDER BY week";
            List<Overview.WeekVolume> volume = run("cannot count by week", sql, rs -> new Overview.WeekVolume(
                    rs.getDate(1).toLocalDate().toString(), rs.getLong(2), rs.getLong(3)), List.of());
            String[] days = span.get(0) == null ? new String[] {null, null} : span.get(0).split("/");
            return new Overview(articles, events, days[0], days[1], volume, actorEdges(EventFilter.all(), 0, dyads));
        });
    }

    static Analysis parse(String id, String json) {
        try {
            return AnalysisJson.mapper().readValue(json, Analysis.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored analysis of " + Keys.shown(id) + " does not parse: "
                    + e.getOriginalMessage(), e);
        }
    }

    private <T> List<T> run(String what, String sql, Database.Row<T> row, List<Object> params) {
        try {
            return db.query(sql, row, params.toArray());
        } catch (SQLException e) {
            throw new StoreException(what, e);
        }
    }

    private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 1000) / 1000.0;
    }
}
