package org.newsift.actors;

import java.time.LocalDate;

/** A code that holds only between two dates (inclusive), as TABARI dictionaries give for office holders. */
public record DatedCode(String code, LocalDate from, LocalDate to) {

    public boolean holdsOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
