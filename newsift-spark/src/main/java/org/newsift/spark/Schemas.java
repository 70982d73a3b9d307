package org.newsift.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newsift.store.EventRows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/**
 * The job's intermediate rows and output tables (docs/spark.md). Every output table has {@code published_date},
 * the article's publication day, by which it is partitioned; {@code article_id} (or {@code id}) is the article's
 * id, as in the store.
 */
final class Schemas {
    private static final Map<String, DataType> TYPES = Map.of("string", StringType, "int", IntegerType, "long", LongType,
            "double", DoubleType, "boolean", BooleanType, "date", DateType);

    /** An item read: {@code ord} is its place in input order (file index, then item index in the file). */
    static final StructType ITEMS = struct("ord:long", "id:string", "source:string", "title:string", "url:string",
            "published:string", "text:string", "from_web:boolean", "error:string");

    /** An original's analysis as JSON, or why it has none. */
    static final StructType ANALYSED = struct("id:string", "source:string", "analysis:string", "error:string");

    static final StructType ERRORS = struct("input_id:string", "source:string", "reason:string");

    static final StructType ARTICLES = struct("id:string", "id_hash:string", "url:string", "outlet:string",
            "title:string", "published:string", "published_date:date", "source:string", "language:string",
            "genre:string", "spin:double", "tokens:int", "sentence_count:int", "entity_count:int", "actor_count:int",
            "event_count:int", "quote_count:int", "claim_count:int", "rhetoric_count:int", "body_hash:string",
            "minhash:string", "duplicate_of:string", "duplicate_kind:string", "similarity:double");

    static final StructType ANALYSES = struct("id:string", "published_date:date", "analysis:string");

    static final StructType EVENTS = eventsTable();

    static final StructType QUOTES = struct("article_id:string", "idx:int", "start:int", "end:int", "text:string",
            "direct:boolean", "speaker_text:string", "speaker_actor:string", "cue:string", "about:string",
            "published_date:date");

    static final StructType CLAIMS = struct("article_id:string", "idx:int", "start:int", "end:int", "text:string",
            "checkworthiness:double", "attributed_to:string", "published_date:date");

    static final StructType RHETORIC = struct("article_id:string", "idx:int", "start:int", "end:int", "text:string",
            "technique:string", "score:double", "explanation:string", "voice:string", "published_date:date");

    /** The store's actors table. */
    static final StructType ACTORS = struct("article_id:string", "actor_id:string", "name:string", "code:string",
            "country:string", "sector:string", "mentions:int", "published_date:date");

    /** The store's signatures table: an original's LSH band keys, for de-duplication of later ingests. */
    static final StructType SIGNATURES = struct("band_key:long", "article_hash:string", "published_date:date");

    private Schemas() {
    }

    private static StructType struct(String... fields) {
        List<StructField> out = new ArrayList<>();
        for (String f : fields) {
            String[] nameType = f.split(":");
            out.add(DataTypes.createStructField(nameType[0], TYPES.get(nameType[1]), true));
        }
        return DataTypes.createStructType(out);
    }

    /** The store's events table (schema.sql), column for column, and the article's publication day. */
    private static StructType eventsTable() {
        Map<String, String> types = Map.ofEntries(Map.entry("idx", "int"), Map.entry("event_date", "date"),
                Map.entry("quad_class", "int"), Map.entry("goldstein", "double"), Map.entry("negated", "boolean"),
                Map.entry("hypothetical", "boolean"), Map.entry("future", "boolean"), Map.entry("reported", "boolean"),
                Map.entry("lat", "double"), Map.entry("lon", "double"), Map.entry("sentence_start", "int"),
                Map.entry("sentence_end", "int"), Map.entry("confidence", "double"));
        List<String> fields = new ArrayList<>();
        for (String c : EventRows.COLUMNS) {
            fields.add(c + ":" + types.getOrDefault(c, "string"));
        }
        fields.add("published_date:date");
        return struct(fields.toArray(String[]::new));
    }
}
