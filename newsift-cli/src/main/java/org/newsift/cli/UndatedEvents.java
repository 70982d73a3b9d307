package org.newsift.cli;

import org.newsift.store.EventCount;
import org.newsift.store.EventFilter;
import org.newsift.store.StoreQueries;

/**
 * Why a series or an export of events would come out empty or short: the store holds no events, or the events
 * that match have no date (their article had no publication date, given or in its text; docs/dates.md).
 */
final class UndatedEvents {
    private static final String REMEDY = "ingest them into a new store with --published DATE (docs/dates.md)";

    private static final String NO_EVENTS = "the store holds no events";

    private UndatedEvents() {
    }

    /** "the store holds no events" when it does not, else null. */
    static String noEvents(StoreQueries queries) {
        return queries.count(EventFilter.all()).events() == 0 ? NO_EVENTS : null;
    }

    /**
     * The one-line reason nothing dated can be shown, or null when some event that matches {@code filter} (its
     * date range aside) has a date.
     */
    static String nothingDated(StoreQueries queries, EventFilter filter) {
        EventCount inStore = queries.count(EventFilter.all());
        if (inStore.events() == 0) {
            return NO_EVENTS;
        }
        EventCount matching = queries.count(filter.between(null, null));
        if (matching.events() > 0 && matching.dated() == 0) {
            String which = matching.events() == 1 ? "the one event that matches is"
                    : matching.events() == inStore.events() ? "all " + matching.events() + " events in the store are"
                    : "the " + matching.events() + " events that match are";
            return which + " undated; " + REMEDY;
        }
        return null;
    }

    /** A note on the events that match (date range aside) but are left out for want of a date, or null. */
    static String leftOut(StoreQueries queries, EventFilter filter) {
        long undated = queries.count(filter.between(null, null)).undated();
        return undated == 0 ? null : undated + (undated == 1 ? " event is" : " events are")
                + " undated and left out (docs/dates.md)";
    }
}
