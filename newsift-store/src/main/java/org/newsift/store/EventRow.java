package org.newsift.store;

/**
 * A stored event row, flat: one source-target pair of an event, as a list of events shows it.
 *
 * @param date     the event's day (ISO), or null when undated
 * @param source   the source actor's code, or its country when it has no code, or null
 * @param evidence the text of the evidence sentence
 */
public record EventRow(String articleId, String eventId, String date, String source, String sourceText, String target,
                       String targetText, String cameo, String cameoName, String plover, Integer quadClass,
                       Double goldstein, String location, Double lat, Double lon, String evidence) {
}
