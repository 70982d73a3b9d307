package org.newsift.server;

import org.newsift.input.InputItem;
import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.server.corpus.StoreCorpus;
import org.newsift.server.corpus.StoreWriter;
import org.newsift.store.IngestProgress;
import org.newsift.store.IngestSummary;
import org.newsift.store.Ingester;
import org.newsift.store.NewsStore;
import org.newsift.store.StoreLocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Stores for the server's tests: the fixture analyses ingested through the store's API, or none; read as the server does. */
final class StoreFixtures {
    private StoreFixtures() {
    }

    /** A new DuckDB store in {@code dir} holding the fixture analyses (the stand-in analyzer hands them back). */
    static StoreLocation ingest(Path dir) {
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
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return location;
    }

    /** A new, empty DuckDB store in a temporary directory. */
    static StoreLocation empty() {
        try {
            StoreLocation location = StoreLocation.parse(Files.createTempDirectory("newsift-test-store")
                    .resolve("empty.db").toString(), null);
            NewsStore.open(location).close();
            return location;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's corpus over a store: opened read-only, as newsift serve opens it. */
    static StoreCorpus corpus(StoreLocation location) {
        return new StoreCorpus(location, 2);
    }

    static StoreWriter writer(StoreLocation location) {
        return new StoreWriter(location);
    }
}
