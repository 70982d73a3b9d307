package org.newsift.dates;

import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds temporal expressions in one sentence's tokens. Each expression carries a rule that turns the
 * publication date and the tense of its clause into a date; the rule answers null where it cannot
 * (a relative expression without a publication date). Stateless apart from the tables.
 */
final class Expressions {

    /** Tense of the clause an expression belongs to. UNMARKED is read as past (news reports what happened). */
    enum Tense { PAST, FUTURE, UNMARKED }

    /** How "last", "next", "this" (or nothing) point a relative expression. */
    private enum Direction { BY_TENSE, BEFORE, AFTER }

    record Value(String iso, String precision) {
    }

    @FunctionalInterface
    interface Rule {
        Value apply(LocalDate published, Tense tense);
    }

    /** Tokens {@code first..last} (inclusive) of a sentence. */
    record Candidate(int first, int last, Rule rule) {
    }

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);
    /** Accepted only with their period ("Sat." not "sat", "Wed." not "wed"). */
    private static final Map<String, DayOfWeek> WEEKDAY_ABBREVIATIONS = Map.ofEntries(
            Map.entry("mon.", DayOfWeek.MONDAY), Map.entry("tue.", DayOfWeek.TUESDAY),
            Map.entry("tues.", DayOfWeek.TUESDAY), Map.entry("wed.", DayOfWeek.WEDNESDAY),
            Map.entry("thu.", DayOfWeek.THURSDAY), Map.entry("thur.", DayOfWeek.THURSDAY),
            Map.entry("thurs.", DayOfWeek.THURSDAY), Map.entry("fri.", DayOfWeek.FRIDAY),
            Map.entry("sat.", DayOfWeek.SATURDAY), Map.entry("sun.", DayOfWeek.SUNDAY));
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12));
    /** Without a period these count only next to a day or year ("Oct 28", "Jan 2024"). */
    private static final Map<String, Integer> MONTH_ABBREVIATIONS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Integer> COUNTS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("thirty", 30));
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
    private static final Set<String> MODIFIERS = Set.of("early", "late", "earlier", "later");
    /** Before "last week", "next month" etc. these make a span ("the last week"), not a point. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "my", "your", "whose", "that", "those", "these");

    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})");

    private final List<Token> tokens;
    private final String[] low;

    private Expressions(Sentence sentence) {
        tokens = sentence.tokens();
        low = new String[tokens.size()];
        for (int i = 0; i < low.length; i++) {
            low[i] = tokens.get(i).text().replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        }
    }

    /** Every temporal expression in the sentence, in text order, not overlapping. */
    static List<Candidate> find(Sentence sentence) {
        Expressions e = new Expressions(sentence);
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < e.low.length) {
            Candidate c = e.at(i);
            if (c != null) {
                out.add(c);
                i = c.last() + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    // ---- token tests -------------------------------------------------------------------------

    private String low(int i) {
        return i >= 0 && i < low.length ? low[i] : "";
    }

    private String text(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
    }

    private String pos(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).pos() : "";
    }

    private static boolean capitalised(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }

    private DayOfWeek weekday(int i) {
        if (!capitalised(text(i))) {
            return null;
        }
        DayOfWeek d = WEEKDAYS.get(low(i));
        return d != null ? d : WEEKDAY_ABBREVIATIONS.get(low(i));
    }

    /** Month of a capitalised word; {@code bare}: standing alone, so an abbreviation needs its period. */
    static Integer month(String raw, boolean bare) {
        if (!capitalised(raw)) {
            return null;
        }
        String s = raw.toLowerCase(Locale.ROOT);
        Integer m = MONTHS.get(s);
        if (m != null) {
            return m;
        }
        boolean period = s.endsWith(".");
        if (bare && !period) {
            return null;
        }
        return MONTH_ABBREVIATIONS.get(period ? s.substring(0, s.length() - 1) : s);
    }

    private Integer month(int i, boolean bare) {
        return month(text(i), bare);
    }

    private Integer day(int i) {
        Matcher m = DAY.matcher(low(i));
        if (!m.matches()) {
            return null;
        }
        int d = Integer.parseInt(m.group(1));
        return d >= 1 && d <= 31 ? d : null;
    }

    private static Integer year(String s, int min, int max) {
        if (!YEAR.matcher(s).matches()) {
            return null;
        }
        int y = Integer.parseInt(s);
        return y >= min && y <= max ? y : null;
    }

    private Integer year(int i) {
        return year(low(i), 1000, 2999);
    }

    private static boolean validMonthDay(int month, int day) {
        return day <= YearMonth.of(2000, month).lengthOfMonth(); // 2000: a leap year, so 29 February passes
    }

    // ---- patterns ----------------------------------------------------------------------------

    private Candidate at(int i) {
        Candidate c = modified(i);
        if (c == null) {
            c = numeric(i);
        }
        if (c == null) {
            c = weekdayLed(i);
        }
        if (c == null) {
            c = absolute(i);
        }
        if (c == null) {
            c = afterIn(i);
        }
        if (c == null) {
            c = deictic(i);
        }
        if (c == null) {
            c = lastThisNext(i);
        }
        if (c == null) {
            c = theWeekend(i);
        }
        if (c == null) {
            c = ago(i);
        }
        return c;
    }

    private Candidate absolute(int i) {
        Candidate c = monthDay(i);
        if (c == null) {
            c = dayMonth(i);
        }
        if (c == null) {
            c = monthYear(i);
        }
        return c;
    }

    /** "early", "late", "earlier", "later" before a weekday, "today", "last night", "this week"... */
    private Candidate modified(int i) {
        if (!MODIFIERS.contains(low(i))) {
            return null;
        }
        Candidate inner = weekdayLed(i + 1);
        if (inner == null) {
            inner = deictic(i + 1);
        }
        if (inner == null) {
            inner = lastThisNext(i + 1);
        }
        return inner == null || inner.first() != i + 1 ? null : new Candidate(i, inner.last(), inner.rule());
    }

    /** "2024-03-03", "2024/03/03"; "28/10/2025" and "10/28/2025" only when the order cannot be mistaken. */
    private Candidate numeric(int i) {
        Matcher m = ISO.matcher(low(i));
        if (m.matches()) {
            return dayCandidate(i, i, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(1)));
        }
        m = NUMERIC.matcher(low(i));
        if (!m.matches()) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        int y = Integer.parseInt(m.group(4));
        if (a == b) {
            return dayCandidate(i, i, a, a, y);
        } else if (a > 12 && b <= 12) {
            return dayCandidate(i, i, b, a, y);
        } else if (b > 12 && a <= 12) {
            return dayCandidate(i, i, a, b, y);
        }
        return null; // 03/04/2025: 3 April or March 4? Skipped.
    }

    /** "Tuesday", "last Tuesday", "next Tues.", "Sunday night", "Tuesday, March 3, 2024". */
    private Candidate weekdayLed(int i) {
        int j = i;
        Direction dir = Direction.BY_TENSE;
        if (weekday(i + 1) != null && (low(i).equals("last") || low(i).equals("next") || low(i).equals("this"))) {
            dir = low(i).equals("last") ? Direction.BEFORE : low(i).equals("next") ? Direction.AFTER
                    : Direction.BY_TENSE;
            j = i + 1;
        }
        DayOfWeek d = weekday(j);
        if (d == null) {
            return null;
        }
        int k = low(j + 1).equals(",") ? j + 2 : j + 1;
        Candidate date = monthDay(k);
        if (date == null) {
            date = dayMonth(k);
        }
        if (date != null) {
            return new Candidate(i, date.last(), date.rule());
        }
        if (partOfAName(j)) {
            return null;
        }
        int end = PARTS_OF_DAY.contains(low(j + 1)) ? j + 1 : j;
        Direction direction = dir;
        return new Candidate(i, end, relative((pub, tense) -> day(weekday(pub, d, direction, tense))));
    }

    /** "the Sunday Times", "Bloody Sunday", "Super Tuesday": a weekday inside a name, not a date. */
    private boolean partOfAName(int j) {
        Token t = tokens.get(j);
        if (t.deprel().equals("compound") && t.head() >= 0 && t.head() < tokens.size()
                && tokens.get(t.head()).isProperNoun()) {
            return true;
        }
        for (Token c : tokens) {
            if (c.head() == j && c.index() < j && (c.deprel().equals("amod") || c.deprel().equals("compound"))
                    && capitalised(c.text()) && !MODIFIERS.contains(low(c.index()))) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate weekday(LocalDate pub, DayOfWeek d, Direction dir, Tense tense) {
        return switch (dir) {
            case BEFORE -> pub.minusDays(1).with(TemporalAdjusters.previousOrSame(d));
            case AFTER -> pub.plusDays(1).with(TemporalAdjusters.nextOrSame(d));
            case BY_TENSE -> tense == Tense.FUTURE ? pub.with(TemporalAdjusters.nextOrSame(d))
                    : pub.with(TemporalAdjusters.previousOrSame(d));
        };
    }

    /** "March 3", "Oct. 28", "Oct 28th", "March 3, 2024", "March 3 2024". */
    private Candidate monthDay(int i) {
        Integer m = month(i, false);
        Integer d = m == null ? null : day(i + 1);
        if (d == null || !validMonthDay(m, d)) {
            return null;
        }
        int end = i + 1;
        Integer y = null;
        if (low(end + 1).equals(",") && year(end + 2) != null) {
            y = year(end + 2);
            end += 2;
        } else if (year(end + 1) != null) {
            y = year(end + 1);
            end += 1;
        } else if (pos(end + 1).startsWith("NNS")) {
            return null; // "in March 15 people died"
        }
        return dayCandidate(i, end, m, d, y);
    }

    /** "3 March", "3rd of March", "3 March 2024". */
    private Candidate dayMonth(int i) {
        Integer d = day(i);
        if (d == null) {
            return null;
        }
        int k = low(i + 1).equals("of") ? i + 2 : i + 1;
        Integer m = month(k, false);
        if (m == null || !validMonthDay(m, d)) {
            return null;
        }
        Integer y = year(k + 1);
        return dayCandidate(i, y == null ? k : k + 1, m, d, y);
    }

    /** "March 2024", "March of 2024", "Jan 2024". */
    private Candidate monthYear(int i) {
        Integer m = month(i, false);
        if (m == null) {
            return null;
        }
        int k = low(i + 1).equals("of") ? i + 2 : i + 1;
        Integer y = year(k);
        return y == null ? null : new Candidate(i, k, (pub, tense) -> month(YearMonth.of(y, m)));
    }

    private Candidate dayCandidate(int first, int last, int m, int d, Integer y) {
        if (y != null) {
            if (m < 1 || m > 12 || d > YearMonth.of(y, m).lengthOfMonth() || d < 1) {
                return null;
            }
            LocalDate date = LocalDate.of(y, m, d);
            return new Candidate(first, last, (pub, tense) -> day(date));
        }
        if (m < 1 || m > 12 || !validMonthDay(m, d)) {
            return null;
        }
        return new Candidate(first, last, relative((pub, tense) -> day(yearless(pub, m, d, tense))));
    }

    /** The year of "March 3": not after publication in the past, not before it in the future. */
    private static LocalDate yearless(LocalDate pub, int m, int d, Tense tense) {
        boolean future = tense == Tense.FUTURE;
        for (int k = 0; k <= 8; k++) {
            int y = future ? pub.getYear() + k : pub.getYear() - k;
            if (d <= YearMonth.of(y, m).lengthOfMonth()) {
                LocalDate date = LocalDate.of(y, m, d);
                if (future ? !date.isBefore(pub) : !date.isAfter(pub)) {
                    return date;
                }
            }
        }
        return null;
    }

    /**
     * After "in" or "during": "in March", "in early March", "in mid-March", "in March 2024", "in 2023",
     * "in late 2023", "in mid-2023". The preposition is not part of the expression.
     */
    private Candidate afterIn(int i) {
        if (!low(i).equals("in") && !low(i).equals("during")) {
            return null;
        }
        int first = i + 1;
        int j = low(first).equals("early") || low(first).equals("late") || low(first).equals("mid") ? first + 1
                : first;
        Candidate c = absolute(j);
        if (c != null) {
            return new Candidate(first, c.last(), c.rule());
        }
        String word = text(j);
        if (word.toLowerCase(Locale.ROOT).startsWith("mid-")) {
            word = word.substring(4);
        }
        Integer m = month(word, true);
        if (m != null) {
            return new Candidate(first, j, relative((pub, tense) -> month(month(pub, m, Direction.BY_TENSE,
                    tense))));
        }
        Integer y = year(word, 1800, 2199);
        if (y != null && !pos(j + 1).startsWith("NN") && !low(j + 1).equals("%")) {
            return new Candidate(first, j, (pub, tense) -> yearValue(y));
        }
        return null;
    }

    private static YearMonth month(LocalDate pub, int m, Direction dir, Tense tense) {
        int pm = pub.getMonthValue();
        int y = pub.getYear();
        return switch (dir) {
            case BEFORE -> YearMonth.of(m < pm ? y : y - 1, m);
            case AFTER -> YearMonth.of(m > pm ? y : y + 1, m);
            case BY_TENSE -> tense == Tense.FUTURE ? YearMonth.of(m >= pm ? y : y + 1, m)
                    : YearMonth.of(m <= pm ? y : y - 1, m);
        };
    }

    /** "today", "tonight", "yesterday (morning)", "tomorrow", "last night", "this morning", "the day before yesterday". */
    private Candidate deictic(int i) {
        String w = low(i);
        switch (w) {
            case "today", "tonight" -> {
                return new Candidate(i, i, relative((pub, tense) -> day(pub)));
            }
            case "yesterday", "tomorrow" -> {
                int shift = w.equals("yesterday") ? -1 : 1;
                int end = PARTS_OF_DAY.contains(low(i + 1)) ? i + 1 : i;
                return new Candidate(i, end, relative((pub, tense) -> day(pub.plusDays(shift))));
            }
            case "last" -> {
                if (low(i + 1).equals("night") || low(i + 1).equals("evening")) {
                    return new Candidate(i, i + 1, relative((pub, tense) -> day(pub.minusDays(1))));
                }
            }
            case "this" -> {
                if (Set.of("morning", "afternoon", "evening").contains(low(i + 1))) {
                    return new Candidate(i, i + 1, relative((pub, tense) -> day(pub)));
                }
            }
            case "the" -> {
                if (low(i + 1).equals("day") && low(i + 2).equals("before") && low(i + 3).equals("yesterday")) {
                    return new Candidate(i, i + 3, relative((pub, tense) -> day(pub.minusDays(2))));
                }
                if (low(i + 1).equals("day") && low(i + 2).equals("after") && low(i + 3).equals("tomorrow")) {
                    return new Candidate(i, i + 3, relative((pub, tense) -> day(pub.plusDays(2))));
                }
            }
            default -> {
            }
        }
        return null;
    }

    /** "last week", "this month", "next year", "last weekend", "this weekend", "last March", "next May". */
    private Candidate lastThisNext(int i) {
        String w = low(i);
        if (!w.equals("last") && !w.equals("this") && !w.equals("next") || DETERMINERS.contains(low(i - 1))) {
            return null;
        }
        int shift = w.equals("last") ? -1 : w.equals("next") ? 1 : 0;
        Direction dir = shift < 0 ? Direction.BEFORE : shift > 0 ? Direction.AFTER : Direction.BY_TENSE;
        switch (low(i + 1)) {
            case "week" -> {
                return new Candidate(i, i + 1, relative((pub, tense) -> week(monday(pub).plusWeeks(shift))));
            }
            case "month" -> {
                return new Candidate(i, i + 1, relative((pub, tense) -> month(YearMonth.from(pub).plusMonths(shift))));
            }
            case "year" -> {
                return new Candidate(i, i + 1, relative((pub, tense) -> yearValue(pub.getYear() + shift)));
            }
            case "weekend" -> {
                // "next weekend" said on a Monday may be five or twelve days ahead: skipped.
                return shift > 0 ? null : new Candidate(i, i + 1, relative((pub, tense) -> week(weekend(pub,
                        dir, tense))));
            }
            default -> {
                Integer m = month(i + 1, true);
                if (m == null || day(i + 2) != null || year(i + 2) != null) {
                    return null;
                }
                return new Candidate(i, i + 1, relative((pub, tense) -> month(month(pub, m, dir, tense))));
            }
        }
    }

    /** "over the weekend", "at the weekend", "during the weekend". */
    private Candidate theWeekend(int i) {
        String w = low(i);
        if ((w.equals("over") || w.equals("at") || w.equals("during")) && low(i + 1).equals("the")
                && low(i + 2).equals("weekend")) {
            return new Candidate(i + 1, i + 2, relative((pub, tense) -> week(weekend(pub, Direction.BY_TENSE,
                    tense))));
        }
        return null;
    }

    /** Monday of the week whose weekend is meant. */
    private static LocalDate weekend(LocalDate pub, Direction dir, Tense tense) {
        LocalDate monday = monday(pub);
        boolean inWeekend = pub.getDayOfWeek() == DayOfWeek.SATURDAY || pub.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (dir == Direction.BEFORE) {
            return monday.minusWeeks(1);
        }
        return tense == Tense.FUTURE || inWeekend ? monday : monday.minusWeeks(1);
    }

    /** "two days ago", "a week ago", "three months ago", "a year ago", "two hours ago". */
    private Candidate ago(int i) {
        Integer n = COUNTS.get(low(i));
        if (n == null && low(i).matches("\\d{1,3}")) {
            n = Integer.parseInt(low(i));
        }
        if (n == null || !low(i + 2).equals("ago")) {
            return null;
        }
        int count = n;
        Rule rule = switch (low(i + 1)) {
            case "minute", "minutes", "hour", "hours" -> (pub, tense) -> day(pub);
            case "day", "days" -> (pub, tense) -> day(pub.minusDays(count));
            case "week", "weeks" -> (pub, tense) -> week(monday(pub).minusWeeks(count));
            case "month", "months" -> (pub, tense) -> month(YearMonth.from(pub).minusMonths(count));
            case "year", "years" -> (pub, tense) -> yearValue(pub.getYear() - count);
            default -> null;
        };
        return rule == null ? null : new Candidate(i, i + 2, relative(rule));
    }

    // ---- values ------------------------------------------------------------------------------

    /** A rule that needs the publication date: null without one. */
    private static Rule relative(Rule rule) {
        return (pub, tense) -> pub == null ? null : rule.apply(pub, tense);
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Value day(LocalDate d) {
        return d == null ? null : new Value(d.toString(), ResolvedDate.DAY);
    }

    private static Value week(LocalDate monday) {
        return new Value(monday.toString(), ResolvedDate.WEEK);
    }

    private static Value month(YearMonth m) {
        return new Value(m.toString(), ResolvedDate.MONTH);
    }

    private static Value yearValue(int y) {
        return new Value(String.format(Locale.ROOT, "%04d", y), ResolvedDate.YEAR);
    }
}
