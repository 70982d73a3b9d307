package org.newsift.store;

/**
 * How many events match a filter, each counted once however many source-target rows it has.
 *
 * @param events all of them
 * @param dated  those with a date; the rest are left out of series and the GDELT export
 */
public record EventCount(long events, long dated) {

    public long undated() {
        return events - dated;
    }
}
