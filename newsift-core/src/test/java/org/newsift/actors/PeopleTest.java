package org.newsift.actors;

import org.junit.jupiter.api.Test;
import org.newsift.model.Actor;
import org.newsift.testing.ParsedSentences;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** People of the built-in lexicon, coded by the period that holds on the article's date. Sentences written for the project. */
class PeopleTest {
    private static final ActorLexicon BUILT_IN = ActorLexicon.builtIn();
    private static final ActorResolver RESOLVER = new ActorResolver(BUILT_IN);

    private static List<Actor> resolve(ParsedSentences p, String date) {
        return resolve(RESOLVER, p, date);
    }

    private static List<Actor> resolve(ActorResolver resolver, ParsedSentences p, String date) {
        return resolver.resolve(p.text(), p.result(), date == null ? null : LocalDate.parse(date)).actors();
    }

    private static List<String> codes(List<Actor> actors) {
        return actors.stream().map(a -> a.name() + "=" + a.code()).toList();
    }

    /** "Trump met Putin." with both names tagged by the NER. */
    private static ParsedSentences trumpMetPutin() {
        return new ParsedSentences().add("Trump|NNP|2|nsubj|PERSON", "met|VBD|0|root", "Putin|NNP|2|obj|PERSON",
                ".|.|2|punct");
    }

    @Test
    void trumpIsACandidateIn2016PresidentIn2018AndFormerPresidentIn2022() {
        assertEquals(List.of("Donald Trump=USAELI", "Vladimir Putin=RUSGOV"), codes(resolve(trumpMetPutin(), "2016-10-30")));
        assertEquals(List.of("Donald Trump=USAGOV", "Vladimir Putin=RUSGOV"), codes(resolve(trumpMetPutin(), "2018-07-16")));
        assertEquals(List.of("Donald Trump=USAELI", "Vladimir Putin=RUSGOV"), codes(resolve(trumpMetPutin(), "2022-03-01")));
    }

    @Test
    void withoutADateTwoPeopleOfOneCountryAndTheCountryAreThreeActors() {
        // "Trump met Obama in America." with no article date: both are coded USA, and each stays himself
        ParsedSentences p = new ParsedSentences().add("Trump|NNP|2|nsubj|PERSON", "met|VBD|0|root",
                "Obama|NNP|2|obj|PERSON", "in|IN|5|case", "America|NNP|2|obl|LOCATION", ".|.|2|punct");
        assertEquals(List.of("Donald Trump=USA", "Barack Obama=USA", "United States=USA"), codes(resolve(p, null)));
    }

    @Test
    void putinIsTheGovernmentAsPresidentAndAsPrimeMinister() {
        ParsedSentences p = new ParsedSentences().add("Vladimir|NNP|2|compound|PERSON", "Putin|NNP|3|nsubj|PERSON",
                "spoke|VBD|0|root", ".|.|3|punct");
        assertEquals(List.of("Vladimir Putin=RUSGOV"), codes(resolve(p, "2000-06-01")));
        assertEquals(List.of("Vladimir Putin=RUSGOV"), codes(resolve(p, "2009-06-01")));
        assertEquals("RUSSPY", BUILT_IN.person("Vladimir Putin", LocalDate.of(1999, 1, 1)).code());
        assertNull(BUILT_IN.person("Vladimir Putin", LocalDate.of(1990, 1, 1)), "nobody before his first period");
    }

    @Test
    void presidentObamaIn2015() {
        List<Actor> actors = resolve(new ParsedSentences().add("President|NNP|2|compound", "Obama|NNP|3|nsubj|PERSON",
                "spoke|VBD|0|root"), "2015-05-01");
        assertEquals(List.of("Barack Obama=USAGOV"), codes(actors));
        assertEquals("President Obama", actors.get(0).mentions().get(0).text());
    }

    @Test
    void titleMakesASurnameThatTheNerMissedAPerson() {
        // "Mr. Putin" with Putin left untagged
        List<Actor> actors = resolve(new ParsedSentences().add("Mr.|NNP|2|compound", "Putin|NNP|3|nsubj",
                "spoke|VBD|0|root"), "2015-05-01");
        assertEquals(List.of("Vladimir Putin=RUSGOV"), codes(actors));
    }

    @Test
    void surnameAfterTheFullNameIsTheSamePerson() {
        List<Actor> actors = resolve(new ParsedSentences()
                .add("Hillary|NNP|2|compound|PERSON", "Clinton|NNP|3|nsubj|PERSON", "spoke|VBD|0|root", ".|.|3|punct")
                .add("Clinton|NNP|2|nsubj|PERSON", "left|VBD|0|root", ".|.|2|punct"), "2016-10-30");
        assertEquals(List.of("Hillary Clinton=USAELI"), codes(actors));
        assertEquals(List.of("Hillary Clinton", "Clinton"), actors.get(0).mentions().stream().map(m -> m.text()).toList());
    }

    @Test
    void aSurnameTwoPeopleShareIsLeftUncodedUnlessOneWasNamedOrGoverns() {
        ParsedSentences clinton = new ParsedSentences().add("Clinton|NNP|2|nsubj|PERSON", "spoke|VBD|0|root");
        // Bill and Hillary are both ELI in 2016: which one is meant the lexicon cannot tell
        assertNull(resolve(clinton, "2016-10-30").get(0).code());
        // in 2010 the secretary of state is the one in government
        assertEquals(List.of("Hillary Clinton=USAGOV"), codes(resolve(clinton, "2010-05-01")));
        ParsedSentences bush = new ParsedSentences().add("Bush|NNP|2|nsubj|PERSON", "spoke|VBD|0|root");
        assertEquals(List.of("George W. Bush=USAGOV"), codes(resolve(bush, "2003-03-20")));
        assertEquals(List.of("George H. W. Bush=USAGOV"), codes(resolve(bush, "1990-08-02")));
    }

    @Test
    void aSurnameTheNerTakesForAnOrganisationIsThePersonOnceNamedInFull() {
        ParsedSentences campaign = new ParsedSentences()
                .add("The|DT|3|det", "Trump|NNP|3|compound|ORGANIZATION", "campaign|NN|4|nsubj", "denied|VBD|0|root");
        List<Actor> actors = resolve(campaign, "2016-10-30");
        assertEquals(List.of("Trump=null"), codes(actors), "no full name before: the NER's organisation stays");
        actors = resolve(new ParsedSentences()
                .add("Donald|NNP|2|compound|PERSON", "Trump|NNP|3|nsubj|PERSON", "spoke|VBD|0|root", ".|.|3|punct")
                .add("The|DT|3|det", "Trump|NNP|3|compound|ORGANIZATION", "campaign|NN|4|nsubj", "denied|VBD|0|root"),
                "2016-10-30");
        assertEquals(List.of("Donald Trump=USAELI"), codes(actors));
        assertEquals(List.of("Donald Trump", "Trump"), actors.get(0).mentions().stream().map(m -> m.text()).toList());
    }

    @Test
    void someoneElseOfTheSameSurnameNamedBeforeKeepsTheSurname() {
        List<Actor> actors = resolve(new ParsedSentences()
                .add("Melania|NNP|2|compound|PERSON", "Trump|NNP|3|nsubj|PERSON", "spoke|VBD|0|root", ".|.|3|punct")
                .add("Trump|NNP|2|nsubj|PERSON", "smiled|VBD|0|root", ".|.|2|punct"), "2018-01-01");
        assertEquals(1, actors.size(), actors.toString());
        assertNull(actors.get(0).code());
        assertEquals("Melania Trump", actors.get(0).name());
    }

    @Test
    void twoPeopleWithTheSameCodeStayTwoActors() {
        List<Actor> actors = resolve(new ParsedSentences().add("Donald|NNP|2|compound|PERSON", "Trump|NNP|3|nsubj|PERSON",
                "attacked|VBD|0|root", "Hillary|NNP|5|compound|PERSON", "Clinton|NNP|3|obj|PERSON", ".|.|3|punct"),
                "2016-10-30");
        assertEquals(List.of("Donald Trump=USAELI", "Hillary Clinton=USAELI"), codes(actors));
    }

    @Test
    void aCountryInsideAPersonsNameIsNoCountry() {
        List<Actor> actors = resolve(new ParsedSentences().add("Jordan|NNP|2|compound|PERSON",
                "Peterson|NNP|3|nsubj|PERSON", "spoke|VBD|0|root"), "2024-06-01");
        assertEquals(1, actors.size(), actors.toString());
        assertNull(actors.get(0).code());
        assertEquals("Jordan Peterson", actors.get(0).name());
        // the NER also tags a sentence-initial article; that makes no longer name
        actors = resolve(new ParsedSentences().add("An|DT|2|det|PERSON", "Afghan|NNP|4|nsubj:pass|PERSON",
                "was|VBD|4|aux:pass", "shot|VBN|0|root"), "2024-06-01");
        assertEquals("AFG", actors.get(0).code(), actors.toString());
    }

    @Test
    void withoutADatePeopleAreCodedByCountryUnlessTheirCodeNeverChanged() {
        List<Actor> actors = resolve(new ParsedSentences().add("Trump|NNP|2|nsubj|PERSON", "met|VBD|0|root",
                "Lavrov|NNP|2|obj|PERSON", ".|.|2|punct"), null);
        assertEquals(List.of("Donald Trump=USA", "Sergei Lavrov=RUSGOV"), codes(actors));
        assertNull(actors.get(0).sector());
    }

    @Test
    void aUserFileOverridesTheBuiltInPeriods() throws IOException {
        ActorLexicon lexicon = BUILT_IN.toBuilder().addTsv(new StringReader(String.join("\n",
                "# always the government, in my corpus",
                "person\tUSAGOV\tUSA\tGOV\tDonald Trump|Donald J. Trump",
                "person\tGBROPP\tGBR\tOPP\tJane Example\t2016\t2017-06-30\tinvented leader")), "mine.tsv").build();
        ActorResolver resolver = new ActorResolver(lexicon);
        assertEquals(List.of("Donald Trump=USAGOV", "Vladimir Putin=RUSGOV"), codes(resolve(resolver, trumpMetPutin(), "2016-10-30")));
        assertEquals("GBROPP", lexicon.person("Jane Example", LocalDate.of(2016, 1, 1)).code());
        assertEquals("GBROPP", lexicon.person("Jane Example", LocalDate.of(2017, 6, 30)).code());
        assertNull(lexicon.person("Jane Example", LocalDate.of(2017, 7, 1)));
    }

    @Test
    void aBadDateIsAnErrorNamingFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActorLexicon.builder()
                .addTsv(new StringReader("# people\nperson\tUSAGOV\tUSA\tGOV\tJane Example\t2016-13-01\t\t"), "mine.tsv"));
        assertEquals("mine.tsv:2: 'from' date '2016-13-01' is not yyyy-MM-dd or yyyy", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ActorLexicon.builder()
                .addTsv(new StringReader("person\tUSAGOV\tUSA\tGOV\tJane Example\t2016\t2015"), "mine.tsv"));
        assertTrue(e.getMessage().startsWith("mine.tsv:1: period ends"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ActorLexicon.builder()
                .addTsv(new StringReader("country\tPAK\tPAK\t\tPakistan\t2016\t\t"), "mine.tsv"));
        assertTrue(e.getMessage().startsWith("mine.tsv:1: expected 5 tab-separated fields"), e.getMessage());
    }

    @Test
    void anIgoRowTakesItsPersonsCountryForTheSurname() {
        assertEquals(List.of("Ban"), BUILT_IN.surnames(BUILT_IN.person("Ban Ki-moon", LocalDate.of(2010, 1, 1))));
    }

    @Test
    void surnamesOfTheLexiconRows() {
        assertEquals(List.of("Trump"), People.surnames("Donald Trump", "USA"));
        assertEquals(List.of("al-Assad", "Assad"), People.surnames("Bashar al-Assad", "SYR"));
        assertEquals(List.of("bin Laden"), People.surnames("Osama bin Laden", null));
        assertEquals(List.of("Le Pen"), People.surnames("Marine Le Pen", "FRA"));
        assertEquals(List.of("Xi"), People.surnames("Xi Jinping", "CHN"));
        assertEquals(List.of("Erdoğan", "Erdogan"), People.surnames("Recep Tayyip Erdoğan", "TUR"));
        assertEquals(List.of("Carter"), People.surnames("Jimmy Carter Jr.", "USA"));
        assertEquals(List.of(), People.surnames("Charles III", "GBR"));
        assertEquals(List.of(), People.surnames("King Harald V", "NOR"), "a regnal numeral is no surname");
        assertEquals(List.of(), People.surnames("Juan Carlos I", "ESP"));
        assertEquals(List.of(), People.surnames("Aung San Suu Kyi", "MMR"), "Burmese names have no family name");
    }
}
