package org.newsift.spark;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsift.store.dedup.Fingerprint;
import org.newsift.store.dedup.MinHasher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

/**
 * Exact and near-duplicate detection over the whole input with the store's fingerprints (SHA-256 of the
 * normalised body; MinHash over word 5-shingles in 32 bands of 4) and its threshold ({@link MinHasher#THRESHOLD}),
 * and the store's rule: in input order, a body is an exact copy of the first original with the same hash, else
 * a near copy of the most similar earlier original whose signature agrees on at least the threshold, else an
 * original. Copies are linked to their original and not analysed.
 *
 * <p>The heavy part runs in Spark: one representative per body hash (the first), the band keys exploded and
 * self-joined to candidate pairs, the signatures compared. Only the pairs at or over the threshold reach the
 * driver, where the order-dependent rule (a copy of a copy is not an original) is applied in input order.
 */
final class Dedup {
    static final StructType FINGERPRINTS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("ord", DataTypes.LongType, false),
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("body_hash", DataTypes.StringType, false),
            DataTypes.createStructField("signature", DataTypes.createArrayType(DataTypes.IntegerType), false),
            DataTypes.createStructField("minhash", DataTypes.StringType, false),
            DataTypes.createStructField("band_keys", DataTypes.createArrayType(DataTypes.LongType), false)));

    private static final StructType NEAR = DataTypes.createStructType(List.of(
            DataTypes.createStructField("rep_ord", DataTypes.LongType, false),
            DataTypes.createStructField("near_of", DataTypes.StringType, false),
            DataTypes.createStructField("near_similarity", DataTypes.DoubleType, false)));

    private static final StructType PAIRS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("a_ord", DataTypes.LongType, false),
            DataTypes.createStructField("a_id", DataTypes.StringType, false),
            DataTypes.createStructField("b_ord", DataTypes.LongType, false),
            DataTypes.createStructField("similarity", DataTypes.DoubleType, false)));

    private Dedup() {
    }

    /**
     * The verdict on each article of {@code articles} (columns ord, id, text): its body hash, its MinHash
     * signature (encoded as the store keeps it), its band keys, and duplicate_of, duplicate_kind ("exact" or
     * "near") and similarity, null for an original.
     */
    static Dataset<Row> verdicts(SparkSession spark, Dataset<Row> articles) {
        Dataset<Row> fp = articles.select("ord", "id", "text").mapPartitions(
                (MapPartitionsFunction<Row, Row>) Dedup::fingerprints, Encoders.row(FINGERPRINTS))
                .withColumn("rep_ord", min("ord").over(Window.partitionBy("body_hash")));
        fp.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> reps = fp.filter(col("ord").equalTo(col("rep_ord")));
        Dataset<Row> near = spark.createDataFrame(nearCopies(reps), NEAR);
        Dataset<Row> repIds = reps.select(col("ord").as("rep_ord"), col("id").as("rep_id"));
        Column exact = col("ord").notEqual(col("rep_ord"));
        Column isNear = col("near_of").isNotNull();
        return fp.join(repIds, "rep_ord").join(near, new String[] {"rep_ord"}, "left")
                .select(col("ord"), col("id"), col("body_hash"), col("minhash"), col("band_keys"),
                        when(isNear, col("near_of")).when(exact, col("rep_id")).as("duplicate_of"),
                        when(isNear, lit("near")).when(exact, lit("exact")).as("duplicate_kind"),
                        when(isNear, col("near_similarity")).when(exact, lit(1.0)).as("similarity"));
    }

    private static Iterator<Row> fingerprints(Iterator<Row> rows) {
        MinHasher hasher = new MinHasher();
        return LazyRows.map(rows, r -> {
            Fingerprint f = Fingerprint.of(r.getString(2), hasher);
            // arrays as boxed Java arrays: what Spark's row encoder takes besides Scala sequences
            Integer[] sig = Arrays.stream(f.minHash()).boxed().toArray(Integer[]::new);
            Long[] keys = Arrays.stream(MinHasher.bandKeys(f.minHash())).boxed().toArray(Long[]::new);
            return RowFactory.create(r.getLong(0), r.getString(1), f.bodyHash(), sig, MinHasher.encode(f.minHash()), keys);
        });
    }

    /**
     * The representatives that are near copies, with the original each copies: candidate pairs from the band
     * join in Spark, then the store's rule applied in input order on the driver.
     */
    private static List<Row> nearCopies(Dataset<Row> reps) {
        Dataset<Row> bands = reps.select(col("ord"), explode(col("band_keys")).as("band_key"));
        Dataset<Row> candidates = bands.as("a").join(bands.as("b"),
                        col("a.band_key").equalTo(col("b.band_key")).and(col("a.ord").lt(col("b.ord"))))
                .select(col("a.ord").as("a_ord"), col("b.ord").as("b_ord")).distinct();
        Dataset<Row> sigs = reps.select(col("ord"), col("id"), col("signature"));
        Dataset<Row> withSigs = candidates
                .join(sigs.select(col("ord").as("a_ord"), col("id").as("a_id"), col("signature").as("a_sig")), "a_ord")
                .join(sigs.select(col("ord").as("b_ord"), col("signature").as("b_sig")), "b_ord");
        double threshold = MinHasher.THRESHOLD;
        List<Row> pairs = withSigs.mapPartitions((MapPartitionsFunction<Row, Row>) it -> {
            List<Row> out = new ArrayList<>();
            while (it.hasNext()) {
                Row r = it.next();
                double s = MinHasher.similarity(ints(r.getList(r.fieldIndex("a_sig"))), ints(r.getList(r.fieldIndex("b_sig"))));
                if (s >= threshold) {
                    out.add(RowFactory.create(r.getLong(r.fieldIndex("a_ord")), r.getString(r.fieldIndex("a_id")),
                            r.getLong(r.fieldIndex("b_ord")), s));
                }
            }
            return out.iterator();
        }, Encoders.row(PAIRS)).collectAsList();
        return resolve(pairs);
    }

    /** The store's sequential rule over the pairs: a copy links to its most similar earlier original. */
    static List<Row> resolve(List<Row> pairs) {
        Map<Long, List<Row>> byCopy = new HashMap<>();
        for (Row p : pairs) {
            byCopy.computeIfAbsent(p.getLong(2), k -> new ArrayList<>()).add(p);
        }
        List<Long> order = new ArrayList<>(byCopy.keySet());
        order.sort(Comparator.naturalOrder());
        Set<Long> copies = new HashSet<>();
        List<Row> out = new ArrayList<>();
        for (long b : order) {
            Row best = null;
            for (Row p : byCopy.get(b)) {
                if (copies.contains(p.getLong(0))) {
                    continue; // a copy is never an original for later bodies
                }
                if (best == null || p.getDouble(3) > best.getDouble(3)
                        || (p.getDouble(3) == best.getDouble(3) && p.getLong(0) < best.getLong(0))) {
                    best = p;
                }
            }
            if (best != null) {
                copies.add(b);
                out.add(RowFactory.create(b, best.getString(1), best.getDouble(3)));
            }
        }
        return out;
    }

    private static int[] ints(List<Integer> values) {
        int[] a = new int[values.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = values.get(i);
        }
        return a;
    }
}
