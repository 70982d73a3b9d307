package org.newsift.actors.petrarch;

import org.junit.jupiter.api.Test;
import org.newsift.actors.ActorLexicon;
import org.newsift.actors.EntryKind;
import org.newsift.actors.LexiconEntry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reads the real PETRARCH2 dictionaries from the shared data folder (never copied into the repo).
 * Skipped when the folder is absent.
 */
class SharedPetrarchDictionariesTest {

    private static Path dir() {
        String prop = System.getProperty("newsift.shared");
        Path shared = prop != null ? Path.of(prop) : Path.of("..", "shared", "data");
        if (!Files.isDirectory(shared)) {
            shared = Path.of("..", "..", "shared", "data");   // run from the module directory
        }
        Path d = shared.resolve("events").resolve("petrarch2");
        assumeTrue(Files.isDirectory(d), "shared PETRARCH2 dictionaries " + d.toAbsolutePath() + " absent: skipping");
        return d;
    }

    private static Path file(String name) {
        Path f = dir().resolve(name);
        assumeTrue(Files.isRegularFile(f), f + " absent: skipping");
        return f;
    }

    @Test
    void validationActors() throws Exception {
        ActorLexicon.Builder b = ActorLexicon.builder();
        int n = PetrarchDictionaries.loadActors(file("PETR.Validate.actors.txt"), b);
        ActorLexicon lex = b.build();
        assertTrue(n > 100 && n < 300, "entries: " + n);

        LexiconEntry arnor = lex.lookup("Arnor");
        assertNotNull(arnor);
        assertEquals("ARN", arnor.code());
        assertEquals(EntryKind.COUNTRY, arnor.kind());

        // synonyms
        assertEquals("GON", lex.lookup("Minas Tirith").code());
        assertEquals("DNK", lex.lookup("danish").code());
        // a later entry with the same name wins, as in the builder
        assertEquals("PAL", lex.lookup("Palestinian").code());

        // dated codes: Sam Gamgee
        LexiconEntry sam = lex.lookup("Sam Gamgee");
        assertEquals("HOB", sam.code());
        assertEquals(5, sam.dated().size());
        assertEquals("HOBCIV", sam.codeOn(LocalDate.of(2007, 1, 1)));
        assertEquals("ORCHOB", sam.codeOn(LocalDate.of(2010, 1, 10)));
        assertEquals("HOBMIL", sam.codeOn(LocalDate.of(2011, 1, 1)));
        assertEquals("HOBGOV", sam.codeOn(LocalDate.of(2012, 11, 9)));
        assertEquals("HOBELI", sam.codeOn(LocalDate.of(2014, 1, 1)));

        // Gollum: only dated codes, code on a separate line after synonyms, spaced range
        LexiconEntry gollum = lex.lookup("Smeagol");
        assertEquals("---", gollum.code());
        assertEquals(3, gollum.dated().size());
        assertEquals("HOBGOV", gollum.codeOn(LocalDate.of(1997, 1, 1)));
        assertEquals("HOBREB", gollum.codeOn(LocalDate.of(2005, 1, 1)));

        // code on the next line; trailing underscore name with a synonym before the code
        assertEquals("ENT", lex.lookup("Ent").code());
        assertEquals("IGOCOPITP", lex.lookup("Interpol").code());
        assertEquals(EntryKind.IGO, lex.lookup("Interpol").kind());
        assertEquals("---", lex.lookup("Boromir").code());
        // commented-out entry
        assertNull(lex.lookup("Nasgul"));
    }

    @Test
    void validationAgents() throws Exception {
        ActorLexicon.Builder b = ActorLexicon.builder();
        int n = PetrarchDictionaries.loadAgents(file("PETR.Validate.agents.txt"), b);
        ActorLexicon lex = b.build();
        assertTrue(n > 80 && n < 150, "entries: " + n);
        LexiconEntry gov = lex.lookup("government");
        assertEquals(EntryKind.AGENT, gov.kind());
        assertEquals("GOV", gov.code());
        assertEquals("GOV", lex.lookup("governments").code());
        assertEquals("GGS", lex.lookup("golden geese").code());
        assertEquals("GOV", lex.lookup("attorneys general").code());
        assertNull(lex.lookup("medias"));                       // {} : no plural
        assertEquals("LEG", lex.lookup("congresses").code());   // S -> ES
        assertEquals("LEG", lex.lookup("congresswomen").code()); // !PERSON!
        assertEquals("GOV", lex.lookup("ministries of silly walks").code()); // !MINST!
        assertEquals("NGO~", lex.lookup("human rights body").code());
        assertEquals("NGO", lex.lookup("human rights body").sector());
        assertEquals("COP", lex.lookup("police").code());        // [ ~COP]
        assertNull(lex.lookup("journalists' union"));            // commented out
    }

    @Test
    void phoenixDictionariesLoad() throws Exception {
        Path d = dir();
        ActorLexicon.Builder b = ActorLexicon.builder();
        int countries = PetrarchDictionaries.loadActors(file("Phoenix.Countries.actors.txt"), b);
        int international = PetrarchDictionaries.loadActors(file("Phoenix.International.actors.txt"), b);
        int milNonState = PetrarchDictionaries.loadActors(file("Phoenix.MilNonState.actors.txt"), b);
        int agents = PetrarchDictionaries.loadAgents(file("Phoenix.agents.txt"), b);
        ActorLexicon lex = b.build();
        System.out.printf("Phoenix: countries=%d international=%d milnonstate=%d agents=%d%n",
                countries, international, milNonState, agents);
        assertTrue(countries > 5_000 && countries < 50_000, "countries " + countries);
        assertTrue(international > 1_000 && international < 10_000, "international " + international);
        assertTrue(milNonState > 200 && milNonState < 2_000, "milnonstate " + milNonState);
        assertTrue(agents > 500 && agents < 5_000, "agents " + agents);

        assertEquals("AFG", lex.lookup("Afghanistan").code());
        assertEquals(EntryKind.COUNTRY, lex.lookup("Kabul").kind());
        assertEquals("IGOUNO", lex.lookup("United Nations").code());
        assertFalse(lex.lookup("Ban Ki-moon").dated().isEmpty());
        assertEquals("IGOUNO", lex.lookup("Ban Ki-moon").codeOn(LocalDate.of(2010, 1, 1)));

        // the whole directory, as `newsift analyze --dictionary DIR` reads it
        ActorLexicon.Builder all = ActorLexicon.builder();
        PetrarchDictionaries.load(d, all);
        assertNotNull(all.build().lookup("Arnor"));
    }
}
