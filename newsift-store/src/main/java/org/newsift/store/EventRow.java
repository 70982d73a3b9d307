package org.newsift.store;

import java.time.LocalDate;

/** A stored event, flat: the columns of the events table that a list of events shows. */
public record EventRow(String articleId, int idx, LocalDate date, String sourceCode, String sourceCountry,
                       String targetCode, String targetCountry, String cameo, String cameoName, String ploverType,
                       Integer quadClass, Double goldstein, String location, Double lat, Double lon, String evidence) {
}
