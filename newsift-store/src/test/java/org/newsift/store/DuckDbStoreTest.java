package org.newsift.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsift.input.InputItem;
import org.newsift.model.Article;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store contract on an embedded DuckDB file. */
class DuckDbStoreTest extends StoreContractTest {
    @TempDir
    Path dir;

    @Test
    void exportsParquet() throws Exception {
        StoreLocation location = StoreLocation.parse(dir.resolve("parquet.db").toString(), null); // beside the contract's store
        Path parquet = dir.resolve("events.parquet");
        try (NewsStore store = NewsStore.open(location)) {
            new Ingester(store, new KeywordAnalyzer(), IngestProgress.silent()).ingest(List.<InputItem>of(
                    new InputItem.Read(new Article("p1", null, null, "2025-10-01", "Pakistan accused Afghanistan."), "p1"))
                    .iterator(), Ingester.sequential());
            new Exporter(store).writeParquet(parquet);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = c.createStatement().executeQuery("SELECT article_id, cameo, url FROM '" + parquet + "'")) {
            assertTrue(rs.next());
            assertEquals("p1", rs.getString(1));
            assertEquals("112", rs.getString(2));
        }
    }

    @Override
    StoreLocation freshLocation() {
        return StoreLocation.parse(dir.resolve("news.db").toString(), null);
    }
}
