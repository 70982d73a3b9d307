package org.newsift.dates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsift.dates.Sentences.Built;
import org.newsift.text.CodePoints;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every sentence here was written for these tests. */
class DateResolverTest {
    /** A Tuesday. */
    private static final LocalDate PUB = LocalDate.of(2025, 10, 28);

    private final DateResolver resolver = new DateResolver();

    private ResolvedDate resolve(String words, LocalDate published) {
        return resolver.resolve(Sentences.flat(words).sentence(), published);
    }

    private void check(String words, LocalDate published, String iso, String precision, String text) {
        Built b = Sentences.flat(words);
        ResolvedDate r = resolver.resolve(b.sentence(), published);
        assertNotNull(r, words);
        assertEquals(iso, r.iso(), words);
        assertEquals(precision, r.precision(), words);
        assertEquals(text, r.text(), words);
        assertEquals(text, CodePoints.substring(b.text(), r.start(), r.end()), words);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # past tense: the most recent such day on or before publication
            Police arrested five men on Sunday .; 2025-10-26; day; Sunday
            Police arrested five men on Wednesday .; 2025-10-22; day; Wednesday
            # the publication weekday itself is that day, past or future
            Police arrested five men on Tuesday .; 2025-10-28; day; Tuesday
            Ministers will meet on Tuesday .; 2025-10-28; day; Tuesday
            # future: the next such day
            Ministers will meet on Thursday .; 2025-10-30; day; Thursday
            Ministers 'll meet on Monday .; 2025-11-03; day; Monday
            Ministers could meet on Friday .; 2025-10-31; day; Friday
            The talks are scheduled for Thursday .; 2025-10-30; day; Thursday
            The talks were scheduled for Thursday .; 2025-10-23; day; Thursday
            The treaty has been signed on Monday .; 2025-10-27; day; Monday
            # present tense is read as past (news default)
            Ministers meet on Friday .; 2025-10-24; day; Friday
            # last / next / this
            Police arrested him last Tuesday .; 2025-10-21; day; last Tuesday
            Police arrested him last Monday .; 2025-10-27; day; last Monday
            Ministers will meet next Tuesday .; 2025-11-04; day; next Tuesday
            Ministers will meet this Friday .; 2025-10-31; day; this Friday
            # parts of the day and abbreviations
            Rebels attacked the town on Sunday night .; 2025-10-26; day; Sunday night
            Rebels attacked the town late Sunday .; 2025-10-26; day; late Sunday
            Protesters gathered on Sat. outside parliament .; 2025-10-25; day; Sat.
            Ministers will meet on Thurs. in Geneva .; 2025-10-30; day; Thurs.
            """)
    void weekdays(String words, String iso, String precision, String text) {
        check(words, PUB, iso, precision, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            Police arrested five men today .; 2025-10-28; day; today
            Ministers will meet tonight .; 2025-10-28; day; tonight
            Police arrested five men yesterday .; 2025-10-27; day; yesterday
            Police arrested five men yesterday morning .; 2025-10-27; day; yesterday morning
            Ministers will meet tomorrow .; 2025-10-29; day; tomorrow
            Rebels attacked the town last night .; 2025-10-27; day; last night
            Rebels attacked the town late last night .; 2025-10-27; day; late last night
            Police arrested five men this morning .; 2025-10-28; day; this morning
            Police arrested five men earlier today .; 2025-10-28; day; earlier today
            Police arrested five men the day before yesterday .; 2025-10-26; day; the day before yesterday
            """)
    void deictics(String words, String iso, String precision, String text) {
        check(words, PUB, iso, precision, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            Police arrested five men last week .; 2025-10-20; week; last week
            Police arrested five men this week .; 2025-10-27; week; this week
            Police arrested five men earlier this week .; 2025-10-27; week; earlier this week
            Ministers will meet next week .; 2025-11-03; week; next week
            Police arrested five men last weekend .; 2025-10-20; week; last weekend
            Police arrested five men over the weekend .; 2025-10-20; week; the weekend
            Ministers will meet this weekend .; 2025-10-27; week; this weekend
            Police arrested five men last month .; 2025-09; month; last month
            Police arrested five men this month .; 2025-10; month; this month
            Ministers will meet next month .; 2025-11; month; next month
            Police arrested five men last year .; 2024; year; last year
            Police arrested five men earlier this year .; 2025; year; earlier this year
            Ministers will meet next year .; 2026; year; next year
            Ministers will meet early next year .; 2026; year; early next year
            """)
    void weeksMonthsYears(String words, String iso, String precision, String text) {
        check(words, PUB, iso, precision, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # 2025-01-01 is a Wednesday: its week began on Monday 2024-12-30
            Police arrested five men this week .; 2024-12-30; week; this week
            Police arrested five men last week .; 2024-12-23; week; last week
            Ministers will meet next week .; 2025-01-06; week; next week
            Police arrested five men last month .; 2024-12; month; last month
            Police arrested five men two weeks ago .; 2024-12-16; week; two weeks ago
            """)
    void weeksAcrossTheYear(String words, String iso, String precision, String text) {
        check(words, LocalDate.of(2025, 1, 1), iso, precision, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # past: not after the publication month
            Police arrested five men in March .; 2025-03; month; March
            Police arrested five men in October .; 2025-10; month; October
            Police arrested five men in December .; 2024-12; month; December
            Police arrested five men in early March .; 2025-03; month; early March
            Police arrested five men in mid-March .; 2025-03; month; mid-March
            Police arrested five men during Sept. .; 2025-09; month; Sept.
            Police arrested five men last March .; 2025-03; month; last March
            Police arrested five men last October .; 2024-10; month; last October
            # future: the next occurrence
            Ministers will meet in March .; 2026-03; month; March
            Ministers will meet in December .; 2025-12; month; December
            Ministers will meet next March .; 2026-03; month; next March
            # with a year
            Police arrested five men in March 2024 .; 2024-03; month; March 2024
            Police arrested five men March 2024 .; 2024-03; month; March 2024
            Police arrested five men in March of 2024 .; 2024-03; month; March of 2024
            Police arrested five men in Jan 2024 .; 2024-01; month; Jan 2024
            Police arrested five men in 2023 .; 2023; year; 2023
            Police arrested five men in late 2023 .; 2023; year; late 2023
            Police arrested five men in mid-2023 .; 2023; year; mid-2023
            """)
    void months(String words, String iso, String precision, String text) {
        check(words, PUB, iso, precision, text);
    }

    @Test
    void monthsRollOverTheYear() {
        LocalDate january = LocalDate.of(2026, 1, 15);
        check("Police arrested five men in December .", january, "2025-12", "month", "December");
        check("Police arrested five men in January .", january, "2026-01", "month", "January");
        check("Ministers will meet in December .", january, "2026-12", "month", "December");
        check("Police arrested five men on Dec. 30 .", january, "2025-12-30", "day", "Dec. 30");
        check("Police arrested five men last year .", january, "2025", "year", "last year");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            Police arrested five men on March 3 .; 2025-03-03; day; March 3
            Police arrested five men on 3 March .; 2025-03-03; day; 3 March
            Police arrested five men on the 3rd of March .; 2025-03-03; day; 3rd of March
            Police arrested five men on Oct 28 .; 2025-10-28; day; Oct 28
            Police arrested five men on Oct. 28 .; 2025-10-28; day; Oct. 28
            Police arrested five men on Oct. 21st .; 2025-10-21; day; Oct. 21st
            # past: a later day this year means last year
            Police arrested five men on Nov. 3 .; 2024-11-03; day; Nov. 3
            Police arrested five men on February 29 .; 2024-02-29; day; February 29
            # future: a day already gone this year means next year
            Voters will vote on Nov. 4 .; 2025-11-04; day; Nov. 4
            Voters will vote on March 3 .; 2026-03-03; day; March 3
            # absolute
            Police arrested five men on March 3 , 2024 .; 2024-03-03; day; March 3, 2024
            Police arrested five men on March 3 2024 .; 2024-03-03; day; March 3 2024
            Police arrested five men on 3 March 2024 .; 2024-03-03; day; 3 March 2024
            Police arrested five men on Tuesday , Oct. 21 .; 2025-10-21; day; Tuesday, Oct. 21
            Police arrested five men on Sunday , March 3 , 2024 .; 2024-03-03; day; Sunday, March 3, 2024
            Police arrested five men on 2024-03-03 .; 2024-03-03; day; 2024-03-03
            Police arrested five men on 03/03/2024 .; 2024-03-03; day; 03/03/2024
            Police arrested five men on 28/10/2025 .; 2025-10-28; day; 28/10/2025
            Police arrested five men on 10/28/2025 .; 2025-10-28; day; 10/28/2025
            """)
    void days(String words, String iso, String precision, String text) {
        check(words, PUB, iso, precision, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            Police arrested five men two days ago .; 2025-10-26; day; two days ago
            Police arrested five men 5 days ago .; 2025-10-23; day; 5 days ago
            Police arrested five men a day ago .; 2025-10-27; day; a day ago
            Police arrested five men two hours ago .; 2025-10-28; day; two hours ago
            Police arrested five men three weeks ago .; 2025-10-06; week; three weeks ago
            Police arrested five men a month ago .; 2025-09; month; a month ago
            Police arrested five men two years ago .; 2023; year; two years ago
            """)
    void ago(String words, String iso, String precision, String text) {
        check(words, PUB, iso, precision, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            Police arrested five men .
            Police arrested five men days earlier .
            Police arrested five men a few days ago .
            Police arrested five men in the last week .
            Police arrested five men in 2000 homes .
            Police arrested five men on 03/04/2025 .
            Police arrested five men on February 30 .
            Police arrested five men on March 32 .
            Ministers will meet next weekend .
            police arrested five men on sunday .
            """)
    void nothingToResolve(String words) {
        assertNull(resolve(words, PUB), words);
    }

    @Test
    void withoutPublicationDateOnlyAbsoluteDatesResolve() {
        assertNull(resolve("Police arrested five men on Sunday .", null));
        assertNull(resolve("Police arrested five men yesterday .", null));
        assertNull(resolve("Police arrested five men last week .", null));
        assertNull(resolve("Police arrested five men in March .", null));
        assertNull(resolve("Police arrested five men on March 3 .", null));
        assertNull(resolve("Police arrested five men two days ago .", null));
        check("Police arrested five men on March 3 , 2024 .", null, "2024-03-03", "day", "March 3, 2024");
        check("Police arrested five men in March 2024 .", null, "2024-03", "month", "March 2024");
        check("Police arrested five men in 2023 .", null, "2023", "year", "2023");
        check("Police arrested five men on 2024-03-03 .", null, "2024-03-03", "day", "2024-03-03");
    }

    @Test
    void aRelativeExpressionWithoutPublicationDateIsNotPassedOverForALaterOne() {
        // "on Sunday" dates the event; without a publication date the sentence's date is unknown
        assertNull(resolve("Police arrested five men on Sunday in 2023 .", null));
    }

    @Test
    void offsetsCountCodePointsPastAnEmoji() {
        // U+1F4E2 (loudspeaker) is two UTF-16 chars but one code point
        Built b = Sentences.parsedAfter("\uD83D\uDCE2 Breaking :",
                "Rebels|NNS|2|nsubj", "attacked|VBD|0|root", "the|DT|4|det", "town|NN|2|obj",
                "on|IN|6|case", "Sunday|NNP|2|obl:tmod", "night|NN|6|compound", ".|.|2|punct");
        ResolvedDate r = resolver.resolve(b.sentence(), 1, PUB);
        assertEquals(new ResolvedDate("2025-10-26", "day", 41, 53, "Sunday night"), r);
        assertEquals("Sunday night", CodePoints.substring(b.text(), r.start(), r.end()));
        assertEquals(42, b.text().indexOf("Sunday"), "the emoji is two chars, one code point");
    }

    // ---- choosing among several expressions ---------------------------------------------------

    @Test
    void theFirstOfEquallyAttachedExpressionsWins() {
        check("Police arrested five men on Sunday and on Monday .", PUB, "2025-10-26", "day", "Sunday");
    }

    /** "The man, who was arrested on Monday, appeared in court on Tuesday." */
    private static final String[] RELATIVE_CLAUSE = {
        "The|DT|2|det", "man|NN|9|nsubj", ",|,|2|punct", "who|WP|6|nsubj:pass", "was|VBD|6|aux:pass",
        "arrested|VBN|2|acl:relcl", "on|IN|8|case", "Monday|NNP|6|obl", "appeared|VBD|0|root",
        "in|IN|11|case", "court|NN|9|obl", "on|IN|13|case", "Tuesday|NNP|9|obl", ".|.|9|punct"};

    @Test
    void theExpressionAttachedToThePredicateWins() {
        Built b = Sentences.parsed(RELATIVE_CLAUSE);
        assertEquals("Tuesday", resolver.resolve(b.sentence(), 8, PUB).text());
        assertEquals("2025-10-28", resolver.resolve(b.sentence(), 8, PUB).iso());
        assertEquals("Monday", resolver.resolve(b.sentence(), 5, PUB).text());
        assertEquals("2025-10-27", resolver.resolve(b.sentence(), 5, PUB).iso());
        // without a predicate the root decides
        assertEquals("Tuesday", resolver.resolve(b.sentence(), PUB).text());
    }

    @Test
    void aRelativeClauseDoesNotDateTheMainEvent() {
        Built b = Sentences.parsed("The|DT|2|det", "man|NN|9|nsubj", ",|,|2|punct", "who|WP|6|nsubj:pass",
                "was|VBD|6|aux:pass", "arrested|VBN|2|acl:relcl", "on|IN|8|case", "Monday|NNP|6|obl",
                "appeared|VBD|0|root", "in|IN|11|case", "court|NN|9|obl", ".|.|9|punct");
        assertNull(resolver.resolve(b.sentence(), 8, PUB));
    }

    /** "On Monday, officials said troops attacked the town on Sunday." */
    private static final String[] REPORTED = {
        "On|IN|2|case", "Monday|NNP|5|obl", ",|,|5|punct", "officials|NNS|5|nsubj", "said|VBD|0|root",
        "troops|NNS|7|nsubj", "attacked|VBD|5|ccomp", "the|DT|9|det", "town|NN|7|obj", "on|IN|11|case",
        "Sunday|NNP|7|obl", ".|.|5|punct"};

    @Test
    void aComplementClauseKeepsItsOwnDate() {
        Built b = Sentences.parsed(REPORTED);
        assertEquals("Sunday", resolver.resolve(b.sentence(), 6, PUB).text(), "attacked: its own date");
        assertEquals("Monday", resolver.resolve(b.sentence(), 4, PUB).text(), "said: not the attack's date");
        assertEquals("Monday", resolver.resolve(b.sentence(), PUB).text());
        assertEquals(List.of("Monday", "Sunday"),
                resolver.resolveAll(b.sentence(), PUB).stream().map(ResolvedDate::text).toList());
    }

    @Test
    void theMainClauseDatesAPredicateWithoutADateOfItsOwn() {
        Built b = Sentences.parsed("On|IN|2|case", "Monday|NNP|5|obl", ",|,|5|punct", "officials|NNS|5|nsubj",
                "said|VBD|0|root", "troops|NNS|7|nsubj", "attacked|VBD|5|ccomp", "the|DT|9|det",
                "town|NN|7|obj", ".|.|5|punct");
        assertEquals(new ResolvedDate("2025-10-27", "day", 3, 9, "Monday"), resolver.resolve(b.sentence(), 6, PUB));
    }

    @Test
    void aDateOnTheObjectNounCountsBeforeOneElsewhere() {
        // "Militants launched an attack on Tuesday after talks collapsed on Sunday": the parser hung
        // "on Tuesday" on the noun
        Built b = Sentences.parsed("Militants|NNS|2|nsubj", "launched|VBD|0|root", "an|DT|4|det",
                "attack|NN|2|obj", "on|IN|6|case", "Tuesday|NNP|4|nmod", "after|IN|9|mark", "talks|NNS|9|nsubj",
                "collapsed|VBD|2|advcl", "on|IN|11|case", "Sunday|NNP|9|obl", ".|.|2|punct");
        assertEquals("Tuesday", resolver.resolve(b.sentence(), 1, PUB).text());
        // the attack itself as the predicate
        assertEquals("Tuesday", resolver.resolve(b.sentence(), 3, PUB).text());
        // the collapse has its own
        assertEquals("Sunday", resolver.resolve(b.sentence(), 8, PUB).text());
    }

    @Test
    void aPossessiveDateIsALastResort() {
        // "Police arrested a man on Monday over Tuesday's attack."
        Built b = Sentences.parsed("Police|NNS|2|nsubj", "arrested|VBD|0|root", "a|DT|4|det", "man|NN|2|obj",
                "on|IN|6|case", "Monday|NNP|2|obl", "over|IN|10|case", "Tuesday|NNP|10|nmod:poss", "'s|POS|8|case",
                "attack|NN|2|obl", ".|.|2|punct");
        assertEquals("Monday", resolver.resolve(b.sentence(), 1, PUB).text());
        // "Police arrested a man over Tuesday's attack."
        Built c = Sentences.parsed("Police|NNS|2|nsubj", "arrested|VBD|0|root", "a|DT|4|det", "man|NN|2|obj",
                "over|IN|8|case", "Tuesday|NNP|8|nmod:poss", "'s|POS|6|case", "attack|NN|2|obl", ".|.|2|punct");
        assertEquals("Tuesday", resolver.resolve(c.sentence(), 1, PUB).text());
    }

    @Test
    void aQuotationDoesNotDateAnEventOutsideIt() {
        // “We will meet on Friday,” the minister said on Monday.
        Built b = Sentences.parsed("\u201C|``|7|punct", "We|PRP|3|nsubj", "will|MD|3|aux", "meet|VB|10|ccomp",
                "on|IN|5|case", "Friday|NNP|3|obl", ",|,|10|punct", "\u201D|''|10|punct", "the|DT|9|det",
                "minister|NN|10|nsubj", "said|VBD|0|root", "on|IN|12|case", "Monday|NNP|10|obl", ".|.|10|punct");
        assertEquals("Monday", resolver.resolve(b.sentence(), 9, PUB).text());
        ResolvedDate meet = resolver.resolve(b.sentence(), 3, PUB);
        assertEquals("Friday", meet.text());
        assertEquals("2025-10-31", meet.iso(), "future inside the quotation");
        // Protesters chanted "Sunday" in the square.
        Built c = Sentences.parsed("Protesters|NNS|2|nsubj", "chanted|VBD|0|root", "\"|``|4|punct",
                "Sunday|NNP|2|obj", "\"|''|4|punct", "in|IN|8|case", "the|DT|8|det", "square|NN|2|obl",
                ".|.|2|punct");
        assertNull(resolver.resolve(c.sentence(), 1, PUB));
    }

    @Test
    void tenseComesFromTheClauseOfTheExpression() {
        // "Leaders are going to meet on Friday."
        Built going = Sentences.parsed("Leaders|NNS|3|nsubj", "are|VBP|3|aux", "going|VBG|0|root", "to|TO|5|mark",
                "meet|VB|3|xcomp", "on|IN|7|case", "Friday|NNP|5|obl", ".|.|3|punct");
        assertEquals("2025-10-31", resolver.resolve(going.sentence(), PUB).iso());
        // "Leaders agreed to meet on Friday."
        Built agreed = Sentences.parsed("Leaders|NNS|2|nsubj", "agreed|VBD|0|root", "to|TO|4|mark",
                "meet|VB|2|xcomp", "on|IN|6|case", "Friday|NNP|4|obl", ".|.|2|punct");
        assertEquals("2025-10-24", resolver.resolve(agreed.sentence(), PUB).iso());
        // "The vote will be on Friday." (copula: the date is the root)
        Built copula = Sentences.parsed("The|DT|2|det", "vote|NN|6|nsubj", "will|MD|6|aux", "be|VB|6|cop",
                "on|IN|6|case", "Friday|NNP|0|root", ".|.|6|punct");
        assertEquals("2025-10-31", resolver.resolve(copula.sentence(), PUB).iso());
        // "The vote was on Friday."
        Built was = Sentences.parsed("The|DT|2|det", "vote|NN|5|nsubj", "was|VBD|5|cop", "on|IN|5|case",
                "Friday|NNP|0|root", ".|.|5|punct");
        assertEquals("2025-10-24", resolver.resolve(was.sentence(), PUB).iso());
    }

    @Test
    void aWeekdayInsideANameIsNoDate() {
        Built b = Sentences.parsed("The|DT|3|det", "Sunday|NNP|3|compound", "Times|NNP|4|nsubj",
                "reported|VBD|0|root", "the|DT|6|det", "deal|NN|4|obj", ".|.|4|punct");
        assertNull(resolver.resolve(b.sentence(), PUB));
        Built c = Sentences.parsed("Crowds|NNS|2|nsubj", "marked|VBD|0|root", "Bloody|NNP|4|amod",
                "Sunday|NNP|2|obj", ".|.|2|punct");
        assertNull(resolver.resolve(c.sentence(), PUB));
    }

    @Test
    void aSentenceWithoutATreeStillResolves() {
        // no parse: every head is the root; the first expression wins and tense is unmarked (past)
        Built b = Sentences.parsed("Police|NNS|0|dep", "arrested|VBD|0|dep", "him|PRP|0|dep", "on|IN|0|dep",
                "Sunday|NNP|0|dep", "and|CC|0|dep", "on|IN|0|dep", "Monday|NNP|0|dep");
        assertEquals("2025-10-26", resolver.resolve(b.sentence(), PUB).iso());
        // a head pointing outside the sentence reads as a root
        Built c = Sentences.parsed("Police|NNS|2|nsubj", "arrested|VBD|0|root", "him|PRP|2|obj", "on|IN|5|case",
                "Sunday|NNP|99|obl");
        assertEquals("2025-10-26", resolver.resolve(c.sentence(), 1, PUB).iso());
    }

    @Test
    void aPredicateOutsideTheSentenceIsAnError() {
        Built b = Sentences.flat("Police arrested five men .");
        assertThrows(IllegalArgumentException.class, () -> resolver.resolve(b.sentence(), 5, PUB));
    }

    @Test
    void oneResolverServesManyThreads() {
        Built b = Sentences.parsed(REPORTED);
        List<String> dates = IntStream.range(0, 2000).parallel()
                .mapToObj(i -> resolver.resolve(b.sentence(), i % 2 == 0 ? 6 : 4, PUB).iso()).toList();
        for (int i = 0; i < dates.size(); i++) {
            assertEquals(i % 2 == 0 ? "2025-10-26" : "2025-10-27", dates.get(i));
        }
    }
}
