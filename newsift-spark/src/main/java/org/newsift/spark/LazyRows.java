package org.newsift.spark;

import org.apache.spark.sql.Row;

import java.util.Iterator;
import java.util.function.Function;

/** A partition's rows mapped one at a time as Spark pulls them, so a partition is never held in memory whole. */
final class LazyRows {
    private LazyRows() {
    }

    static Iterator<Row> map(Iterator<Row> rows, Function<Row, Row> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                return f.apply(rows.next());
            }
        };
    }
}
