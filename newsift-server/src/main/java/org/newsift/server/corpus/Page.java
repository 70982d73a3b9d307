package org.newsift.server.corpus;

import java.util.List;

/** One page of a longer list: {@code total} items match, these start at {@code offset}. */
public record Page<T>(long total, int offset, int limit, List<T> items) {

    public Page {
        items = List.copyOf(items);
    }

    static <T> Page<T> of(List<T> all, Paging paging) {
        int from = Math.min(paging.offset(), all.size());
        int to = Math.min(all.size(), from + paging.limit());
        return new Page<>(all.size(), paging.offset(), paging.limit(), all.subList(from, to));
    }
}
