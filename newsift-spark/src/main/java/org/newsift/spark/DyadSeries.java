package org.newsift.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

/**
 * Event time series in Spark SQL over the events table, computed as the store computes {@code newsift events}
 * (StoreQueries.series): an event counted once per bucket however many source-target rows it has, bucketed by
 * its event date truncated to the day, the week (from Monday) or the month, with the mean Goldstein score and
 * the shares of the four quad classes rounded to three decimals, and the ids of the articles behind it.
 */
final class DyadSeries {
    static final List<String> GRANULARITIES = List.of("day", "week", "month");

    private DyadSeries() {
    }

    /** Every directed dyad of actor codes, per day, week and month: the job's {@code series} table. */
    static Dataset<Row> all(Dataset<Row> events) {
        Dataset<Row> coded = events.filter(col("source_code").isNotNull().and(col("target_code").isNotNull()));
        Dataset<Row> out = null;
        for (String g : GRANULARITIES) {
            Dataset<Row> s = points(coded, g, col("source_code"), col("target_code"))
                    .withColumn("granularity", lit(g));
            out = out == null ? s : out.unionByName(s);
        }
        return out;
    }

    /**
     * The series {@code newsift events --dyad A,B [--directed] --group-by G} gives on a store holding these
     * events: each key an actor code or a country, on either side unless directed. Ordered by bucket.
     */
    static Dataset<Row> of(Dataset<Row> events, String a, String b, boolean directed, String granularity) {
        String ka = a.strip().toUpperCase(Locale.ROOT);
        String kb = b.strip().toUpperCase(Locale.ROOT);
        Column ab = side("source", ka).and(side("target", kb));
        Column match = directed ? ab : ab.or(side("source", kb).and(side("target", ka)));
        return points(events.filter(match), granularity).orderBy("bucket");
    }

    private static Column side(String side, String key) {
        return col(side + "_code").equalTo(key).or(col(side + "_country").equalTo(key));
    }

    private static Dataset<Row> points(Dataset<Row> events, String granularity, Column... keys) {
        List<Column> distinct = new ArrayList<>(List.of(col("article_id"), col("event_id"), col("goldstein"),
                col("quad_class"), date_trunc(granularity, col("event_date").cast("timestamp")).cast("date").as("bucket")));
        List<Column> groups = new ArrayList<>();
        for (Column k : keys) {
            distinct.add(k);
            groups.add(k);
        }
        groups.add(col("bucket"));
        UDF1<Double, Double> round = v -> v == null ? null : Math.round(v * 1000) / 1000.0;
        List<Column> aggregates = new ArrayList<>();
        aggregates.add(avg("goldstein").as("g"));
        for (int q = 1; q <= 4; q++) {
            aggregates.add(avg(when(col("quad_class").equalTo(q), 1.0).otherwise(0.0)).as("q" + q));
        }
        aggregates.add(array_sort(collect_set("article_id")).as("articles"));
        Dataset<Row> grouped = events.filter(col("event_date").isNotNull()).select(distinct.toArray(Column[]::new))
                .distinct()
                .groupBy(groups.toArray(Column[]::new))
                .agg(count(lit(1)).as("events"), aggregates.toArray(Column[]::new));
        List<Column> out = new ArrayList<>(List.of(keys));
        out.add(col("bucket"));
        out.add(col("events"));
        var rounded = udf(round, DataTypes.DoubleType);
        out.add(rounded.apply(col("g")).as("mean_goldstein"));
        String[] names = {"verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"};
        for (int q = 1; q <= 4; q++) {
            out.add(rounded.apply(col("q" + q)).as(names[q - 1]));
        }
        out.add(col("articles"));
        return grouped.select(out.toArray(Column[]::new));
    }
}
