package org.newsift.dates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsift.model.Article;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Publication dates read from an article's own text. Texts written for these tests. */
class ArticleDatesTest {

    private static void assertFound(String text, String iso, String where, String words) {
        ArticleDates.Found f = ArticleDates.find(text);
        assertEquals(new ArticleDates.Found(LocalDate.parse(iso), where, words), f, text);
    }

    @Test
    void aDatelineWithAFullDateDatesTheArticle() {
        assertFound("ISLAMABAD, Oct. 28, 2025 (Reuters) - Pakistani jets struck on Sunday.", "2025-10-28", "dateline",
                "ISLAMABAD, Oct. 28, 2025");
        assertFound("Talks resume\n\nKABUL, Afghanistan, 28 October 2025 (newsift test wire) - Envoys met on Tuesday.",
                "2025-10-28", "dateline", "KABUL, Afghanistan, 28 October 2025");
        assertFound("NEW YORK, 2025-10-28 - The council met.", "2025-10-28", "dateline", "NEW YORK, 2025-10-28");
    }

    @Test
    void aSingleFullDateInTheLeadDatesTheArticle() {
        assertFound("Pakistan and Afghanistan agreed to a truce in Doha on October 19, 2025, officials said.",
                "2025-10-19", "lead", "October 19, 2025");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a dateline without a year, and a weekday, need a date to count from
        "ISTANBUL, Oct 28 (newsift test wire) - Delegations resumed talks on Tuesday.",
        "WASHINGTON (AP) — Officials met on Tuesday.",
        // a plan or a deadline is not the day of the report
        "Voters will go to the polls on November 4, 2025, the commission said.",
        "The truce holds until January 15, 2026.",
        // two different days: the lead does not say which is today
        "The truce of March 3, 2024 was replaced on October 19, 2025.",
        // not a date
        "The envoys met on February 30, 2025.",
        "Under Article 5, 2015 rules applied.",
    })
    void noDateWhereTheTextDoesNotTellIt(String text) {
        assertNull(ArticleDates.find(text));
    }

    @Test
    void aDateAfterTheLeadDoesNotCount() {
        assertNull(ArticleDates.find("Envoys met. ".repeat(40) + "The truce was signed on October 19, 2025."));
    }

    @Test
    void anArticleWithADateKeepsItAndOneWithoutGetsTheTextsWithAWarning() {
        Article given = new Article("a", null, null, "2025-11-01", "ISLAMABAD, Oct. 28, 2025 - Envoys met.");
        ArticleDates.Dated kept = ArticleDates.date(given);
        assertSame(given, kept.article());
        assertNull(kept.warning());

        ArticleDates.Dated read = ArticleDates.date(new Article("a", null, null, null, "ISLAMABAD, Oct. 28, 2025 - Envoys met."));
        assertEquals("2025-10-28", read.article().published());
        assertEquals("no publication date given: 2025-10-28 read from the dateline 'ISLAMABAD, Oct. 28, 2025'", read.warning());

        ArticleDates.Dated none = ArticleDates.date(new Article("a", null, null, null, "Envoys met on Tuesday."));
        assertNull(none.article().published());
        assertNull(none.warning());
    }

    @Test
    void aDatelineWithoutAYearIsNamedInTheWarning() {
        ArticleDates.Dated d = ArticleDates.date(new Article("a", null, null, null,
                "Talks resume\n\nISTANBUL, Oct 28 (newsift test wire) - Delegations resumed talks on Tuesday."));
        assertNull(d.article().published());
        assertEquals("no publication date given, and the dateline 'ISTANBUL, Oct 28' has no year", d.warning());
        assertEquals("DOHA, 19 October", ArticleDates.yearlessDateline("DOHA, 19 October - Envoys met."));
        assertNull(ArticleDates.yearlessDateline("DOHA, Mostly 19 - Envoys met."), "not a month");
        assertNull(ArticleDates.yearlessDateline("Envoys met in Doha, Oct 19."), "not a dateline");
    }
}
