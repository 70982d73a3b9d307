package org.newsift.server.corpus;

/**
 * One coded event, flat, as the event table shows it.
 *
 * @param source   the source actor's code (or its country when it has no code), or null
 * @param evidence the text of the evidence sentence
 */
public record EventRow(String articleId, String eventId, String date, String source, String sourceText, String target,
                       String targetText, String cameo, String cameoName, String plover, Integer quadClass,
                       Double goldstein, String evidence) {
}
