package org.newsift.dates;

/**
 * A temporal expression found in a sentence and resolved to a calendar date.
 *
 * @param iso       {@code yyyy-MM-dd} for day and week precision (week: the Monday of the ISO week),
 *                  {@code yyyy-MM} for month, {@code yyyy} for year
 * @param precision {@link #DAY}, {@link #WEEK}, {@link #MONTH} or {@link #YEAR}
 * @param start     code-point offset of the expression's first token in the document text
 * @param end       code-point offset after its last token
 * @param text      the expression's tokens as written, joined as they are spaced in the text
 */
public record ResolvedDate(String iso, String precision, int start, int end, String text) {
    public static final String DAY = "day";
    public static final String WEEK = "week";
    public static final String MONTH = "month";
    public static final String YEAR = "year";
}
