package org.newsift.events.ontology;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CameoCodebookTest {

    private final CameoCodebook book = CameoCodebook.builtIn();

    @Test
    void everyRootIsPresentAndInOrder() {
        assertEquals(20, book.roots().size());
        for (int r = 1; r <= 20; r++) {
            String root = String.format("%02d", r);
            assertEquals(root, book.roots().get(r - 1).code());
            assertTrue(book.contains(root), root);
            assertFalse(book.children(root).isEmpty(), "root " + root + " has no children");
        }
    }

    @Test
    void structure() {
        assertTrue(book.size() > 280 && book.size() < 330, "codes: " + book.size());
        Set<String> seen = new HashSet<>();
        for (CameoCode c : book.codes()) {
            assertTrue(seen.add(c.code()), "duplicate " + c.code());
            assertTrue(book.contains(c.root()), "root of " + c.code());
            if (!c.isRoot()) {
                assertTrue(book.contains(c.parent()), "parent of " + c.code());
            }
            assertEquals(CameoCodebook.quadClassOfRoot(c.root()), c.quadClass(), "quad class of " + c.code());
            assertTrue(c.goldstein() >= -10 && c.goldstein() <= 10, "Goldstein of " + c.code());
            assertFalse(c.name().isBlank());
        }
        // cooperative roots score at or above zero on average, conflictual ones below
        for (CameoCode root : book.roots()) {
            if (root.quadClass() <= 2) {
                assertTrue(root.goldstein() >= 0, root.toString());
            } else {
                assertTrue(root.goldstein() < 0, root.toString());
            }
        }
    }

    @Test
    void knownCodes() {
        assertEquals("Make a visit", book.require("042").name());
        assertEquals("Accuse", book.require("112").name());
        assertEquals("Use conventional military force", book.require("190").name());
        assertEquals("Employ aerial weapons", book.require("195").name());
        assertEquals("Express intent to meet or negotiate", book.require("036").name());
        assertEquals("Make public statement", book.require("01").name());
        assertEquals("Accuse of aggression", book.require("1123").name());

        CameoCode visit = book.lookup("042");
        assertEquals(1.9, visit.goldstein(), 1e-9);
        assertEquals(CameoCode.VERBAL_COOPERATION, visit.quadClass());
        CameoCode aerial = book.lookup("195");
        assertEquals(-10.0, aerial.goldstein(), 1e-9);
        assertEquals(CameoCode.MATERIAL_CONFLICT, aerial.quadClass());
        assertEquals(CameoCode.MATERIAL_COOPERATION, book.lookup("073").quadClass());
        assertEquals(CameoCode.VERBAL_CONFLICT, book.lookup("112").quadClass());
        assertEquals("19", aerial.root());
        assertEquals("19", aerial.parent());
        assertEquals("195", book.lookup("1951").parent());
    }

    @Test
    void unknownCodesFallBackToNearestAncestor() {
        assertEquals("195", book.lookup("1959").code());
        assertEquals("19", book.lookup("199").code());
        assertEquals("19", book.lookup("1999").code());
        assertNull(book.exact("1959"));
        assertFalse(book.contains("1959"));
        assertThrows(IllegalArgumentException.class, () -> book.require("1959"));
    }

    @Test
    void roots() {
        assertEquals("19", CameoCodebook.root("1951"));
        assertEquals("01", CameoCodebook.root("010"));
        assertEquals(1, CameoCodebook.quadClassOfRoot("05"));
        assertEquals(2, CameoCodebook.quadClassOfRoot("06"));
        assertEquals(2, CameoCodebook.quadClassOfRoot("08"));
        assertEquals(3, CameoCodebook.quadClassOfRoot("09"));
        assertEquals(3, CameoCodebook.quadClassOfRoot("13"));
        assertEquals(4, CameoCodebook.quadClassOfRoot("14"));
        assertEquals(4, CameoCodebook.quadClassOfRoot("20"));
    }

    @Test
    void malformedCodesAreRejected() {
        for (String bad : new String[] {null, "", "1", "12345", "21", "00", "9a", " 19", "345"}) {
            assertThrows(IllegalArgumentException.class, () -> book.lookup(bad), String.valueOf(bad));
            assertFalse(CameoCodebook.isWellFormed(bad), String.valueOf(bad));
        }
    }

    @Test
    void builtInIsLoadedOnce() {
        assertSame(CameoCodebook.builtIn(), CameoCodebook.builtIn());
        assertThrows(UnsupportedOperationException.class, () -> book.codes().clear());
        assertThrows(UnsupportedOperationException.class, () -> book.roots().clear());
    }

    @Test
    void malformedLinesNameFileAndLine() {
        assertError("x.tsv:3:", "# c\ncode\tname\tgoldstein\tquad_class\n01\tStatement\tzero\t1\n");
        assertError("x.tsv:2:", "01\tStatement\t0\t1\n02\tAppeal\t3\n");
        assertError("x.tsv:2: CAMEO 02: quad class 3", "01\tStatement\t0\t1\n02\tAppeal\t3\t3\n");
        assertError("x.tsv:2: duplicate", "01\tStatement\t0\t1\n01\tAgain\t0\t1\n");
        assertError("x.tsv:1: CAMEO 010: parent 01 missing", "010\tStatement\t0\t1\n");
        assertError("x.tsv:1: CAMEO 01: Goldstein 11.0", "01\tStatement\t11\t1\n");
        assertError("x.tsv:1: malformed CAMEO code", "1A\tStatement\t0\t1\n");
        assertError("x.tsv:1: empty field 2", "01\t\t0\t1\n");
        CameoCodebook ok = CameoCodebook.load(in("01\tStatement\t0\t1\n010\tOther\t0\t1\n"), "x.tsv");
        assertEquals(2, ok.size());
        assertNotNull(ok.lookup("0109"));
    }

    private static void assertError(String expectedStart, String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CameoCodebook.load(in(text), "x.tsv"));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    static ByteArrayInputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
