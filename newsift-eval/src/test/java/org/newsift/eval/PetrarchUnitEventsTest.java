package org.newsift.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PetrarchUnitEventsTest {
    // Fixture written for newsift: fictional records in the layout of PETRARCH2's unit-test file.
    private static final String XML = """
            <Sentences>
            <Sentence date="19990102" id="T-01" category="DEMO" sentence="true">
            <EventCoding sourcecode="QQQ" targetcode="ZZZGOV" eventcode="042"></EventCoding>
            <EventCoding sourcecode="---GOV" targetcode="QQQ" eventcode="041"></EventCoding>
            <EventCoding sourcecode='"THE WIDGET GUILD"' targetcode="QQQ" eventcode="010"></EventCoding>
            <EventCoding sourcecode="QQQ" targetcode="---" eventcode="020"></EventCoding>
            <EventCoding sourcecode="QQQ" targetcode="ZZZ" eventcode="905"></EventCoding>
            <EventCoding sourcecode="QQQ" targetcode="ZZZ" eventcode="345"></EventCoding>
            <Text>Qalandia will host talks with the Zorvian government.</Text>
            </Sentence>
            <Sentence date="19990102" id="T-02" category="ERROR" sentence="true">
            <EventCoding error="storydiscard"></EventCoding>
            <Text>Qalandia wins the cup.</Text>
            </Sentence>
            <Sentence date="19990102" id="T-03" category="DEMO" sentence="true">
            <EventCoding noevents="True"></EventCoding>
            <Text>Qalandia is a country.</Text>
            </Sentence>
            </Sentences>
            """;

    private static EventTriples.Triple t(String s, String t, String c) {
        return new EventTriples.Triple(s, t, c);
    }

    @Test
    void goldKeepsActorCodingsWithRealCodes() {
        List<PetrarchRecords.Record> r = PetrarchRecords.parse(XML);
        PetrarchUnitEvents.Gold g = PetrarchUnitEvents.gold(r.get(0));
        assertEquals(Set.of(t("QQQ", "ZZZGOV", "042"), t("GOV", "QQQ", "041")), g.kept());
        assertEquals(4, g.ignored().size());
        assertFalse(PetrarchUnitEvents.excluded(r.get(0)));
        assertTrue(PetrarchUnitEvents.excluded(r.get(1)));
        assertFalse(PetrarchUnitEvents.excluded(r.get(2)));
        assertTrue(PetrarchUnitEvents.gold(r.get(2)).kept().isEmpty());
    }

    @Test
    void ignoredAndTestOnlyPredictionsCountNeitherWay() {
        PetrarchUnitEvents.Gold g = PetrarchUnitEvents.gold(PetrarchRecords.parse(XML).get(0));
        Set<EventTriples.Triple> scored = PetrarchUnitEvents.scored(Set.of(t("QQQ", "ZZZGOV", "042"),
                t("QQQ", "ZZZ", "905"), t("QQQ", "ZZZ", "1717"), t("QQQ", "ZZZ", "190")), g);
        assertEquals(Set.of(t("QQQ", "ZZZGOV", "042"), t("QQQ", "ZZZ", "190")), scored);
        EventTriples.Score s = new EventTriples.Score().add(g.kept(), scored);
        assertEquals(1, s.tp());
        assertEquals(1, s.fp());
        assertEquals(1, s.fn());
    }

    @Test
    void testOnlyCodes() {
        for (String c : List.of("901", "915", "345", "1717", "1010", "174K", "174L", "802")) {
            assertTrue(PetrarchUnitEvents.isTestOnlyCode(c), c);
        }
        for (String c : List.of("042", "1011", "1711", "174", "080")) {
            assertFalse(PetrarchUnitEvents.isTestOnlyCode(c), c);
        }
    }
}
