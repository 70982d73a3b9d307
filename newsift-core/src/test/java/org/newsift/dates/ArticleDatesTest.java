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

    private static void assertFound(String text, String iso, String words) {
        assertEquals(new ArticleDates.Found(LocalDate.parse(iso), words), ArticleDates.find(text), text);
    }

    @Test
    void aDatelineWithAFullDateDatesTheArticle() {
        assertFound("ISLAMABAD, Oct. 28, 2025 (Reuters) - Pakistani jets struck on Sunday.", "2025-10-28",
                "ISLAMABAD, Oct. 28, 2025");
        assertFound("Talks resume\n\nKABUL, Afghanistan, 28 October 2025 (newsift test wire) - Envoys met on Tuesday.",
                "2025-10-28", "KABUL, Afghanistan, 28 October 2025");
        assertFound("NEW YORK, 2025-10-28 - The council met.", "2025-10-28", "NEW YORK, 2025-10-28");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a dateline without a year, and a weekday, need a date to count from
        "ISTANBUL, Oct 28 (newsift test wire) - Delegations resumed talks on Tuesday.",
        "WASHINGTON (AP) — Officials met on Tuesday.",
        // a full date in the lead is too often another day: an anniversary, the event the story looks back on
        "Pakistan and Afghanistan agreed to a truce in Doha on October 19, 2025, officials said.",
        // a dateline not at the start of a line, or after the first three lines
        "Talks resume. ISLAMABAD, Oct. 28, 2025 - Envoys met.",
        "One.\nTwo.\nThree.\nISLAMABAD, Oct. 28, 2025 - Envoys met.",
        // not a date
        "GENEVA, February 30, 2025 - Delegates met.",
        "GENEVA, Article 5, 2015 - Delegates met.",
    })
    void noDateWhereTheTextDoesNotTellIt(String text) {
        assertNull(ArticleDates.find(text));
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
