package org.newsift.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PetrarchRecordsTest {
    // Fixture written for newsift: fictional records in the layout of PETRARCH2's unit-test file.
    private static final String XML = """
            <Validation>
            <!-- header comment with a <Sentence date="1" id="FAKE"></Sentence> inside -->
            <Sentences>
            <Config option="require_dyad" value="false"></Config>
            <Sentence date="19990102" id="T-01" category="DEMO" sentence="true">
            <!-- a comment -->
            <EventCoding sourcecode="QQQ" targetcode="ZZZGOV" eventcode="042"></EventCoding>
            <EventCoding sourcecode='"THE WIDGET GUILD"' targetcode="---" eventcode="010"></EventCoding>
            <Text>
            Qalandia will host talks with the Zorvian
            government &amp; its allies.
            </Text>
            <Parse>(ROOT (S (NP (NNP Qalandia))))</Parse>
            </Sentence>
            <Sentence date = "20010203" id ="T-02"  category="ERROR" sentence="true">
            <EventCoding noevents = "True"></EventCoding>
            <Text>Nothing happens in Qalandia.</Text>
            </Sentence>
            <Sentence date="20010203" id="T-03" category="ERROR" sentence="true">
            <EventCoding error="dateline"></EventCoding>
            <Text>QALANDIA CITY: -- text</Text>
            </Sentence>
            </Sentences>
            </Validation>
            """;

    @Test
    void parsesRecords() {
        List<PetrarchRecords.Record> rs = PetrarchRecords.parse(XML);
        assertEquals(3, rs.size());
        PetrarchRecords.Record r = rs.get(0);
        assertEquals("T-01", r.id());
        assertEquals("1999-01-02", r.isoDate());
        assertEquals("DEMO", r.category());
        assertEquals("Qalandia will host talks with the Zorvian government & its allies.", r.text());
        assertEquals(List.of(new PetrarchRecords.Coding("QQQ", "ZZZGOV", "042"),
                new PetrarchRecords.Coding("\"THE WIDGET GUILD\"", "---", "010")), r.codings());
        assertFalse(r.noEvents());
        assertNull(r.error());
    }

    @Test
    void noEventsAndErrors() {
        List<PetrarchRecords.Record> rs = PetrarchRecords.parse(XML);
        assertEquals("T-02", rs.get(1).id());
        assertEquals("2001-02-03", rs.get(1).isoDate());
        assertTrue(rs.get(1).noEvents());
        assertTrue(rs.get(1).codings().isEmpty());
        assertEquals("dateline", rs.get(2).error());
    }

    @Test
    void placeholdersAreNotActorCodes() {
        assertTrue(PetrarchRecords.isActorCode("ZZZGOV"));
        assertTrue(PetrarchRecords.isActorCode("---GOV"));
        assertFalse(PetrarchRecords.isActorCode(""));
        assertFalse(PetrarchRecords.isActorCode("---"));
        assertFalse(PetrarchRecords.isActorCode("###"));
        assertFalse(PetrarchRecords.isActorCode("\"THE WIDGET GUILD\""));
    }

    @Test
    void countrylessAgentMatchesBareSector() {
        assertTrue(PetrarchUnitActors.matches("---GOV", Set.of("GOV")));
        assertTrue(PetrarchUnitActors.matches("QQQ", Set.of("QQQ", "ZZZ")));
        assertFalse(PetrarchUnitActors.matches("QQQGOV", Set.of("QQQ")));
    }
}
