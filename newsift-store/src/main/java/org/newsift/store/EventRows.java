package org.newsift.store;

import org.newsift.model.Analysis;
import org.newsift.model.Event;
import org.newsift.model.EventArgument;
import org.newsift.model.Location;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows of the events table (schema.sql) for one analysis: one per event and per source-target pair, in
 * the table's column order. Public so that other writers of the table (newsift-spark's Parquet output) give
 * the same rows as ingest.
 */
public final class EventRows {
    /** The events table's columns, in order. */
    public static final List<String> COLUMNS = List.of("article_id", "idx", "event_id", "event_date", "date_text",
            "date_precision", "source_actor", "source_code", "source_country", "source_sector", "source_text",
            "target_actor", "target_code", "target_country", "target_sector", "target_text", "cameo", "cameo_root",
            "cameo_name", "plover_type", "plover_mode", "quad_class", "goldstein", "negated", "hypothetical", "future",
            "reported", "location_name", "location_country", "lat", "lon", "sentence_start", "sentence_end",
            "trigger_text", "evidence", "confidence");

    private EventRows() {
    }

    /** The rows of an analysis's events; values are String, Integer, Double, Boolean, LocalDate or null. */
    public static List<Object[]> of(Analysis a) {
        LocalDate fallback = Database.publishedDate(a.published());
        List<Object[]> rows = new ArrayList<>();
        for (Event e : a.events()) {
            for (EventArgument s : orNull(e.source())) {
                for (EventArgument t : orNull(e.target())) {
                    rows.add(row(a, e, rows.size(), s, t, fallback));
                }
            }
        }
        return rows;
    }

    /** An event's sides, or one null side when it has none, so every event gets a row. */
    private static List<EventArgument> orNull(List<EventArgument> side) {
        return side.isEmpty() ? Collections.singletonList(null) : side;
    }

    private static Object[] row(Analysis a, Event e, int idx, EventArgument s, EventArgument t, LocalDate fallback) {
        Location loc = e.location();
        return new Object[] {a.id(), idx, e.id(), eventDate(e, fallback), e.date(), e.datePrecision(),
                s == null ? null : s.actor(), s == null ? null : s.code(), s == null ? null : s.country(),
                s == null ? null : s.sector(), s == null ? null : s.text(),
                t == null ? null : t.actor(), t == null ? null : t.code(), t == null ? null : t.country(),
                t == null ? null : t.sector(), t == null ? null : t.text(),
                e.cameo(), e.cameo() == null || e.cameo().length() < 2 ? null : e.cameo().substring(0, 2),
                e.cameoName(), e.plover() == null ? null : e.plover().type(),
                e.plover() == null ? null : e.plover().mode(), e.quadClass(), e.goldstein(),
                e.modality() != null && e.modality().negated(), e.modality() != null && e.modality().hypothetical(),
                e.modality() != null && e.modality().future(), e.modality() != null && e.modality().reported(),
                loc == null ? null : loc.name(), loc == null ? null : loc.country(),
                loc == null ? null : loc.lat(), loc == null ? null : loc.lon(),
                e.sentence().start(), e.sentence().end(), e.trigger() == null ? null : e.trigger().text(),
                sentenceText(a.text(), e), e.confidence()};
    }

    /**
     * The day the text dates the event to when it names one, else (a month or a year) the day the article was
     * published; none for an undated event (no publication date, or told as having happened before it).
     */
    private static LocalDate eventDate(Event e, LocalDate published) {
        if (e.date() == null) {
            return null;
        }
        if (e.date().length() == 10) {
            LocalDate d = Database.publishedDate(e.date());
            return d != null ? d : published;
        }
        return published;
    }

    private static String sentenceText(String text, Event e) {
        int n = text.codePointCount(0, text.length());
        int start = Math.min(e.sentence().start(), n);
        int end = Math.min(Math.max(start, e.sentence().end()), n);
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
