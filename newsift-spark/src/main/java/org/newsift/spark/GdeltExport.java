package org.newsift.spark;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.newsift.store.Exporter;

import java.sql.Date;
import java.time.Instant;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

/**
 * The dated events in GDELT 2.0's 61-column event layout, tab-separated, one line per events-table row: the rows
 * {@code newsift export --format gdelt} writes from a store (newsift-store's {@code Exporter.GdeltRow}), sorted as
 * it sorts them. DATEADDED is the time the job ran, as a store gives the time of ingest.
 */
final class GdeltExport {
    private GdeltExport() {
    }

    static Dataset<String> lines(Dataset<Row> events, Dataset<Row> articles, Instant added) {
        Dataset<Row> copies = articles.filter(col("duplicate_of").isNotNull()).groupBy(col("duplicate_of").as("article_id"))
                .agg(count(lit(1)).as("copies"));
        Dataset<Row> origin = articles.select(col("id").as("article_id"), col("url"), col("source").as("input_source"));
        long addedMillis = added.toEpochMilli();
        return events.filter(col("event_date").isNotNull()).join(origin, "article_id").join(copies,
                        new String[] {"article_id"}, "left")
                .orderBy("event_date", "article_id", "idx")
                .map((MapFunction<Row, String>) r -> String.join("\t", Exporter.GdeltRow.of(event(r, addedMillis))),
                        Encoders.STRING());
    }

    private static Exporter.GdeltEvent event(Row r, long addedMillis) {
        return new Exporter.GdeltEvent(r.getAs("article_id"), r.<Integer>getAs("idx"),
                r.<Date>getAs("event_date").toLocalDate(), side(r, "source"), side(r, "target"), r.getAs("cameo"),
                r.getAs("quad_class"), r.getAs("goldstein"), r.getAs("location_name"), r.getAs("lat"), r.getAs("lon"),
                Instant.ofEpochMilli(addedMillis), r.getAs("url"), r.getAs("input_source"),
                r.isNullAt(r.fieldIndex("copies")) ? 0 : r.<Long>getAs("copies"));
    }

    private static Exporter.GdeltEvent.Side side(Row r, String side) {
        return new Exporter.GdeltEvent.Side(r.getAs(side + "_code"), r.getAs(side + "_text"), r.getAs(side + "_country"),
                r.getAs(side + "_sector"));
    }
}
