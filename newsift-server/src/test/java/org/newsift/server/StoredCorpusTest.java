package org.newsift.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsift.model.Analysis;
import org.newsift.server.corpus.MemoryCorpus;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StoredCorpusTest {

    @Test
    void everyStoredAnalysisComesBackWhole(@TempDir Path dir) throws InterruptedException {
        MemoryCorpus corpus = StoreFixtures.ingestAndLoad(dir);
        assertEquals(Fixtures.analyses().size(), corpus.analyses().size());
        for (Analysis expected : Fixtures.analyses()) {
            assertEquals(expected, corpus.analysis(expected.id()).orElseThrow());
        }
    }
}
