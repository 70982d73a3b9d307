package org.newsift.dates;

import java.time.LocalDate;

/**
 * The date an event gets, and why: from a temporal expression of its sentence, from the publication date,
 * or none. Values as the contract's {@code date} / {@code date_precision} want them (docs/dates.md).
 *
 * @param iso       as {@link ResolvedDate#iso()}, or null
 * @param precision as {@link ResolvedDate#precision()}, or null exactly when {@code iso} is
 * @param basis     what gave the date, worded for the event's explanation ("date from 'last week'")
 */
public record EventDate(String iso, String precision, String basis) {

    static EventDate of(ResolvedDate d) {
        return new EventDate(d.iso(), d.precision(), "date from '" + d.text() + "'");
    }

    static EventDate published(LocalDate published) {
        return new EventDate(published.toString(), ResolvedDate.DAY, "date: publication date");
    }

    /** Told as having happened before the report, with no date of its own: any day before publication. */
    static EventDate beforePublication(String why) {
        return new EventDate(null, null, "date: none, before publication (" + why + ")");
    }

    static EventDate unknown() {
        return new EventDate(null, null, "date: none, no publication date");
    }
}
