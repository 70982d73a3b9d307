package org.newsift.dates;

import org.junit.jupiter.api.Test;
import org.newsift.dates.Sentences.Built;
import org.newsift.nlp.Sentence;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The date an event gets when its sentence names none, or names one on the event noun. Sentences written for these tests. */
class EventDateTest {
    /** A Tuesday. */
    private static final LocalDate PUB = LocalDate.of(2025, 10, 28);

    private final DateResolver resolver = new DateResolver();

    /** "The talks follow airstrikes that sparked clashes with Afghan forces." */
    private static final Sentence SPARKED = Sentences.parsed("The|DT|2|det", "talks|NNS|3|nsubj", "follow|VBP|0|root",
            "airstrikes|NNS|3|obj", "that|WDT|6|nsubj", "sparked|VBD|4|acl:relcl", "clashes|NNS|6|obj",
            "with|IN|10|case", "Afghan|JJ|10|amod", "forces|NNS|7|nmod", ".|.|3|punct").sentence();

    private static void assertUndated(EventDate d, String why) {
        assertNull(d.iso(), d.toString());
        assertNull(d.precision(), d.toString());
        assertTrue(d.basis().contains(why), d.basis());
    }

    private static void assertDated(EventDate d, String iso, String precision) {
        assertEquals(iso, d.iso(), d.toString());
        assertEquals(precision, d.precision(), d.toString());
    }

    @Test
    void aPastRelativeClauseIsBeforePublicationNotOnIt() {
        // "clashes", object of "sparked": no day, only "before publication"
        assertUndated(resolver.eventDate(SPARKED, 6, 5, PUB), "past relative clause 'sparked'");
        // "airstrikes", object of the present "follow", but told by its own past relative clause
        assertUndated(resolver.eventDate(SPARKED, 3, 2, PUB), "before publication");
        // the present main clause keeps the publication date
        EventDate follow = resolver.eventDate(SPARKED, 2, 2, PUB);
        assertDated(follow, "2025-10-28", "day");
        assertEquals("date: publication date", follow.basis());
    }

    @Test
    void thePastPerfectIsBeforePublication() {
        // "Troops had fired first."
        Built b = Sentences.parsed("Troops|NNS|3|nsubj", "had|VBD|3|aux", "fired|VBN|0|root", "first|RB|3|advmod",
                ".|.|3|punct");
        assertUndated(resolver.eventDate(b.sentence(), 2, 2, PUB), "past perfect 'had fired'");
    }

    @Test
    void theSimplePastPresentPerfectPresentAndFutureKeepThePublicationDay() {
        assertDated(resolver.eventDate(Sentences.flat("Police arrested five men .").sentence(), 1, 1, PUB),
                "2025-10-28", "day");
        assertDated(resolver.eventDate(Sentences.flat("Police have arrested five men .").sentence(), 2, 2, PUB),
                "2025-10-28", "day");
        assertDated(resolver.eventDate(Sentences.flat("Ministers will meet .").sentence(), 2, 2, PUB),
                "2025-10-28", "day");
        // "Police arrested militants who attack the forces.": a present relative clause
        Built b = Sentences.parsed("Police|NNS|2|nsubj", "arrested|VBD|0|root", "militants|NNS|2|obj",
                "who|WP|5|nsubj", "attack|VBP|3|acl:relcl", "the|DT|7|det", "forces|NNS|5|obj", ".|.|2|punct");
        assertDated(resolver.eventDate(b.sentence(), 4, 4, PUB), "2025-10-28", "day");
    }

    @Test
    void anExpressionStillWinsOverTheTense() {
        // "Troops had fired on Sunday."
        Built b = Sentences.parsed("Troops|NNS|3|nsubj", "had|VBD|3|aux", "fired|VBN|0|root", "on|IN|5|case",
                "Sunday|NNP|3|obl", ".|.|3|punct");
        EventDate d = resolver.eventDate(b.sentence(), 2, 2, PUB);
        assertDated(d, "2025-10-26", "day");
        assertEquals("date from 'Sunday'", d.basis());
    }

    @Test
    void theMainClauseDateDoesNotDateARelativeClause() {
        // "Pakistan, which attacked the posts, met envoys on Tuesday."
        Built b = Sentences.parsed("Pakistan|NNP|8|nsubj", ",|,|1|punct", "which|WDT|4|nsubj", "attacked|VBD|1|acl:relcl",
                "the|DT|6|det", "posts|NNS|4|obj", ",|,|1|punct", "met|VBD|0|root", "envoys|NNS|8|obj", "on|IN|11|case",
                "Tuesday|NNP|8|obl", ".|.|8|punct");
        assertNull(resolver.resolve(b.sentence(), 3, PUB));
        assertUndated(resolver.eventDate(b.sentence(), 3, 3, PUB), "past relative clause 'attacked'");
        assertDated(resolver.eventDate(b.sentence(), 7, 7, PUB), "2025-10-28", "day");
    }

    @Test
    void aDateOnTheEventNounDatesTheEvent() {
        // "Last week's truce collapsed on Tuesday.": the truce is last week's, the collapse Tuesday's
        Built b = Sentences.parsed("Last|JJ|2|amod", "week|NN|4|nmod:poss", "'s|POS|2|case", "truce|NN|5|nsubj",
                "collapsed|VBD|0|root", "on|IN|7|case", "Tuesday|NNP|5|obl", ".|.|5|punct");
        EventDate truce = resolver.eventDate(b.sentence(), 3, 4, PUB);
        assertDated(truce, "2025-10-20", "week");
        assertEquals("date from 'Last week'", truce.basis());
        assertDated(resolver.eventDate(b.sentence(), 4, 4, PUB), "2025-10-28", "day");
        // "Police arrested a man over Tuesday's attack.": the attack itself is Tuesday's
        Built c = Sentences.parsed("Police|NNS|2|nsubj", "arrested|VBD|0|root", "a|DT|4|det", "man|NN|2|obj",
                "on|IN|6|case", "Monday|NNP|2|obl", "over|IN|10|case", "Tuesday|NNP|10|nmod:poss", "'s|POS|8|case",
                "attack|NN|2|obl", ".|.|2|punct");
        assertEquals("Tuesday", resolver.resolve(c.sentence(), 9, PUB).text());
    }

    @Test
    void withoutAPublicationDateOnlyAbsoluteDatesResolve() {
        assertUndated(resolver.eventDate(Sentences.flat("Police arrested five men on Sunday .").sentence(), 1, 1, null),
                "no publication date");
        assertDated(resolver.eventDate(Sentences.flat("Police arrested five men on March 3 , 2024 .").sentence(), 1, 1,
                null), "2024-03-03", "day");
    }
}
