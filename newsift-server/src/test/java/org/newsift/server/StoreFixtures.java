package org.newsift.server;

import org.newsift.input.InputItem;
import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.server.corpus.MemoryCorpus;
import org.newsift.server.corpus.StoredCorpus;
import org.newsift.store.IngestProgress;
import org.newsift.store.IngestSummary;
import org.newsift.store.Ingester;
import org.newsift.store.NewsStore;
import org.newsift.store.StoreLocation;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The fixture analyses ingested into a DuckDB store through the store's API, and read back as the server does. */
final class StoreFixtures {
    private StoreFixtures() {
    }

    static MemoryCorpus ingestAndLoad(Path dir) throws InterruptedException {
        List<Analysis> analyses = Fixtures.analyses();
        Map<String, Analysis> byId = analyses.stream().collect(Collectors.toMap(Analysis::id, Function.identity()));
        StoreLocation location = StoreLocation.parse(dir.resolve("test.db").toString(), null);
        try (NewsStore store = NewsStore.open(location)) {
            Iterator<InputItem> items = analyses.stream().<InputItem>map(a -> new InputItem.Read(
                    new Article(a.id(), a.title(), a.url(), a.published(), a.text()), a.id())).iterator();
            IngestSummary summary = new Ingester(store, (Article article) -> byId.get(article.id()), IngestProgress.silent())
                    .ingest(items, Ingester.sequential());
            if (summary.stored() != analyses.size()) {
                throw new IllegalStateException("the store kept " + summary.stored() + " of " + analyses.size() + ": " + summary);
            }
        }
        try (NewsStore store = NewsStore.open(location)) {
            return StoredCorpus.load(store);
        }
    }
}
