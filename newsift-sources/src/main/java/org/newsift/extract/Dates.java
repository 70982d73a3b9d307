package org.newsift.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalises the date strings pages carry to ISO-8601, and finds dates in URLs and running text. */
final class Dates {
    // 2019-11-19T12:40:00.000+0000, 2019-11-19 12:40, 2019-11-19T12:40:00Z ...
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$|\\.)|/((?:19|20)\\d{2})(\\d{2})(\\d{2})/");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    // "November 19, 2019", "Nov. 19 2019"
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    // "19 November 2019", "19th Nov 2019"
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final List<DateTimeFormatter> RFC = List.of(DateTimeFormatter.RFC_1123_DATE_TIME,
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("EEE, d MMM yyyy HH:mm[:ss] zzz")
                    .toFormatter(Locale.ENGLISH));

    /** Earlier years are placeholders, not publication dates (printed archives go back to about 1800). */
    private static final int MIN_YEAR = 1800;

    private Dates() {
    }

    /**
     * A date or date-time string in ISO-8601: {@code yyyy-MM-dd}, {@code yyyy-MM-ddTHH:mm:ss} or with its
     * offset; null when the value holds no recognisable date. Accepts ISO variants (space separator,
     * fractions, {@code +0000}), compact {@code yyyyMMdd}, RFC 1123 and English month-name dates.
     */
    static String normalise(String raw) {
        String v = Markup.clean(raw);
        if (v == null) {
            return null;
        }
        Matcher m = ISO.matcher(v);
        if (m.lookingAt()) {
            return iso(m);
        }
        for (DateTimeFormatter f : RFC) {
            try {
                return ZonedDateTime.parse(v, f).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        m = COMPACT.matcher(v);
        if (m.lookingAt()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        return inText(v);
    }

    private static String iso(Matcher m) {
        String day = date(m.group(1), m.group(2), m.group(3));
        if (day == null || m.group(4) == null) {
            return day;
        }
        try {
            LocalDateTime t = LocalDate.parse(day).atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            String zone = m.group(7);
            if (zone == null) {
                return t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            }
            String offset = zone.equals("Z") ? "Z" : zone.length() == 3 ? zone + ":00"
                    : zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone;
            return OffsetDateTime.of(t, java.time.ZoneOffset.of(offset)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeException | NumberFormatException e) {
            return day;
        }
    }

    /** The date in a URL path such as {@code /2019/11/19/} or {@code /20191119/}, or null. */
    static String inUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            String d = m.group(1) != null ? date(m.group(1), m.group(2), m.group(3)) : date(m.group(4), m.group(5), m.group(6));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The first full English date written out in the text ("November 19, 2019", "19 Nov 2019"), or null. */
    static String inText(String text) {
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        String first = null;
        int at = Integer.MAX_VALUE;
        if (mdy.find()) {
            first = date(mdy.group(3), month(mdy.group(1)), mdy.group(2));
            at = mdy.start();
        }
        if (dmy.find() && dmy.start() < at) {
            String d = date(dmy.group(3), month(dmy.group(2)), dmy.group(1));
            first = d != null ? d : first;
        }
        return first;
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
    }

    private static String date(String year, String month, String day) {
        if (Integer.parseInt(year) < MIN_YEAR) {
            return null; // a placeholder such as 0001-01-01, which some publishing systems fill in
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
                    .format(DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
