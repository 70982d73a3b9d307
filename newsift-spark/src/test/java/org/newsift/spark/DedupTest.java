package org.newsift.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The store's order-dependent rule applied to candidate pairs (a_ord, a_id, b_ord, similarity). */
class DedupTest {

    @Test
    void aCopyOfACopyIsAnOriginalUnlessItIsNearAnOriginal() {
        // 1 is an original; 2 copies 1; 3 is near only 2, a copy, so it is an original; 4 is near 1 and 3, 3 closer
        List<Row> pairs = List.of(pair(1, "a", 2, 0.9), pair(2, "b", 3, 0.85), pair(1, "a", 4, 0.82), pair(3, "c", 4, 0.95));
        List<Row> copies = Dedup.resolve(pairs);
        assertEquals(List.of(RowFactory.create(2L, "a", 0.9), RowFactory.create(4L, "c", 0.95)), copies);
    }

    @Test
    void equalSimilaritiesGoToTheEarliestOriginal() {
        List<Row> copies = Dedup.resolve(List.of(pair(5, "e", 9, 0.8), pair(3, "c", 9, 0.8)));
        assertEquals(List.of(RowFactory.create(9L, "c", 0.8)), copies);
    }

    private static Row pair(long a, String id, long b, double s) {
        return RowFactory.create(a, id, b, s);
    }
}
