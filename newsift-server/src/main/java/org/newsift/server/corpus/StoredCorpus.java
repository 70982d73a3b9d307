package org.newsift.server.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsift.model.Analysis;
import org.newsift.output.AnalysisJson;
import org.newsift.store.NewsStore;
import org.newsift.store.SearchPage;
import org.newsift.store.SearchQuery;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads every analysed original of a store (newsift ingest) into a {@link MemoryCorpus}. The server reads the
 * store once at start-up and lets it go, so an ingest can write to the same DuckDB file while it serves; a
 * restart shows what was ingested since.
 */
public final class StoredCorpus {
    private static final int PAGE = 500;

    private StoredCorpus() {
    }

    public static MemoryCorpus load(NewsStore store) {
        ObjectMapper json = AnalysisJson.mapper();
        List<Analysis> analyses = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            SearchPage page = store.queries().search(new SearchQuery("", null, null, null, null, offset, PAGE));
            for (SearchPage.Hit hit : page.hits()) {
                store.queries().analysisJson(hit.id()).ifPresent(text -> analyses.add(parse(json, hit.id(), text)));
            }
            if (page.hits().isEmpty() || offset + PAGE >= page.total()) {
                return new MemoryCorpus(analyses);
            }
        }
    }

    static Analysis parse(ObjectMapper json, String id, String text) {
        try {
            return json.readValue(text, Analysis.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored analysis of " + id + " does not parse: " + e.getOriginalMessage(), e);
        }
    }
}
