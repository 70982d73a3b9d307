package org.newsift.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsift.model.Analysis;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** The figures of an analysed article that the articles table shows beside its id (its genre, spin and counts). */
final class ArticleFigures {
    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            field("id", DataTypes.StringType), field("a_published", DataTypes.StringType),
            field("a_language", DataTypes.StringType), field("genre", DataTypes.StringType),
            field("spin", DataTypes.DoubleType), field("tokens", DataTypes.IntegerType),
            field("sentence_count", DataTypes.IntegerType), field("entity_count", DataTypes.IntegerType),
            field("actor_count", DataTypes.IntegerType), field("event_count", DataTypes.IntegerType),
            field("quote_count", DataTypes.IntegerType), field("claim_count", DataTypes.IntegerType),
            field("rhetoric_count", DataTypes.IntegerType)));

    private ArticleFigures() {
    }

    static Row of(Analysis a) {
        boolean summary = a.summary() != null;
        return RowFactory.create(a.id(), a.published(), a.language(), summary ? a.summary().genre() : null,
                summary ? a.summary().spin() : null, summary ? a.summary().tokens() : null, a.sentences().size(),
                a.entities().size(), a.actors().size(), a.events().size(), a.quotes().size(), a.claims().size(),
                a.rhetoric().size());
    }

    /** The outlet of an article: its URL's host without {@code www.}; null without a readable URL. */
    static String outlet(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static org.apache.spark.sql.types.StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
