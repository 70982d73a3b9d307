package org.newsift.actors.petrarch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsift.actors.ActorLexicon;
import org.newsift.actors.EntryKind;
import org.newsift.actors.LexiconEntry;
import org.newsift.assembly.NewsiftConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Format tests. Every fixture dictionary here was written for newsift's tests (invented names and
 * codes); none is taken from PETRARCH's or Phoenix's dictionaries.
 */
class PetrarchDictionariesTest {
    @TempDir
    Path tmp;

    private Path write(String name, String... lines) throws IOException {
        Path f = tmp.resolve(name);
        Files.write(f, List.of(lines), StandardCharsets.UTF_8);
        return f;
    }

    private ActorLexicon actors(PetrarchDictionaries.Matching m, String... lines) throws IOException {
        ActorLexicon.Builder b = ActorLexicon.builder();
        PetrarchDictionaries.loadActors(write("test.actors.txt", lines), b, m);
        return b.build();
    }

    private ActorLexicon actors(String... lines) throws IOException {
        return actors(PetrarchDictionaries.Matching.PETRARCH, lines);
    }

    private ActorLexicon agents(String... lines) throws IOException {
        ActorLexicon.Builder b = ActorLexicon.builder();
        PetrarchDictionaries.loadAgents(write("test.agents.txt", lines), b);
        return b.build();
    }

    @Test
    void namesCodesAndSynonyms() throws IOException {
        ActorLexicon lex = actors(
                "# written for newsift's tests",
                "QUORVANIA_  [QRV]",
                "+QUORVANIAN_",
                "+OLD_QUORVA",
                "",
                "ZEPHYR_LEAGUE [IGOZPL] # trailing comment",
                "BLUE FLAME BRIGADE [QRVREBBFB]",
                "TELLOS_ISLANDS [tls]");
        LexiconEntry q = lex.lookup("Quorvanian");
        assertEquals("QRV", q.code());
        assertEquals(EntryKind.COUNTRY, q.kind());
        assertEquals("QRV", q.country());
        assertEquals("QUORVANIA", q.name());
        assertEquals(List.of("QUORVANIA", "QUORVANIAN", "OLD QUORVA"), q.names());
        assertEquals("test.actors.txt:2", Path.of(q.origin()).getFileName().toString());
        assertFalse(q.prefix());

        LexiconEntry z = lex.lookup("zephyr league");
        assertEquals(EntryKind.IGO, z.kind());
        assertNull(z.country());

        LexiconEntry blue = lex.lookup("Blue Flame Brigade");
        assertEquals(EntryKind.GROUP, blue.kind());
        assertEquals("QRV", blue.country());
        assertEquals("REB", blue.sector());

        assertEquals("TLS", lex.lookup("Tellos Islands").code());
    }

    @Test
    void datedCodes() throws IOException {
        ActorLexicon lex = actors(
                "MARA_VELLIN_",
                "+PRESIDENT_VELLIN",
                "\t[QRVELI]",
                "\t[QRVGOV 20050301-20091231]",
                "\t[QRVOPP <050301]",
                "\t[QRVMIL > 20100101]",
                "DOVAN_KESS [QRVGOV 990101 - 030101] [QRVELI]",
                "OSRIC_PELL",
                "\t[QRVGOV 120101]");
        LexiconEntry m = lex.lookup("President Vellin");
        assertEquals("QRVELI", m.code());
        assertEquals(EntryKind.PERSON, m.kind());
        assertEquals(3, m.dated().size());
        assertEquals("QRVOPP", m.codeOn(LocalDate.of(2005, 2, 28)));
        assertEquals("QRVGOV", m.codeOn(LocalDate.of(2005, 3, 1)));
        assertEquals("QRVELI", m.codeOn(LocalDate.of(2009, 12, 31)));  // ranges end before their end date
        assertEquals("QRVMIL", m.codeOn(LocalDate.of(2010, 1, 1)));
        assertEquals("QRVELI", m.codeOn(null));

        LexiconEntry d = lex.lookup("Dovan Kess");
        assertEquals("QRVELI", d.code());
        assertEquals("QRVGOV", d.codeOn(LocalDate.of(2001, 6, 1)));
        assertEquals(LocalDate.of(1999, 1, 1), d.dated().get(0).from());

        LexiconEntry o = lex.lookup("Osric Pell");   // only a dated code: the undated code is '---'
        assertEquals("---", o.code());
        assertEquals("QRVGOV", o.codeOn(LocalDate.of(2013, 1, 1)));
        assertEquals("---", o.codeOn(LocalDate.of(2011, 1, 1)));
    }

    @Test
    void comments() throws IOException {
        ActorLexicon lex = actors(
                "<!-- one-line comment -->",
                "<!-- a block",
                "FAKE_ONE [AAA]",
                "   -->",
                "<! -- PETRARCH also skips any line that starts with <! -->",
                "#HIDDEN_ONE [BBB]",
                "VISIBLE_ONE [CCC] <!-- inline --> ",
                "NULL_CODED [---]");
        assertNull(lex.lookup("fake one"));
        assertNull(lex.lookup("hidden one"));
        assertEquals("CCC", lex.lookup("visible one").code());
        assertEquals("---", lex.lookup("null coded").code());
        assertEquals(EntryKind.GROUP, lex.lookup("null coded").kind());
    }

    @Test
    void prefixMatching() throws IOException {
        String[] dict = {"QUORVAN [QRV]", "TELLOS_ [TLS]", "+TELLIC", "HIGH_COUNCIL_OF_TELLOS_ [TLSGOV]"};
        ActorLexicon petrarch = actors(dict);
        assertFalse(petrarch.lookup("quorvan").prefix());     // PETRARCH2: whole words only

        ActorLexicon tabari = actors(PetrarchDictionaries.Matching.TABARI, dict);
        assertTrue(tabari.lookup("quorvan").prefix());         // stem
        assertFalse(tabari.lookup("tellos").prefix());         // trailing underscore: whole word
        assertTrue(tabari.lookup("tellic").prefix());          // synonym without underscore: stem
        assertEquals("TLS", tabari.lookup("tellic").code());
        assertFalse(tabari.lookup("high council of tellos").prefix());
    }

    @Test
    void agents() throws IOException {
        ActorLexicon lex = agents(
                "# agents written for newsift's tests",
                "!KEEPER! = WARDEN, WARDENS, KEEPER, KEEPERS",
                "LIGHTHOUSE!KEEPER! [~LHK]",
                "!KEEPER!_OF_THE_SEALS [~GOV]",
                "HARBOUR_MASTER [~GOV] # comment",
                "SPY {} [~SPY]",
                "GOOSEHERD {GEESEHERDS} [~AGR]",
                "TAX_AUTHORITY [~GOVTAX]",
                "WALRUS [~ENV]",
                "ENVOY [~GOV]",
                "RELIEF_AGENCY [  NGO~]",
                "LINE_WITHOUT_CODE");
        LexiconEntry hm = lex.lookup("harbour master");
        assertEquals(EntryKind.AGENT, hm.kind());
        assertEquals("GOV", hm.code());
        assertEquals("GOV", hm.sector());
        assertEquals("GOV", lex.lookup("harbour masters").code());    // regular plural
        assertEquals("GOV", lex.lookup("Harbour Masters").code());    // case-insensitive
        assertNotNull(lex.lookup("spy"));
        assertNull(lex.lookup("spys"));                               // {}: no plural
        assertEquals("AGR", lex.lookup("geeseherds").code());         // explicit plural
        assertNull(lex.lookup("gooseherds"));
        assertEquals("GOVTAX", lex.lookup("tax authorities").code()); // Y -> IES
        assertEquals("GOV", lex.lookup("tax authorities").sector());
        assertNotNull(lex.lookup("walruses"));                        // S -> ES
        assertNotNull(lex.lookup("envoys"));                          // vowel + Y -> S
        assertEquals("NGO~", lex.lookup("relief agency").code());     // code before the country
        assertEquals("NGO", lex.lookup("relief agencies").sector());
        assertEquals("LHK", lex.lookup("lighthousewardens").code());  // macros: no plural formed
        assertEquals("LHK", lex.lookup("lighthousekeeper").code());
        assertEquals(4, lex.lookup("lighthousekeeper").names().size());
        assertEquals("GOV", lex.lookup("keepers of the seals").code());
        assertNull(lex.lookup("line without code"));                  // skipped, as PETRARCH does
    }

    @Test
    void errorsNameFileAndLine() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> actors("GOOD_ONE [AAA]", "# comment", "BAD_ONE [BBB"));
        assertTrue(e.getMessage().endsWith("test.actors.txt:3: '[' is not closed with ']'"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));

        e = assertThrows(IllegalArgumentException.class, () -> actors("\t[AAA]", "LATER [BBB]"));
        assertTrue(e.getMessage().endsWith("test.actors.txt:1: code '[AAA]' has no actor before it"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> actors("+ORPHAN"));
        assertTrue(e.getMessage().contains("test.actors.txt:1: synonym"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> actors("DATED", "  [AAAGOV 991340-000101]"));
        assertTrue(e.getMessage().endsWith("test.actors.txt:2: '991340' is not a valid date"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> actors("EMPTY []"));
        assertTrue(e.getMessage().contains("test.actors.txt:1: empty code"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> agents("ENVOY [GOV]"));
        assertTrue(e.getMessage().endsWith("test.agents.txt:1: agent code 'GOV' needs one '~', before (~GOV) or after (NGO~) the code"),
                e.getMessage());
    }

    @Test
    void directoryAndConfig() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("dicts"));
        Files.write(dir.resolve("Mine.actors.txt"), List.of("QUORVANIA_ [QRV]", "ENVOY_CORPS [QRVGOV]"));
        Files.write(dir.resolve("Mine.agents.txt"), List.of("ENVOY [~GOV]"));
        Files.write(dir.resolve("Mine.verbs.txt"), List.of("this is not read"));
        NewsiftConfig cfg = new NewsiftConfig(false, List.of(dir), List.of(), List.of());
        ActorLexicon lex = cfg.actorLexicon();
        assertEquals("QRV", lex.lookup("Quorvania").code());
        assertEquals(EntryKind.AGENT, lex.lookup("envoys").kind());

        // user TSV files still override dictionaries
        Path tsv = Files.write(tmp.resolve("user.tsv"), List.of("group\tQRVREB\tQRV\tREB\tQuorvania"));
        ActorLexicon over = new NewsiftConfig(false, List.of(dir), List.of(tsv), List.of()).actorLexicon();
        assertEquals("QRVREB", over.lookup("Quorvania").code());

        Path empty = Files.createDirectory(tmp.resolve("empty"));
        assertThrows(IllegalArgumentException.class, () -> PetrarchDictionaries.load(empty, ActorLexicon.builder()));
    }
}
