package org.newsift.store;

import java.util.List;

/** One page of a longer list: {@code total} items match, these start at {@code offset}. */
public record Page<T>(long total, int offset, int limit, List<T> items) {

    public Page {
        items = List.copyOf(items);
    }
}
