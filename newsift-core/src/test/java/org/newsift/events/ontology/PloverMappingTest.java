package org.newsift.events.ontology;

import org.junit.jupiter.api.Test;
import org.newsift.model.Plover;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PloverMappingTest {

    private final PloverMapping plover = PloverMapping.builtIn();

    @Test
    void examples() {
        assertEquals("CONSULT", plover.type("043"));
        assertEquals("CONSULT", plover.type("046"));
        assertEquals("visit", plover.map("042").mode());
        assertEquals("phone", plover.map("041").mode());
        assertEquals("ACCUSE", plover.type("112"));
        assertEquals("ACCUSE", plover.type("111"));
        assertEquals("ACCUSE", plover.type("091"));
        assertEquals("investigate", plover.map("091").mode());

        Plover aerial = plover.map("195");
        assertEquals("ASSAULT", aerial.type());
        assertEquals("aerial", aerial.mode());
        assertEquals("drone", plover.map("1952").mode());
        assertEquals("aerial", plover.map("1951").mode());   // inherited from 195

        for (String c : List.of("120", "121", "1211", "124", "1246", "125", "129")) {
            assertEquals("REJECT", plover.type(c), c);
        }
        for (String c : List.of("130", "131", "1385", "138", "139")) {
            assertEquals("THREATEN", plover.type(c), c);
        }
        for (String c : List.of("140", "141", "1414", "143", "145")) {
            assertEquals("PROTEST", plover.type(c), c);
        }
        assertEquals("riot", plover.map("1451").mode());
        for (String c : List.of("160", "161", "162", "163", "166")) {
            assertEquals("SANCTION", plover.type(c), c);
        }
        for (String c : List.of("15", "150", "154")) {
            assertEquals("MOBILIZE", plover.type(c), c);
        }
        for (String c : List.of("170", "171", "172", "1724", "173", "174")) {
            assertEquals("COERCE", plover.type(c), c);
        }
        assertEquals("arrest", plover.map("173").mode());
        for (String c : List.of("180", "181", "182", "1823", "183", "186", "190", "193", "194", "196",
                "200", "202", "204", "2042")) {
            assertEquals("ASSAULT", plover.type(c), c);
        }
        for (String c : List.of("020", "0211", "026", "100", "1053", "108")) {
            assertEquals("REQUEST", plover.type(c), c);
        }
        for (String c : List.of("030", "0311", "036")) {
            assertEquals("AGREE", plover.type(c), c);
        }
        assertEquals("SUPPORT", plover.type("051"));
        assertEquals("COOPERATE", plover.type("061"));
        assertEquals(List.of("economic"), plover.map("061").context());
        assertEquals("AID", plover.type("073"));
        assertEquals("CONCEDE", plover.type("081"));

        // declaring a truce in CAMEO 0871 is coded as its material step: RETREAT, mode ceasefire
        Plover truce = plover.map("0871");
        assertEquals("RETREAT", truce.type());
        assertEquals("ceasefire", truce.mode());
        assertEquals("release", plover.map("0841").mode());
    }

    @Test
    void publicStatementsHaveNoPloverEvent() {
        assertNull(plover.map("01"));
        assertNull(plover.map("010"));
        assertNull(plover.map("012"));
        assertEquals("01", plover.matchingPrefix("012"));
    }

    @Test
    void everyBuiltInCodeIsCovered() {
        for (CameoCode c : CameoCodebook.builtIn().codes()) {
            assertNotNull(plover.matchingPrefix(c.code()), c.code());
            Plover p = plover.map(c.code());
            if (!c.root().equals("01")) {
                assertNotNull(p, c.code());
            }
            if (p != null) {
                assertTrue(PloverMapping.TYPES.contains(p.type()), c.code());
            }
        }
        // every listed prefix is a real CAMEO code
        for (String prefix : plover.prefixes()) {
            assertTrue(CameoCodebook.builtIn().contains(prefix), prefix);
        }
    }

    @Test
    void malformedInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> plover.map("x1"));
        assertThrows(IllegalArgumentException.class, () -> plover.map(null));
        assertThrows(IllegalArgumentException.class, () -> plover.map("21"));
        assertSame(PloverMapping.builtIn(), PloverMapping.builtIn());
        assertEquals(16, PloverMapping.TYPES.size());
    }

    @Test
    void malformedLinesNameFileAndLine() {
        assertError("p.tsv:2: unknown PLOVER type \"FIGHT\"", "01\t-\t-\t-\n19\tFIGHT\t-\t-\n");
        assertError("p.tsv:1: malformed CAMEO prefix", "1x\tASSAULT\t-\t-\n");
        assertError("p.tsv:1: expected 4", "19\tASSAULT\t-\n");
        assertError("p.tsv:2: duplicate", "19\tASSAULT\t-\t-\n19\tCOERCE\t-\t-\n");
        assertError("p.tsv:1: mode or context", "01\t-\tvisit\t-\n");
        assertError("p.tsv:1: empty context", "19\tASSAULT\t-\tmilitary,,cbrn\n");
        PloverMapping m = PloverMapping.load(CameoCodebookTest.in(
                "cameo_prefix\tplover_type\tmode\tcontext\n19\tASSAULT\t-\tmilitary, territory\n"), "p.tsv");
        Plover p = m.map("1951");
        assertNull(p.mode());
        assertEquals(List.of("military", "territory"), p.context());
        assertNull(m.map("18"));
        assertFalse(m.prefixes().isEmpty());
    }

    private static void assertError(String expectedStart, String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PloverMapping.load(CameoCodebookTest.in(text), "p.tsv"));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }
}
