package org.newsift.actors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of the lexicon that ships with newsift (the TSV files under org/newsift/actors). */
class BuiltInLexiconTest {

    /** ISO 3166-1 alpha-3 codes of the 193 UN member states. */
    private static final Set<String> UN_MEMBERS = Set.of(
            "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR", "BGD",
            "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR", "BFA", "BDI",
            "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG", "COD", "CRI", "CIV",
            "HRV", "CUB", "CYP", "CZE", "DNK", "DJI", "DMA", "DOM", "ECU", "EGY", "SLV", "GNQ", "ERI", "EST",
            "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO", "DEU", "GHA", "GRC", "GRD", "GTM", "GIN",
            "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND", "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM",
            "JPN", "JOR", "KAZ", "KEN", "KIR", "PRK", "KOR", "KWT", "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR",
            "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS", "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX",
            "FSM", "MDA", "MCO", "MNG", "MNE", "MAR", "MOZ", "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC",
            "NER", "NGA", "MKD", "NOR", "OMN", "PAK", "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT",
            "QAT", "ROU", "RUS", "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC",
            "SLE", "SGP", "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE",
            "SYR", "TJK", "TZA", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA", "UKR",
            "ARE", "GBR", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE");

    private static final String[] FILES = {"countries.tsv", "organizations.tsv", "groups.tsv", "institutions.tsv",
            "agents.tsv"};

    private static ActorLexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = ActorLexicon.builtIn(); // throws on any line that does not parse
    }

    @Test
    void unListHasAllMembers() {
        assertEquals(193, UN_MEMBERS.size());
    }

    @Test
    void everyUnMemberAndObserverIsACountry() {
        Set<String> countries = lexicon.entries().stream()
                .filter(e -> e.kind() == EntryKind.COUNTRY).map(LexiconEntry::code).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(UN_MEMBERS);
        missing.addAll(Set.of("VAT", "PSE"));
        missing.removeAll(countries);
        assertTrue(missing.isEmpty(), "countries missing from countries.tsv: " + missing);
    }

    @Test
    void everyUnMemberHasADemonymOrIsAKnownException() {
        Set<String> withDemonym = lexicon.entries().stream()
                .filter(e -> e.kind() == EntryKind.DEMONYM).map(LexiconEntry::code).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(UN_MEMBERS);
        missing.removeAll(withDemonym);
        // "Dominican" and "Congolese" go to the Dominican Republic and DR Congo.
        assertEquals(Set.of("DMA", "COG"), missing);
    }

    @Test
    void countryRowsUseTheirOwnCodeAsCountry() {
        for (LexiconEntry e : lexicon.entries()) {
            if (e.kind() == EntryKind.COUNTRY || e.kind() == EntryKind.DEMONYM) {
                assertEquals(e.code(), e.country(), e.origin());
            }
            if (e.kind() == EntryKind.CAPITAL) {
                assertEquals(e.country() + e.sector(), e.code(), e.origin());
            }
        }
    }

    @Test
    void capitalsAndMetonyms() {
        assertEntry("Islamabad", EntryKind.CAPITAL, "PAKGOV", "PAK", "GOV");
        assertEntry("Kremlin", EntryKind.CAPITAL, "RUSGOV", "RUS", "GOV");
        assertEntry("White House", EntryKind.CAPITAL, "USAGOV", "USA", "GOV");
        assertEntry("Downing Street", EntryKind.CAPITAL, "GBRGOV", "GBR", "GOV");
        assertEntry("Peking", EntryKind.CAPITAL, "CHNGOV", "CHN", "GOV");
        assertEntry("Jerusalem", EntryKind.CAPITAL, "ISRGOV", "ISR", "GOV");
        assertEntry("Pentagon", EntryKind.CAPITAL, "USAMIL", "USA", "MIL");
        assertNull(lexicon.lookup("Kingston"), "ambiguous capitals are left out");
        assertNull(lexicon.lookup("Victoria"), "ambiguous capitals are left out");
    }

    @Test
    void countriesAndDemonyms() {
        assertEntry("Pakistani", EntryKind.DEMONYM, "PAK", "PAK", null);
        assertEntry("Britons", EntryKind.DEMONYM, "GBR", "GBR", null);
        assertEntry("U.S.", EntryKind.COUNTRY, "USA", "USA", null);
        assertEntry("Soviet Union", EntryKind.COUNTRY, "RUS", "RUS", null);
        assertEntry("Burma", EntryKind.COUNTRY, "MMR", "MMR", null);
        assertEntry("Zaire", EntryKind.COUNTRY, "COD", "COD", null);
        assertEntry("Swaziland", EntryKind.COUNTRY, "SWZ", "SWZ", null);
        assertEntry("Türkiye", EntryKind.COUNTRY, "TUR", "TUR", null);
        assertEntry("Côte d'Ivoire", EntryKind.COUNTRY, "CIV", "CIV", null);
        assertEntry("west germany", EntryKind.COUNTRY, "DEU", "DEU", null);
        assertEntry("UAE", EntryKind.COUNTRY, "ARE", "ARE", null);
        assertEntry("Gaza", EntryKind.COUNTRY, "PSE", "PSE", null);
        assertEntry("Palestinians", EntryKind.DEMONYM, "PSE", "PSE", null);
        assertEntry("Kosovo", EntryKind.COUNTRY, "XKX", "XKX", null);
        assertEntry("Georgia", EntryKind.COUNTRY, "GEO", "GEO", null);
    }

    @Test
    void organisationsAndGroups() {
        assertEntry("United Nations", EntryKind.IGO, "IGOUNO", null, "IGO");
        assertEntry("NATO", EntryKind.IGO, "IGOWSTNAT", null, "IGO");
        assertEntry("World Health Organization", EntryKind.IGO, "IGOUNOWHO", null, "IGO");
        assertNull(lexicon.lookup("WHO"), "a capitalised 'Who' must not be an organisation");
        assertEntry("Amnesty International", EntryKind.GROUP, "NGOHRIAMN", null, "NGO");
        assertEntry("Taliban", EntryKind.GROUP, "AFGINSTAL", "AFG", "INS");
        assertEntry("TTP", EntryKind.GROUP, "PAKINSTTP", "PAK", "INS");
        assertEntry("Daesh", EntryKind.GROUP, "IMGINSISI", null, "INS");
        assertEntry("ISKP", EntryKind.GROUP, "AFGINSISK", "AFG", "INS");
        assertEntry("Houthis", EntryKind.GROUP, "YEMREBHTH", "YEM", "REB");
        assertEntry("Qassam Brigades", EntryKind.GROUP, "PSEINSHMS", "PSE", "INS");
        assertNull(lexicon.lookup("IS"), "a capitalised 'Is' must not be the Islamic State");
    }

    @Test
    void nationalInstitutions() {
        assertEntry("State Department", EntryKind.CAPITAL, "USAGOV", "USA", "GOV"); // countries.tsv, left there
        assertEntry("U.S. State Department", EntryKind.GROUP, "USAGOV", "USA", "GOV");
        assertEntry("Defense Department", EntryKind.GROUP, "USAGOV", "USA", "GOV");
        assertEntry("Justice Department", EntryKind.GROUP, "USAJUD", "USA", "JUD");
        assertEntry("FBI", EntryKind.GROUP, "USACOP", "USA", "COP");
        assertEntry("CIA", EntryKind.GROUP, "USASPY", "USA", "SPY");
        assertEntry("Federal Reserve", EntryKind.GROUP, "USAGOV", "USA", "GOV");
        assertEntry("SEC", EntryKind.GROUP, "USAGOV", "USA", "GOV");
        assertEntry("U.S. Senate", EntryKind.GROUP, "USALEG", "USA", "LEG");
        assertEntry("Bank of England", EntryKind.GROUP, "GBRGOV", "GBR", "GOV");
        assertEntry("MI6", EntryKind.GROUP, "GBRSPY", "GBR", "SPY");
        assertEntry("House of Commons", EntryKind.GROUP, "GBRLEG", "GBR", "LEG");
        assertEntry("FSB", EntryKind.GROUP, "RUSSPY", "RUS", "SPY");
        assertEntry("Gazprom", EntryKind.GROUP, "RUSBUS", "RUS", "BUS");
        assertEntry("People's Liberation Army", EntryKind.GROUP, "CHNMIL", "CHN", "MIL");
        assertEntry("People 's Liberation Army", EntryKind.GROUP, "CHNMIL", "CHN", "MIL");
        assertEntry("Chinese Communist Party", EntryKind.GROUP, "CHNPTY", "CHN", "PTY");
        assertEntry("IDF", EntryKind.GROUP, "ISRMIL", "ISR", "MIL");
        assertEntry("Mossad", EntryKind.GROUP, "ISRSPY", "ISR", "SPY");
        assertEntry("IRGC", EntryKind.GROUP, "IRNMIL", "IRN", "MIL");
        assertEntry("ISI", EntryKind.GROUP, "PAKSPY", "PAK", "SPY");
        assertEntry("ISPR", EntryKind.GROUP, "PAKMIL", "PAK", "MIL");
        assertEntry("Congress party", EntryKind.GROUP, "INDPTY", "IND", "PTY");
        assertEntry("Verkhovna Rada", EntryKind.GROUP, "UKRLEG", "UKR", "LEG");
        assertEntry("Bundestag", EntryKind.GROUP, "DEULEG", "DEU", "LEG");
        assertEntry("Aramco", EntryKind.GROUP, "SAUBUS", "SAU", "BUS");
        assertEntry("SAF", EntryKind.GROUP, "SDNMIL", "SDN", "MIL");
        assertEntry("KPA", EntryKind.GROUP, "PRKMIL", "PRK", "MIL");
        // names many states share stay role nouns, so a modifier gives the country
        assertEntry("congress", EntryKind.AGENT, "LEG", null, "LEG");
        assertEntry("Supreme Court", EntryKind.AGENT, "JUD", null, "JUD");
        assertEntry("National Assembly", EntryKind.AGENT, "LEG", null, "LEG");
        assertEntry("Foreign Office", EntryKind.AGENT, "GOV", null, "GOV");
        assertEntry("central bank", EntryKind.AGENT, "GOV", null, "GOV");
        assertEntry("Joint Chiefs of Staff", EntryKind.AGENT, "MIL", null, "MIL");
        // ordinary words and colliding acronyms are left out
        assertNull(lexicon.lookup("Diet"), "'Diet' is an ordinary word");
        assertNull(lexicon.lookup("RAW"), "'Raw' is an ordinary word");
        assertNull(lexicon.lookup("MIT"), "MIT is also a university");
        assertNull(lexicon.lookup("NSA"), "NSA is also a National Security Adviser");
        assertEquals("SYRREBSDF", lexicon.lookup("SDF").code(), "SDF stays the Syrian Democratic Forces");
        long rows = lexicon.entries().stream().filter(e -> e.origin().startsWith("institutions.tsv"))
                .map(LexiconEntry::origin).distinct().count();
        assertTrue(rows >= 150, "institution rows: " + rows);
    }

    @Test
    void groupCodesFollowTheScheme() {
        for (LexiconEntry e : lexicon.entries()) {
            if (e.kind() != EntryKind.GROUP) {
                continue;
            }
            if (e.origin().startsWith("institutions.tsv")) {
                // national institutions code as their state sector: country + sector, no group tag
                assertNotNull(e.country(), e.origin());
                assertEquals(e.country() + e.sector(), e.code(), e.origin());
                assertTrue(e.code().matches("[A-Z]{6}"), e.origin() + ": " + e.code());
                continue;
            }
            String prefix = e.country() != null ? e.country() : (e.sector().equals("NGO") ? "NGO" : "IMG");
            assertTrue(e.code().matches("[A-Z]{6}[A-Z0-9]{3}"), e.origin() + ": " + e.code());
            assertTrue(e.code().startsWith(prefix), e.origin() + ": " + e.code());
            if (!e.sector().equals("NGO")) {
                assertEquals(e.sector(), e.code().substring(3, 6), e.origin());
            }
        }
    }

    @Test
    void agentsAndSpeakers() {
        assertEntry("spokesman", EntryKind.SPEAKER, null, null, null);
        assertEntry("spokeswoman", EntryKind.SPEAKER, null, null, null);
        assertEntry("troops", EntryKind.AGENT, "MIL", null, "MIL");
        assertEntry("government", EntryKind.AGENT, "GOV", null, "GOV");
        assertEntry("police", EntryKind.AGENT, "COP", null, "COP");
        assertEntry("rebels", EntryKind.AGENT, "REB", null, "REB");
        assertEntry("militants", EntryKind.AGENT, "UAF", null, "UAF");
        assertEntry("protesters", EntryKind.AGENT, "OPP", null, "OPP");
        assertEntry("civilians", EntryKind.AGENT, "CVL", null, "CVL");
        assertNull(lexicon.lookup("general"), "'general' is too often an adjective");
        long agentNames = lexicon.entries().stream().filter(e -> e.kind() == EntryKind.AGENT)
                .mapToLong(e -> e.names().size()).sum();
        assertTrue(agentNames >= 150, "agent names: " + agentNames);
        for (LexiconEntry e : lexicon.entries()) {
            if (e.kind() == EntryKind.AGENT) {
                assertEquals(e.code(), e.sector(), e.origin());
                assertNull(e.country(), e.origin());
            }
        }
    }

    /** No surface form may appear in two built-in rows with different kinds or codes. */
    @Test
    void noNameHasTwoMeanings() throws IOException {
        Map<String, Set<String>> meanings = new TreeMap<>();
        for (String file : FILES) {
            for (String[] row : rows(file)) {
                for (String name : row[4].split("\\|")) {
                    String n = ActorLexicon.normalize(name);
                    if (!n.isEmpty()) {
                        meanings.computeIfAbsent(n, k -> new TreeSet<>()).add(row[0] + " " + row[1]);
                    }
                }
            }
        }
        List<String> clashes = new ArrayList<>();
        meanings.forEach((name, m) -> {
            if (m.size() > 1) {
                clashes.add(name + " -> " + m);
            }
        });
        assertTrue(clashes.isEmpty(), "names with more than one meaning: " + clashes);
    }

    @Test
    void filesKeepTheirHeader() throws IOException {
        for (String file : FILES) {
            try (BufferedReader r = reader(file)) {
                assertTrue(r.readLine().contains("written for the project"), file);
            }
        }
    }

    private static List<String[]> rows(String file) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = reader(file)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t", -1);
                    assertEquals(5, f.length, file + ": " + line);
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static BufferedReader reader(String file) {
        InputStream in = ActorLexicon.class.getResourceAsStream(file);
        assertNotNull(in, file);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static void assertEntry(String name, EntryKind kind, String code, String country, String sector) {
        LexiconEntry e = lexicon.lookup(name);
        assertNotNull(e, "no entry for " + name);
        assertEquals(kind, e.kind(), name);
        assertEquals(code, e.code(), name);
        assertEquals(country, e.country(), name);
        assertEquals(sector, e.sector(), name);
    }
}
