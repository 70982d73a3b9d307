package org.newsift.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.util.SerializableConfiguration;
import org.newsift.input.InputError;
import org.newsift.input.InputItem;
import org.newsift.model.Analysis;
import org.newsift.model.Article;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

/**
 * {@code newsift-spark}: the newsift analysis of any number of articles on a Spark cluster, with the records the
 * CLI gives (docs/spark.md). Reads WARC/WARC.gz, JSONL, text and HTML from Hadoop paths, split by file; links
 * exact and near copies across the whole input instead of analysing them again; analyses the originals with
 * one pipeline per executor; writes Parquet tables partitioned by publication date.
 *
 * <p>Every row is keyed by the article's id (and a position inside the article), which the input determines,
 * and every table is written with Spark's file commit protocol in overwrite mode: a task attempt that fails
 * leaves no committed file, its retry writes the same rows, and a re-run over the same input replaces the
 * tables with the same rows. Intermediate results (items read, verdicts, analyses) are written once to
 * {@code OUTPUT/_staging} and read back, so no article is read or analysed twice when several tables use it.
 */
public final class NewsiftSparkJob {
    static final String USAGE = "usage: newsift-spark [--partitions N] --output DIR INPUT...\n"
            + "  INPUT: files or directories on any Hadoop file system (file:, hdfs:, s3a:): WARC, WARC.gz, JSONL, text, HTML\n"
            + "  --output DIR: where the Parquet tables go (articles, analyses, events, quotes, claims, rhetoric, actors,\n"
            + "                signatures, series, errors) and gdelt\n"
            + "                (GDELT 2.0 event rows, tab-separated text); each is replaced\n"
            + "  --partitions N: analysis tasks (default: 4 per executor core)";

    /**
     * What a run did. {@code analysisSeconds} is the wall time of the analysis stage, the executors' model
     * loading included.
     */
    public record Summary(int files, long read, long analysed, long exactCopies, long nearCopies, long errors, long events,
                          double analysisSeconds) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d files, %d articles stored, %d analysed in %.1f s, %d exact and %d near "
                    + "copies linked, %d events, %d errors", files, read, analysed, analysisSeconds, exactCopies, nearCopies,
                    events, errors);
        }
    }

    /** The command line: inputs, output directory, analysis partitions (0: 4 per core). */
    record Options(List<String> inputs, String output, int partitions) {
        static Options parse(String... args) {
            List<String> inputs = new ArrayList<>();
            String output = null;
            int partitions = 0;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--output", "-o" -> output = value(args, ++i);
                    case "--partitions" -> {
                        try {
                            partitions = Integer.parseInt(value(args, ++i));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--partitions must be a whole number, got '" + args[i] + "'");
                        }
                        if (partitions < 1) {
                            throw new IllegalArgumentException("--partitions must be at least 1");
                        }
                    }
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        inputs.add(args[i]);
                    }
                }
            }
            if (output == null) {
                throw new IllegalArgumentException("--output DIR is required");
            }
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("no input given");
            }
            return new Options(inputs, output, partitions);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a value");
            }
            return args[i];
        }
    }

    private NewsiftSparkJob() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("newsift-spark: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("newsift").getOrCreate();
        try {
            Summary s = run(spark, options);
            System.err.println("newsift-spark: " + s + "; tables in " + options.output());
        } catch (IOException | RuntimeException e) {
            // Spark has logged the failed task's stack trace; the summary is one line
            System.err.println("newsift-spark: the job failed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            spark.stop();
            System.exit(1);
        } finally {
            spark.stop();
        }
    }

    /** Runs the job on a session; the tables are complete when it returns. */
    public static Summary run(SparkSession spark, List<String> inputs, String output) throws IOException {
        return run(spark, new Options(inputs, output, 0));
    }

    static Summary run(SparkSession spark, Options o) throws IOException {
        Instant started = Instant.now();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        InputFiles.Listing listing = InputFiles.list(o.inputs(), hadoop);
        String staging = o.output() + "/_staging";

        // 1. read every file once, in parallel, split by file
        Dataset<Row> read = readItems(spark, listing, hadoop);
        Dataset<Row> items = stage(spark, read, staging + "/items");

        // 2. one article per id: a repeated URL is read once (as the CLI does), another repeated id is an error (as ingest)
        Dataset<Row> ok = items.filter(col("error").isNull())
                .withColumn("rn", row_number().over(Window.partitionBy("id").orderBy("ord")));
        Dataset<Row> duplicateIds = ok.filter(col("rn").gt(1).and(col("from_web").equalTo(false)))
                .select(col("id").as("input_id"), col("source"),
                        concat(lit("duplicate id: an earlier input of this run has the id '"), col("id"), lit("'")).as("reason"));
        Dataset<Row> firsts = ok.filter(col("rn").equalTo(1)).drop("rn");

        // 3. exact and near copies across the whole input
        Dataset<Row> verdicts = stage(spark, Dedup.verdicts(spark, firsts), staging + "/verdicts");

        // 4. the originals, analysed with one pipeline per executor
        int partitions = o.partitions() > 0 ? o.partitions() : 4 * spark.sparkContext().defaultParallelism();
        Dataset<Row> originals = firsts.join(verdicts.filter(col("duplicate_of").isNull()).select("id"), "id")
                .select("id", "source", "title", "url", "published", "text")
                .repartition(partitions, col("id"));
        long analysisStart = System.nanoTime();
        Dataset<Row> analysed = stage(spark, originals.mapPartitions((MapPartitionsFunction<Row, Row>) Analyser::analyse,
                Encoders.row(Schemas.ANALYSED)), staging + "/analysed");
        double analysisSeconds = (System.nanoTime() - analysisStart) / 1e9;

        // 5. the tables
        Dataset<Row> good = analysed.filter(col("analysis").isNotNull());
        Dataset<Row> analyses = good.mapPartitions((MapPartitionsFunction<Row, Row>) NewsiftSparkJob::analysisRows,
                Encoders.row(Schemas.ANALYSES));
        write(analyses, o.output(), "analyses");
        Dataset<Row> articles = articles(spark, firsts, verdicts, good);
        write(articles, o.output(), "articles");
        for (AnalysisRows.Table t : AnalysisRows.Table.values()) {
            write(good.mapPartitions((MapPartitionsFunction<Row, Row>) it -> tableRows(t, it), Encoders.row(schema(t))),
                    o.output(), t.name().toLowerCase(Locale.ROOT));
        }
        write(signatures(verdicts, good), o.output(), "signatures");
        Dataset<Row> events = spark.read().parquet(o.output() + "/events");
        DyadSeries.all(events).write().mode(SaveMode.Overwrite).partitionBy("granularity").parquet(o.output() + "/series");
        GdeltExport.lines(events, spark.read().parquet(o.output() + "/articles"), started).write().mode(SaveMode.Overwrite)
                .text(o.output() + "/gdelt");
        Dataset<Row> errors = items.filter(col("error").isNotNull())
                .select(col("id").as("input_id"), col("source"), col("error").as("reason"))
                .unionByName(duplicateIds)
                .unionByName(analysed.filter(col("error").isNotNull()).select(col("id").as("input_id"), col("source"),
                        col("error").as("reason")));
        errors.write().mode(SaveMode.Overwrite).parquet(o.output() + "/errors");

        Summary summary = summary(spark, o.output(), listing.files().size(), analysisSeconds);
        Path stagingPath = new Path(staging);
        stagingPath.getFileSystem(hadoop).delete(stagingPath, true);
        return summary;
    }

    /** The items of every file, each file read by one task; arguments that name nothing are error items. */
    private static Dataset<Row> readItems(SparkSession spark, InputFiles.Listing listing, Configuration hadoop) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        SerializableConfiguration conf = new SerializableConfiguration(hadoop);
        List<InputFiles.InputFile> files = listing.files();
        JavaRDD<Row> rows = sc.parallelize(files, Math.max(1, files.size()))
                .flatMap(f -> new ItemRows(InputReader.read(f, conf.value())));
        List<Row> missing = new ArrayList<>();
        for (InputFiles.Missing m : listing.missing()) {
            long ord = ((long) (files.size() + missing.size())) << 32;
            missing.add(itemRow(ord, new InputError(m.name(), m.name(), m.reason()), false));
        }
        return spark.createDataFrame(rows, Schemas.ITEMS).unionByName(spark.createDataFrame(missing, Schemas.ITEMS));
    }

    /** Items as rows: {@code ord} orders them as the CLI reads them. */
    private record ItemRows(Iterator<InputReader.Item> items) implements Iterator<Row> {
        @Override
        public boolean hasNext() {
            return items.hasNext();
        }

        @Override
        public Row next() {
            InputReader.Item i = items.next();
            return itemRow(((long) i.fileIndex() << 32) | i.itemIndex(), i.item(), i.fromWeb());
        }
    }

    private static Row itemRow(long ord, InputItem item, boolean fromWeb) {
        if (item instanceof InputError e) {
            return RowFactory.create(ord, e.id(), e.source(), null, null, null, null, fromWeb, e.message());
        }
        InputItem.Read r = (InputItem.Read) item;
        Article a = r.article();
        return RowFactory.create(ord, a.id(), r.source(), a.title(), a.url(), a.published(), a.text(), fromWeb, null);
    }

    /** Writes a dataset under the staging directory once and reads it back, so later steps never recompute it. */
    private static Dataset<Row> stage(SparkSession spark, Dataset<Row> ds, String path) {
        ds.write().mode(SaveMode.Overwrite).parquet(path);
        return spark.read().parquet(path);
    }

    private static void write(Dataset<Row> table, String output, String name) {
        table.write().mode(SaveMode.Overwrite).partitionBy("published_date").parquet(output + "/" + name);
    }

    private static Iterator<Row> analysisRows(Iterator<Row> rows) {
        List<Row> out = new ArrayList<>();
        rows.forEachRemaining(r -> {
            String json = r.getString(r.fieldIndex("analysis"));
            Analysis a = AnalysisRows.parse(json);
            out.add(RowFactory.create(a.id(), AnalysisRows.publishedDate(a.published()), json));
        });
        return out.iterator();
    }

    private static Iterator<Row> tableRows(AnalysisRows.Table t, Iterator<Row> rows) {
        List<Row> out = new ArrayList<>();
        rows.forEachRemaining(r -> out.addAll(AnalysisRows.rows(t, AnalysisRows.parse(r.getString(r.fieldIndex("analysis"))))));
        return out.iterator();
    }

    private static org.apache.spark.sql.types.StructType schema(AnalysisRows.Table t) {
        return switch (t) {
            case EVENTS -> Schemas.EVENTS;
            case QUOTES -> Schemas.QUOTES;
            case CLAIMS -> Schemas.CLAIMS;
            case RHETORIC -> Schemas.RHETORIC;
            case ACTORS -> Schemas.ACTORS;
        };
    }

    /**
     * One row per article stored: every analysed original and every copy, as the store keeps them (a copy has no
     * analysis and no figures; an original that failed analysis is only an error).
     */
    private static Dataset<Row> articles(SparkSession spark, Dataset<Row> firsts, Dataset<Row> verdicts, Dataset<Row> good) {
        Dataset<Row> figures = good.mapPartitions((MapPartitionsFunction<Row, Row>) NewsiftSparkJob::figures,
                Encoders.row(ArticleFigures.SCHEMA));
        Dataset<Row> joined = firsts.join(verdicts.drop("ord"), "id").join(figures, new String[] {"id"}, "left")
                .filter(col("duplicate_of").isNotNull().or(col("a_language").isNotNull()));
        Column published = coalesce(col("a_published"), col("published"));
        return joined.select(col("id"), sha2(regexp_replace(col("id"), "\u0000", ""), 256).as("id_hash"), col("url"),
                udf((UDF1<String, String>) ArticleFigures::outlet, DataTypes.StringType).apply(col("url")).as("outlet"),
                col("title"), published.as("published"),
                udf((UDF1<String, java.sql.Date>) AnalysisRows::publishedDate, DataTypes.DateType).apply(published)
                        .as("published_date"),
                col("source"), col("a_language").as("language"), col("genre"), col("spin"), col("tokens"),
                col("sentence_count"), col("entity_count"), col("actor_count"),
                coalesce(col("event_count"), lit(0)).as("event_count"), col("quote_count"),
                col("claim_count"), col("rhetoric_count"), col("body_hash"),
                when(col("duplicate_of").isNull(), col("minhash")).as("minhash"),
                col("duplicate_of"), col("duplicate_kind"), col("similarity"));
    }

    private static Iterator<Row> figures(Iterator<Row> rows) {
        List<Row> out = new ArrayList<>();
        rows.forEachRemaining(r -> out.add(ArticleFigures.of(AnalysisRows.parse(r.getString(r.fieldIndex("analysis"))))));
        return out.iterator();
    }

    /** The band keys of every analysed original, as the store's signatures table holds them. */
    private static Dataset<Row> signatures(Dataset<Row> verdicts, Dataset<Row> good) {
        Dataset<Row> days = good.mapPartitions((MapPartitionsFunction<Row, Row>) NewsiftSparkJob::analysisRows,
                Encoders.row(Schemas.ANALYSES)).select("id", "published_date");
        return verdicts.filter(col("duplicate_of").isNull()).join(days, "id")
                .select(explode(col("band_keys")).as("band_key"),
                        sha2(regexp_replace(col("id"), "\u0000", ""), 256).as("article_hash"), col("published_date"));
    }

    private static Summary summary(SparkSession spark, String output, int files, double analysisSeconds) {
        Dataset<Row> articles = spark.read().parquet(output + "/articles");
        long exact = articles.filter(col("duplicate_kind").equalTo("exact")).count();
        long near = articles.filter(col("duplicate_kind").equalTo("near")).count();
        long analysed = articles.filter(col("duplicate_kind").isNull()).count();
        long errors = spark.read().parquet(output + "/errors").count();
        long events = spark.read().parquet(output + "/events").select("article_id", "event_id").distinct().count();
        return new Summary(files, analysed + exact + near, analysed, exact, near, errors, events, analysisSeconds);
    }
}
