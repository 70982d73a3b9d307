package org.newsift.store;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The read side of a store, shaped for a REST server as much as for the CLI: every list pages with
 * offset and limit, every filter is a record, and results are plain records. Thread-safe.
 */
public final class StoreQueries {
    private static final String EVENT_COLUMNS = "article_id, idx, event_date, source_code, source_country, target_code, "
            + "target_country, cameo, cameo_name, plover_type, quad_class, goldstein, location_name, lat, lon, evidence";

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

    /** Events that match, by date then article and position, one page. */
    public List<EventRow> events(EventFilter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + EVENT_COLUMNS + " FROM events WHERE " + filter.where(params)
                + " ORDER BY event_date, article_id, idx LIMIT ? OFFSET ?";
        params.add(limit);
        params.add(offset);
        return run("cannot list events", sql, rs -> new EventRow(rs.getString(1), rs.getInt(2),
                rs.getObject(3) == null ? null : rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                nullableInt(rs, 11), nullableDouble(rs, 12), rs.getString(13), nullableDouble(rs, 14),
                nullableDouble(rs, 15), rs.getString(16)), params);
    }

    /**
     * The time series of the matching events (a dyad's, usually): per bucket the number of events (each counted
     * once, however many source-target pairs of it match), their mean
     * Goldstein score, the shares of the four quad classes, and the articles behind them. Events without a
     * date are left out; buckets without events are absent.
     */
    public List<SeriesPoint> series(EventFilter filter, Granularity by) {
        List<Object> params = new ArrayList<>();
        String share = "avg(CASE WHEN quad_class = %d THEN 1.0 ELSE 0.0 END)";
        // an event with several actors on a side has a row per source-target pair; the series counts it once
        String events = "SELECT DISTINCT article_id, event_id, goldstein, quad_class, "
                + "CAST(date_trunc('" + by.unit() + "', CAST(event_date AS TIMESTAMP)) AS DATE) AS bucket "
                + "FROM events WHERE event_date IS NOT NULL AND " + filter.where(params);
        String sql = "SELECT bucket, count(*), avg(goldstein), " + String.format(share, 1) + ", " + String.format(share, 2)
                + ", " + String.format(share, 3) + ", " + String.format(share, 4) + ", "
                + "string_agg(DISTINCT article_id, chr(31) ORDER BY article_id) FROM (" + events + ") e "
                + "GROUP BY bucket ORDER BY bucket";
        return run("cannot compute the series", sql, rs -> new SeriesPoint(rs.getDate(1).toLocalDate(), rs.getLong(2),
                round(nullableDouble(rs, 3)), List.of(round(rs.getDouble(4)), round(rs.getDouble(5)),
                round(rs.getDouble(6)), round(rs.getDouble(7))), Arrays.asList(rs.getString(8).split(SEPARATOR))), params);
    }

    /** How many events match, and how many of them are dated: what an empty series or export was missing. */
    public EventCount count(EventFilter filter) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT count(*), count(event_date) FROM (SELECT DISTINCT article_id, event_id, event_date "
                + "FROM events WHERE " + filter.where(params) + ") e";
        return run("cannot count events", sql, rs -> new EventCount(rs.getLong(1), rs.getLong(2)), params).get(0);
    }

    /** The actor codes in most matching events, on either side. */
    public List<ActorCount> topActors(EventFilter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = filter.where(params);
        List<Object> all = new ArrayList<>(params);
        all.addAll(params);
        all.add(limit);
        all.add(offset);
        String sql = "SELECT code, count(*) AS n FROM (SELECT source_code AS code FROM events WHERE " + where
                + " UNION ALL SELECT target_code FROM events WHERE " + where + ") sides WHERE code IS NOT NULL "
                + "GROUP BY code ORDER BY n DESC, code LIMIT ? OFFSET ?";
        return run("cannot count actors", sql, rs -> new ActorCount(rs.getString(1), rs.getLong(2)), all);
    }

    /** Edges of the actor graph: matching events counted per (source code, target code), most first. */
    public List<ActorEdge> actorEdges(EventFilter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT source_code, target_code, count(*) AS n, avg(goldstein) FROM events WHERE "
                + "source_code IS NOT NULL AND target_code IS NOT NULL AND " + filter.where(params)
                + " GROUP BY source_code, target_code ORDER BY n DESC, source_code, target_code LIMIT ? OFFSET ?";
        params.add(limit);
        params.add(offset);
        return run("cannot build the actor graph", sql, rs -> new ActorEdge(rs.getString(1), rs.getString(2), rs.getLong(3),
                round(nullableDouble(rs, 4))), params);
    }

    /** Stories with copies, the most copied first. */
    public List<StoryCluster> storyClusters(int offset, int limit) {
        String sql = "SELECT duplicate_of, string_agg(id, chr(31) ORDER BY id), count(*) AS n FROM articles "
                + "WHERE duplicate_of IS NOT NULL GROUP BY duplicate_of ORDER BY n DESC, duplicate_of LIMIT ? OFFSET ?";
        return run("cannot list story clusters", sql,
                rs -> new StoryCluster(rs.getString(1), Arrays.asList(rs.getString(2).split(SEPARATOR))), List.of(limit, offset));
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
