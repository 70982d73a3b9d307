package org.newsift.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsift.model.Actor;
import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.model.Claim;
import org.newsift.model.Quote;
import org.newsift.model.Rhetoric;
import org.newsift.output.AnalysisJson;
import org.newsift.store.EventRows;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rows of the per-article output tables that come from one analysis (Schemas gives their columns). */
final class AnalysisRows {

    /** Which table to make. */
    enum Table { EVENTS, QUOTES, CLAIMS, RHETORIC, ACTORS }

    private AnalysisRows() {
    }

    static Analysis parse(String json) {
        try {
            return AnalysisJson.mapper().readValue(json, Analysis.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an analysis written by this job does not parse: " + e.getOriginalMessage(), e);
        }
    }

    /** The publication day as the store reads it: the date part of an ISO date or date-time, else null. */
    static Date publishedDate(String published) {
        LocalDate d = new Article("", null, null, published, "").publishedDate();
        return d == null ? null : Date.valueOf(d);
    }

    static List<Row> rows(Table table, Analysis a) {
        Date day = publishedDate(a.published());
        List<Row> rows = new ArrayList<>();
        switch (table) {
            case EVENTS -> {
                for (Object[] r : EventRows.of(a)) {
                    Object[] values = new Object[r.length + 1];
                    for (int i = 0; i < r.length; i++) {
                        values[i] = r[i] instanceof LocalDate d ? Date.valueOf(d) : r[i];
                    }
                    values[r.length] = day;
                    rows.add(RowFactory.create(values));
                }
            }
            case QUOTES -> {
                for (Quote q : a.quotes()) {
                    rows.add(RowFactory.create(a.id(), rows.size(), q.start(), q.end(), q.text(), q.direct(),
                            q.speaker() == null ? null : q.speaker().text(), q.speaker() == null ? null : q.speaker().actor(),
                            q.cue() == null ? null : q.cue().text(), q.about() == null ? null : q.about().text(), day));
                }
            }
            case CLAIMS -> {
                for (Claim c : a.claims()) {
                    rows.add(RowFactory.create(a.id(), rows.size(), c.start(), c.end(), c.text(), c.checkworthiness(),
                            c.attributedTo(), day));
                }
            }
            case RHETORIC -> {
                for (Rhetoric r : a.rhetoric()) {
                    rows.add(RowFactory.create(a.id(), rows.size(), r.start(), r.end(), r.text(), r.technique(), r.score(),
                            r.explanation(), r.voice(), day));
                }
            }
            case ACTORS -> {
                for (Actor actor : a.actors()) {
                    rows.add(RowFactory.create(a.id(), actor.id(), actor.name(), actor.code(), actor.country(),
                            actor.sector(), actor.mentions().size(), day));
                }
            }
        }
        return rows;
    }
}
