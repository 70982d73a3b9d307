package org.newsift.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsift.input.InputRejected;
import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.output.AnalysisJson;
import org.newsift.assembly.Pipeline;

import java.util.Iterator;

/**
 * Analyses the originals of one partition with the executor's pipeline: each row (id, source, title, url,
 * published, text) becomes (id, source, analysis JSON, error). The JSON is the CLI's ({@code AnalysisJson.compact},
 * as {@code newsift analyze --format jsonl} writes it); a rejected or failed article gets the CLI's one-line reason.
 */
final class Analyser {
    private Analyser() {
    }

    static Iterator<Row> analyse(Iterator<Row> rows) {
        if (!rows.hasNext()) {
            return rows; // an empty partition loads no models
        }
        Pipeline pipeline = ExecutorPipeline.get();
        return LazyRows.map(rows, r -> {
            Article a = new Article(r.getString(0), r.getString(2), r.getString(3), r.getString(4), r.getString(5));
            try {
                Analysis analysis = pipeline.analyze(a);
                return RowFactory.create(a.id(), r.getString(1), AnalysisJson.compact(analysis), null);
            } catch (InputRejected e) {
                return RowFactory.create(a.id(), r.getString(1), null, e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                return RowFactory.create(a.id(), r.getString(1), null, "analysis failed: " + m.replaceAll("\\s+", " ").strip());
            }
        });
    }
}
