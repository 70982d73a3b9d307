package org.newsift.dates;

import org.newsift.model.Article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates an article that came without a publication date from its own text, conservatively: only a dateline with
 * a full date ("ISLAMABAD, Oct. 28, 2025 (Reuters) -") does. A dateline without a year ("ISLAMABAD, Oct 28 -") or
 * a weekday ("on Tuesday") needs a date to count from, and a full date in the lead is too often another day's
 * (an anniversary, the event a story looks back on), so neither dates anything. Rules: docs/dates.md.
 */
public final class ArticleDates {

    private static final String MONTH = "[A-Z][a-z]{2,8}\\.?";
    /** A full date: "Oct. 28, 2025", "October 28 2025", "28 October 2025", "2025-10-28". */
    private static final Pattern FULL_DATE = Pattern.compile("(?<m1>" + MONTH + ") (?<d1>\\d{1,2})(?:st|nd|rd|th)?,? (?<y1>\\d{4})\\b"
            + "|(?<d2>\\d{1,2}) (?<m2>" + MONTH + ") (?<y2>\\d{4})\\b"
            + "|(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2})\\b");
    /** "Oct 28", "28 October" not followed by a year. */
    private static final Pattern YEARLESS = Pattern.compile("(?:(?<m>" + MONTH + ") \\d{1,2}\\b|\\d{1,2} (?<m2>" + MONTH
            + "))(?!,? \\d)");
    /** "ISLAMABAD, Oct 28" or "KABUL, Afghanistan, 28 October 2025": a place in capitals, then a comma. */
    private static final Pattern DATELINE = Pattern.compile("^\\s*[A-Z][A-Z .'\\-]{1,40}(?:, [A-Z][A-Za-z .']{1,30})?, ");
    private static final int DATELINE_LINES = 3;

    private ArticleDates() {
    }

    /**
     * The article with a publication date from its text when it had none, and the warning that says so; the
     * article as given when it has a date or the text gives none (with a warning when its dateline lacks a year).
     */
    public static Dated date(Article article) {
        if (article.published() != null) {
            return new Dated(article, null);
        }
        Found f = find(article.text());
        if (f == null) {
            String yearless = yearlessDateline(article.text());
            return new Dated(article, yearless == null ? null
                    : "no publication date given, and the dateline '" + yearless + "' has no year");
        }
        return new Dated(article.withPublishedIfAbsent(f.date().toString()),
                "no publication date given: " + f.date() + " read from the dateline '" + f.text() + "'");
    }

    /** The publication date the text's dateline gives, or null. */
    static Found find(String text) {
        Dateline line = dateline(text, FULL_DATE);
        LocalDate d = line == null ? null : date(line.date());
        return d == null ? null : new Found(d, line.text());
    }

    /** "ISTANBUL, Oct 28" from a dateline with a month and a day but no year, or null. */
    static String yearlessDateline(String text) {
        Dateline line = dateline(text, YEARLESS);
        if (line == null) {
            return null;
        }
        String month = line.date().group("m") != null ? line.date().group("m") : line.date().group("m2");
        return Expressions.month(month, false) == null ? null : line.text();
    }

    /** The words of a dateline from its start to the end of its date, and the date's match. */
    private record Dateline(String text, Matcher date) {
    }

    /** The first dateline among the first lines whose date {@code date} matches, or null. */
    private static Dateline dateline(String text, Pattern date) {
        int lines = 0;
        for (String line : text.split("\\R", 20)) {
            if (line.isBlank()) {
                continue;
            }
            Matcher place = DATELINE.matcher(line);
            if (place.find()) {
                Matcher m = date.matcher(line).region(place.end(), line.length());
                if (m.lookingAt()) {
                    return new Dateline(line.substring(0, m.end()).strip(), m);
                }
            }
            if (++lines == DATELINE_LINES) {
                break;
            }
        }
        return null;
    }

    private static LocalDate date(Matcher m) {
        try {
            if (m.group("y3") != null) {
                return checked(LocalDate.of(Integer.parseInt(m.group("y3")), Integer.parseInt(m.group("m3")),
                        Integer.parseInt(m.group("d3"))));
            }
            boolean first = m.group("m1") != null;
            Integer month = Expressions.month(first ? m.group("m1") : m.group("m2"), false);
            if (month == null) {
                return null;
            }
            return checked(LocalDate.of(Integer.parseInt(first ? m.group("y1") : m.group("y2")), month,
                    Integer.parseInt(first ? m.group("d1") : m.group("d2"))));
        } catch (DateTimeException e) {
            return null; // "February 30, 2025"
        }
    }

    /** News from before 1900 or after 2100 is more likely a number than a date. */
    private static LocalDate checked(LocalDate d) {
        return d.getYear() >= 1900 && d.getYear() <= 2100 ? d : null;
    }

    /**
     * @param article the article, dated when the text gave a date
     * @param warning the date read and the dateline it came from, or why the dateline gave none (no year); else null
     */
    public record Dated(Article article, String warning) {
    }

    /** A publication date found in the text, and the words of the dateline it was read from. */
    record Found(LocalDate date, String text) {
    }
}
