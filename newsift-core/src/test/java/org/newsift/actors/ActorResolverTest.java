package org.newsift.actors;

import org.newsift.testing.ParsedSentences;
import org.junit.jupiter.api.Test;
import org.newsift.model.Actor;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorResolverTest {
    /** A small lexicon written for these tests. */
    private static final String LEXICON = String.join("\n",
            "country\tPAK\tPAK\t\tPakistan",
            "demonym\tPAK\tPAK\t\tPakistani|Pakistanis",
            "capital\tPAKGOV\tPAK\tGOV\tIslamabad",
            "country\tIND\tIND\t\tIndia",
            "group\tAFGINSTAL\tAFG\tINS\tTaliban",
            "group\tUSAPTY\tUSA\tPTY\tRepublican Party|GOP",
            "group\tUSAPTY\tUSA\tPTY\tDemocratic National Committee|DNC",
            "agent\tGOV\t\tGOV\tminister|foreign minister|government",
            "agent\tMIL\t\tMIL\ttroops",
            "agent\tNGO~\t\tNGO\tcharity",
            "speaker\t\t\t\tspokesman");

    private final ActorResolver resolver = new ActorResolver(lexicon());

    private static ActorLexicon lexicon() {
        try {
            return ActorLexicon.builder().addTsv(new StringReader(LEXICON), "test").build();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private List<Actor> resolve(ParsedSentences p) {
        return resolver.resolve(p.text(), p.result(), LocalDate.of(2025, 10, 28)).actors();
    }

    @Test
    void capitalAsSubjectIsTheGovernment() {
        List<Actor> actors = resolve(new ParsedSentences().add(
                "Islamabad|NNP|2|nsubj|CITY", "accused|VBD|0|root", "India|NNP|2|obj|COUNTRY", ".|.|2|punct"));
        assertEquals(List.of("PAKGOV", "IND"), actors.stream().map(Actor::code).toList());
        assertEquals("Pakistan government", actors.get(0).name());
        assertEquals("Islamabad", actors.get(0).mentions().get(0).text());
    }

    @Test
    void twoNamedOrganisationsOfOneCodeAreTwoActors() {
        // "The DNC criticized the GOP.": both USAPTY, and neither is the other
        List<Actor> actors = resolve(new ParsedSentences().add(
                "The|DT|2|det", "DNC|NNP|3|nsubj|ORGANIZATION", "criticized|VBD|0|root", "the|DT|5|det",
                "GOP|NNP|3|obj|ORGANIZATION", ".|.|3|punct"));
        assertEquals(List.of("Democratic National Committee=USAPTY", "Republican Party=USAPTY"),
                actors.stream().map(a -> a.name() + "=" + a.code()).toList());
    }

    @Test
    void capitalAfterLocativePrepositionIsOnlyAPlace() {
        List<Actor> actors = resolve(new ParsedSentences().add(
                "Talks|NNS|4|nsubj", "in|IN|3|case", "Islamabad|NNP|1|nmod|CITY", "ended|VBD|0|root"));
        assertTrue(actors.isEmpty(), actors.toString());
    }

    @Test
    void countryPossessiveWithRoleNounIsCountryPlusSector() {
        List<Actor> actors = resolve(new ParsedSentences().add(
                "Pakistan|NNP|4|nmod:poss|COUNTRY", "'s|POS|1|case", "foreign|JJ|4|amod", "minister|NN|5|nsubj",
                "spoke|VBD|0|root"));
        assertEquals(1, actors.size());
        assertEquals("PAKGOV", actors.get(0).code());
        assertEquals("GOV", actors.get(0).sector());
        assertEquals("Pakistan's foreign minister", actors.get(0).mentions().get(0).text());
    }

    @Test
    void demonymModifyingRoleNoun() {
        List<Actor> actors = resolve(new ParsedSentences().add(
                "Pakistani|JJ|2|amod|NATIONALITY", "troops|NNS|3|nsubj", "advanced|VBD|0|root"));
        assertEquals("PAKMIL", actors.get(0).code());
        assertEquals("Pakistan military", actors.get(0).name());
    }

    @Test
    void spokesmanSpeaksForHisOrganisationAndSurnameResolvesLater() {
        List<Actor> actors = resolve(new ParsedSentences()
                .add("Taliban|NNP|4|compound|ORGANIZATION", "spokesman|NN|4|compound", "Zabihullah|NNP|4|compound|PERSON",
                        "Mujahid|NNP|5|nsubj|PERSON", "spoke|VBD|0|root")
                .add("Mujahid|NNP|2|nsubj|PERSON", "denied|VBD|0|root", "it|PRP|2|obj"));
        assertEquals(1, actors.size(), actors.toString());
        Actor taliban = actors.get(0);
        assertEquals("AFGINSTAL", taliban.code());
        assertEquals(List.of("Taliban spokesman Zabihullah Mujahid", "Mujahid"),
                taliban.mentions().stream().map(m -> m.text()).toList());
    }

    @Test
    void roleWithoutCountryGetsPetrarchPlaceholder() {
        List<Actor> actors = resolve(new ParsedSentences().add("The|DT|2|det", "government|NN|3|nsubj", "fell|VBD|0|root"));
        assertEquals("---GOV", actors.get(0).code());
        assertNull(actors.get(0).country());
    }

    @Test
    void leadingRoleCodeGoesBeforeTheCountry() {
        List<Actor> actors = resolve(new ParsedSentences().add(
                "Pakistani|JJ|2|amod", "charity|NN|3|nsubj", "helped|VBD|0|root"));
        assertEquals("NGOPAK", actors.get(0).code());
    }

    @Test
    void conjoinedCountriesAreSeparateActorsAndUnknownPeopleStayUncoded() {
        List<Actor> actors = resolve(new ParsedSentences().add(
                "Pakistan|NNP|4|nsubj|COUNTRY", "and|CC|3|cc", "India|NNP|1|conj|COUNTRY", "met|VBD|0|root",
                "Jane|NNP|6|compound|PERSON", "Doe|NNP|4|obj|PERSON"));
        assertEquals(3, actors.size());
        assertEquals("PAK", actors.get(0).code());
        assertEquals("IND", actors.get(1).code());
        assertNull(actors.get(2).code());
        assertEquals("Jane Doe", actors.get(2).name());
    }

    @Test
    void mentionsOfTheSameCodeMergeIntoOneActor() {
        List<Actor> actors = resolve(new ParsedSentences()
                .add("Islamabad|NNP|2|nsubj|CITY", "protested|VBD|0|root")
                .add("The|DT|3|det", "Pakistani|JJ|3|amod", "government|NN|4|nsubj", "insisted|VBD|0|root"));
        assertEquals(1, actors.size());
        assertEquals(2, actors.get(0).mentions().size());
        assertEquals("A1", actors.get(0).id());
    }

    @Test
    void appositivePersonJoinsTheCodedActor() {
        List<Actor> actors = resolve(new ParsedSentences().add(
                "Pakistan|NNP|4|nmod:poss|COUNTRY", "'s|POS|1|case", "foreign|JJ|4|amod", "minister|NN|9|nsubj",
                ",|,|7|punct", "Ishaq|NNP|7|compound|PERSON", "Dar|NNP|4|appos|PERSON", ",|,|7|punct",
                "spoke|VBD|0|root").add("Dar|NNP|2|nsubj|PERSON", "left|VBD|0|root"));
        assertEquals(1, actors.size(), actors.toString());
        assertEquals(List.of("Pakistan's foreign minister", "Ishaq Dar", "Dar"),
                actors.get(0).mentions().stream().map(m -> m.text()).toList());
    }

    @Test
    void roleWordThatOnlyDescribesAThingIsNoActor() {
        List<Actor> actors = resolve(new ParsedSentences().add(
                "There|EX|2|expl", "is|VBZ|0|root", "no|DT|5|det", "troops|NNS|5|compound", "solution|NN|2|nsubj"));
        assertTrue(actors.isEmpty(), actors.toString());
    }

    @Test
    void capitalHangingOffANounByFromIsTheGovernment() {
        List<Actor> actors = resolve(new ParsedSentences().add(
                "promises|NNS|0|root", "from|IN|3|case", "Islamabad|NNP|1|nmod|CITY"));
        assertEquals("PAKGOV", actors.get(0).code());
    }

    @Test
    void pronounTaggedAsPersonIsNoActor() {
        List<Actor> actors = resolve(new ParsedSentences().add("his|PRP$|2|nmod:poss|PERSON", "country|NN|0|root"));
        assertTrue(actors.isEmpty(), actors.toString());
    }

    @Test
    void possessivePronounGivesARoleTheCountryTalkedAbout() {
        List<Actor> actors = resolve(new ParsedSentences()
                .add("Islamabad|NNP|2|nsubj|CITY", "protested|VBD|0|root", ".|.|2|punct")
                .add("Its|PRP$|2|nmod:poss", "troops|NNS|3|nsubj", "advanced|VBD|0|root"));
        assertEquals(List.of("PAKGOV", "PAKMIL"), actors.stream().map(Actor::code).toList());
        assertEquals("Its troops", actors.get(1).mentions().get(0).text());
    }
}
