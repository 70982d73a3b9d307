package org.newsift.store;

import java.time.LocalDate;

/**
 * A full-text search with filters; every filter may be null.
 *
 * @param text   Lucene query syntax over title, text and actor codes; blank matches every article
 * @param from   first publication day, inclusive
 * @param to     last publication day, inclusive
 * @param actor  an actor code (PAKGOV) or country (PAK) that the article's actors must include
 * @param event  an event the article must code: a CAMEO code or its prefix (19, 112), a PLOVER type (ACCUSE)
 *               or a quad class (1-4)
 * @param offset hits to skip, for paging
 * @param limit  hits to return
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, String actor, String event, int offset, int limit) {

    public SearchQuery {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
        event = EventFilter.checkEvent(event);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, 0, 20);
    }
}
