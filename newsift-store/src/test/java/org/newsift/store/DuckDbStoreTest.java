package org.newsift.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The store contract on an embedded DuckDB file. */
class DuckDbStoreTest extends StoreContractTest {
    @TempDir
    Path dir;

    @Override
    StoreLocation freshLocation() {
        return StoreLocation.parse(dir.resolve("news.db").toString(), null);
    }
}
