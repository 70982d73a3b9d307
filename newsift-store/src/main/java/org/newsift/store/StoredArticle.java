package org.newsift.store;

import org.newsift.model.Analysis;
import org.newsift.store.dedup.Fingerprint;
import org.newsift.store.dedup.Verdict;

/**
 * One article as ingest stores it: its metadata, its fingerprint, and either its analysis (an original) or
 * the verdict that makes it a copy of an earlier article (not analysed again).
 *
 * @param source where the input came from (path, URL, {@code file:line})
 */
public record StoredArticle(String id, String url, String title, String published, String source,
                            Fingerprint fingerprint, Verdict verdict, Analysis analysis) {

    public StoredArticle {
        if ((analysis == null) != verdict.isCopy()) {
            throw new IllegalArgumentException(id + ": an original carries its analysis, a copy none");
        }
    }
}
