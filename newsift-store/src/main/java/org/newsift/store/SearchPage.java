package org.newsift.store;

import java.util.List;

/**
 * One page of search hits, best first (newest first for a blank query).
 *
 * @param total how many articles match in all
 */
public record SearchPage(long total, int offset, List<Hit> hits) {

    /** An article that matched, with what a result list shows of it. */
    public record Hit(String id, String title, String url, String published, String source, int events, float score) {
    }
}
