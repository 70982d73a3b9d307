package org.newsift.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The store contract on a real PostgreSQL server that the test starts from Debian's packages ({@code .ci/run}
 * installs them); skipped, saying so, where they are absent.
 */
class PostgresStoreTest extends StoreContractTest {
    private static PostgresServer server;
    private static int databases;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        Optional<Path> bin = PostgresServer.binaries();
        Assumptions.assumeTrue(bin.isPresent(),
                "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (apt-get install postgresql): skipped");
        server = PostgresServer.start(bin.get());
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    StoreLocation freshLocation() throws Exception {
        return StoreLocation.parse(server.newDatabase("contract" + (++databases)), dir.resolve("index"));
    }
}
