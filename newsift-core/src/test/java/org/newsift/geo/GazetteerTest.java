package org.newsift.geo;

import org.newsift.testing.ParsedSentences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsift.model.Location;
import org.newsift.nlp.Sentence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {
    private static final Gazetteer GZ = Gazetteer.builtIn();

    /** Names on capital rows of countries.tsv that are buildings or institutions, not places. */
    private static final Set<String> METONYMS = Set.of("Casa Rosada", "Planalto", "Zhongnanhai", "Casa de Nariño",
            "Casa de Narino", "Elysee", "Élysée", "Elysée", "Elysee Palace", "Élysée Palace", "Quai d'Orsay",
            "Knesset", "Palazzo Chigi", "Kremlin", "State Duma", "Duma", "Aso Rock", "Villa Somalia",
            "Union Buildings", "Moncloa", "Carthage Palace", "Downing Street", "Whitehall", "White House",
            "State Department", "Pentagon", "Capitol Hill", "La Moneda", "Los Pinos", "Malacañang", "Malacanang",
            "Miraflores");

    // ---- coverage -------------------------------------------------------------------------------

    @Test
    void everyCountryOfTheActorLexiconHasACountryRow() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String[] row : actorRows("country")) {
            Place p = GZ.country(row[1]);
            if (p == null || p.kind() != PlaceKind.COUNTRY) {
                missing.add(row[1]);
            }
        }
        assertTrue(missing.isEmpty(), "no country row for " + missing);
        assertTrue(actorRows("country").size() > 200);
    }

    @Test
    void everyCapitalOfTheActorLexiconResolvesToAPlaceInItsCountry() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String[] row : actorRows("capital")) {
            String country = row[2];
            for (String name : row[4].split("\\|")) {
                if (METONYMS.contains(name)) {
                    continue;
                }
                Place p = GZ.lookup(name);
                if (p == null || !country.equals(p.country()) || p.kind() == PlaceKind.COUNTRY) {
                    wrong.add(name + " (" + country + " -> " + p + ")");
                }
            }
        }
        assertTrue(wrong.isEmpty(), "capitals that do not resolve: " + wrong);
    }

    @Test
    void everyCountryHasACapitalRow() {
        List<String> without = new ArrayList<>();
        Set<String> cityStates = Set.of("HKG", "MAC", "SGP", "MCO", "VAT", "GIB");
        for (Place c : GZ.places()) {
            if (c.kind() == PlaceKind.COUNTRY && !cityStates.contains(c.country())
                    && GZ.places().stream().noneMatch(p -> p.kind() == PlaceKind.CAPITAL && c.country().equals(p.country()))) {
                without.add(c.country());
            }
        }
        assertTrue(without.isEmpty(), "countries without a capital row: " + without);
    }

    @Test
    void rowCountsByKind() {
        Map<PlaceKind, Integer> counts = new EnumMap<>(PlaceKind.class);
        GZ.places().forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
        assertTrue(counts.get(PlaceKind.COUNTRY) >= 220, counts.toString());
        assertTrue(counts.get(PlaceKind.CAPITAL) >= 200, counts.toString());
        assertTrue(counts.get(PlaceKind.CITY) >= 400, counts.toString());
        assertTrue(counts.get(PlaceKind.REGION) >= 100, counts.toString());
    }

    @Test
    void conflictNewsCitiesAndRegionsArePresent() {
        for (String name : List.of("Istanbul", "Doha", "Kandahar", "Peshawar", "Quetta", "Rafah", "Khan Younis",
                "Aleppo", "Mosul", "Kharkiv", "Odesa", "Mariupol", "Goma", "Khartoum", "Omdurman", "El Fasher",
                "Sanaa", "Aden", "Hodeidah", "Benghazi", "Tripoli", "Paktika", "Khyber Pakhtunkhwa", "Balochistan",
                "Donbas", "Donetsk", "Kherson", "Gaza Strip", "West Bank", "Darfur", "Tigray", "Idlib",
                "Kurdistan Region", "Crimea", "Kashmir", "Sinai")) {
            assertNotNull(GZ.lookup(name), name);
        }
    }

    // ---- coordinates ------------------------------------------------------------------------------

    @Test
    void coordinatesAreInRange() {
        for (Place p : GZ.places()) {
            assertTrue(p.lat() >= -90 && p.lat() <= 90, p.toString());
            assertTrue(p.lon() >= -180 && p.lon() <= 180, p.toString());
        }
    }

    @Test
    void knownCitiesAreWhereExpected() {
        near("Istanbul", 41.01, 28.98);
        near("Kabul", 34.53, 69.17);
        near("Washington", 38.91, -77.04);
        near("Nairobi", -1.29, 36.82);
        near("Buenos Aires", -34.60, -58.38);
        near("Sydney", -33.87, 151.21);
        near("Moscow", 55.76, 37.62);
        near("Mexico City", 19.43, -99.13);
    }

    @Test
    void placesLieNearTheirCountry() {
        // a cheap check against swapped signs: every place within 7,000 km of its country's point
        for (Place p : GZ.places()) {
            if (p.country() == null || p.kind() == PlaceKind.COUNTRY) {
                continue;
            }
            Place c = GZ.country(p.country());
            assertNotNull(c, "no country row for " + p);
            assertTrue(km(p, c) < 7000, p.name() + " is " + (int) km(p, c) + " km from " + c.name());
        }
    }

    private static void near(String name, double lat, double lon) {
        Place p = GZ.lookup(name);
        assertNotNull(p, name);
        assertTrue(Math.abs(p.lat() - lat) <= 1 && Math.abs(p.lon() - lon) <= 1, p.toString());
    }

    private static double km(Place a, Place b) {
        double la1 = Math.toRadians(a.lat());
        double la2 = Math.toRadians(b.lat());
        double h = Math.pow(Math.sin((la2 - la1) / 2), 2)
                + Math.cos(la1) * Math.cos(la2) * Math.pow(Math.sin(Math.toRadians(b.lon() - a.lon()) / 2), 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }

    // ---- lookup -----------------------------------------------------------------------------------

    @Test
    void lookupIsCaseAndAccentInsensitive() {
        Place civ = GZ.lookup("Côte d'Ivoire");
        assertEquals("CIV", civ.country());
        assertEquals(PlaceKind.COUNTRY, civ.kind());
        assertSame(civ, GZ.lookup("Cote d'Ivoire"));
        assertSame(civ, GZ.lookup("côte d’ivoire"));
        assertSame(civ, GZ.lookup("IVORY COAST"));
        assertSame(GZ.lookup("Bogotá"), GZ.lookup("bogota"));
        assertSame(GZ.lookup("São Paulo"), GZ.lookup("Sao Paulo"));
        assertSame(GZ.lookup("Chişinău"), GZ.lookup("Chisinau"));
        assertSame(GZ.lookup("Port-au-Prince"), GZ.lookup("port au prince"));
        assertSame(GZ.lookup("Kraków"), GZ.lookup("Krakow"));
        assertSame(GZ.lookup("Łódź"), GZ.lookup("Lodz"));
        assertEquals("TUR", GZ.lookup("Türkiye").country());
        assertNull(GZ.lookup("Atlantis"));
        assertNull(GZ.lookup(null));
    }

    @Test
    void ambiguousNamesFollowThePolicy() {
        Place tripoli = GZ.lookup("Tripoli");
        assertEquals("LBY", tripoli.country());
        assertEquals(PlaceKind.CAPITAL, tripoli.kind());
        List<Place> all = GZ.lookupAll("Tripoli");
        assertEquals(2, all.size());
        assertEquals("LBN", all.get(1).country());
        // a country's own name means the country
        assertEquals(PlaceKind.COUNTRY, GZ.lookup("Djibouti").kind());
        assertEquals("GEO", GZ.lookup("Georgia").country());
        // capital > city
        assertEquals("CRI", GZ.lookup("San Jose").country());
        // same kind: the row written first
        assertEquals("IND", GZ.lookup("Hyderabad").country());
        assertEquals("PAK", GZ.lookup("Punjab").country());
        // city > region
        assertEquals(PlaceKind.CITY, GZ.lookup("Donetsk").kind());
        assertEquals(PlaceKind.REGION, GZ.lookup("Donetsk region").kind());
        assertEquals(PlaceKind.REGION, GZ.lookup("Gaza").kind());
        assertNull(GZ.lookup("Kashmir").country());
    }

    // ---- match ------------------------------------------------------------------------------------

    @Test
    void matchFindsLongestNames() {
        Sentence s = ParsedSentences.sentence("Protesters|NNS|2|nsubj", "marched|VBD|0|root", "in|IN|5|case",
                "Rio|NNP|5|compound", "de|NNP|5|compound", "Janeiro|NNP|2|obl", "and|CC|9|cc", "New|NNP|9|compound",
                "York|NNP|6|conj", ".|.|2|punct");
        List<PlaceMatch> m = GZ.match(s);
        assertEquals(2, m.size());
        assertEquals("Rio de Janeiro", m.get(0).text());
        assertEquals(3, m.get(0).firstToken());
        assertEquals(5, m.get(0).lastToken());
        assertEquals("BRA", m.get(0).place().country());
        assertEquals("New York", m.get(1).text());
        assertEquals("USA", m.get(1).place().country());
    }

    @Test
    void matchToleratesHyphenSplits() {
        Sentence whole = ParsedSentences.sentence("Gangs|NNS|2|nsubj", "attacked|VBD|0|root", "Port-au-Prince|NNP|2|obj");
        assertEquals("HTI", GZ.match(whole).get(0).place().country());
        Sentence split = ParsedSentences.sentence("Gangs|NNS|2|nsubj", "attacked|VBD|0|root", "Port|NNP|2|obj",
                "-|HYPH|5|punct", "au|NNP|3|flat", "-|HYPH|7|punct", "Prince|NNP|3|flat");
        List<PlaceMatch> m = GZ.match(split);
        assertEquals(1, m.size());
        assertEquals(2, m.get(0).firstToken());
        assertEquals(6, m.get(0).lastToken());
        assertEquals("Port-au-Prince", m.get(0).text());
    }

    @Test
    void matchRequiresACapitalisedProperNoun() {
        Sentence s = ParsedSentences.sentence("They|PRP|2|nsubj", "had|VBD|0|root", "a|DT|5|det", "nice|JJ|5|amod",
                "time|NN|2|obj", "in|IN|8|case", "the|DT|8|det", "van|NN|2|obl");
        assertTrue(GZ.match(s).isEmpty());
        Sentence adjective = ParsedSentences.sentence("Nice|JJ|2|amod", "weather|NN|3|nsubj", "returned|VBD|0|root");
        assertTrue(GZ.match(adjective).isEmpty());
        Sentence pronoun = ParsedSentences.sentence("Let|VB|0|root", "us|PRP|1|obj", "go|VB|1|xcomp");
        assertTrue(GZ.match(pronoun).isEmpty());
    }

    @Test
    void matchDoesNotStartOrEndInsideAToken() {
        Sentence s = ParsedSentences.sentence("pro-Moscow|JJ|2|amod", "separatists|NNS|3|nsubj", "fought|VBD|0|root");
        assertTrue(GZ.match(s).isEmpty());
    }

    // ---- locate -----------------------------------------------------------------------------------

    @Test
    void talksInIstanbul() {
        Sentence s = ParsedSentences.sentence("Russian|JJ|4|amod", "and|CC|3|cc", "Ukrainian|JJ|1|conj",
                "delegations|NNS|5|nsubj", "held|VBD|0|root", "talks|NNS|5|obj", "in|IN|8|case",
                "Istanbul|NNP|5|obl|CITY", ".|.|5|punct");
        Location loc = GZ.locate(s, 4);
        assertEquals(new Location("Istanbul", "TUR", 41.01, 28.98), loc);
        // the nominal event itself, with the place attached to it
        Sentence nominal = ParsedSentences.sentence("Russian|JJ|4|amod", "and|CC|3|cc", "Ukrainian|JJ|1|conj",
                "delegations|NNS|5|nsubj", "held|VBD|0|root", "talks|NNS|5|obj", "in|IN|8|case",
                "Istanbul|NNP|6|nmod", ".|.|5|punct");
        assertEquals("Istanbul", GZ.locate(nominal, 5).name());
        // reached from the verb through its object
        assertEquals("Istanbul", GZ.locate(nominal, 4).name());
    }

    @Test
    void clashesNearKandahar() {
        Sentence s = ParsedSentences.sentence("Clashes|NNS|4|nsubj", "near|IN|3|case", "Kandahar|NNP|1|nmod",
                "killed|VBD|0|root", "five|CD|6|nummod", "soldiers|NNS|4|obj", ".|.|4|punct");
        Location loc = GZ.locate(s, 0);
        assertEquals("Kandahar", loc.name());
        assertEquals("AFG", loc.country());
        Sentence verb = ParsedSentences.sentence("Clashes|NNS|2|nsubj", "erupted|VBD|0|root", "near|IN|4|case",
                "Kandahar|NNP|2|obl", ".|.|2|punct");
        assertEquals("Kandahar", GZ.locate(verb, 1).name());
    }

    @Test
    void strikesInAfghanistansPaktikaProvince() {
        Sentence s = ParsedSentences.sentence("Drone|NN|2|compound", "strikes|NNS|8|nsubj", "in|IN|7|case",
                "Afghanistan|NNP|7|nmod:poss", "'s|POS|4|case", "Paktika|NNP|7|compound", "province|NN|2|nmod",
                "killed|VBD|0|root", "12|CD|10|nummod", "people|NNS|8|obj", ".|.|8|punct");
        PlaceMatch m = GZ.locateMatch(s, 1);
        assertEquals("Paktika province", m.text()); // the longer name on the row matches
        Location loc = GZ.locate(s, 1);
        assertEquals("Paktika", loc.name());
        assertEquals("AFG", loc.country());
        assertEquals(PlaceKind.REGION, GZ.lookup("Paktika").kind());
    }

    @Test
    void cityOfAleppoAndAVillageInPaktika() {
        Sentence city = ParsedSentences.sentence("Shelling|NN|2|nsubj", "continued|VBD|0|root", "in|IN|5|case",
                "the|DT|5|det", "city|NN|2|obl", "of|IN|7|case", "Aleppo|NNP|5|nmod");
        assertEquals("Aleppo", GZ.locate(city, 1).name());
        Sentence village = ParsedSentences.sentence("Gunmen|NNS|2|nsubj", "attacked|VBD|0|root", "a|DT|4|det",
                "school|NN|2|obj", "in|IN|7|case", "a|DT|7|det", "village|NN|2|obl", "in|IN|9|case",
                "Paktika|NNP|7|nmod");
        assertEquals("Paktika", GZ.locate(village, 1).name());
    }

    @Test
    void metInDohaOnTuesday() {
        Sentence s = ParsedSentences.sentence("The|DT|2|det", "ministers|NNS|3|nsubj", "met|VBD|0|root", "in|IN|5|case",
                "Doha|NNP|3|obl", "on|IN|7|case", "Tuesday|NNP|3|obl", ".|.|3|punct");
        Location loc = GZ.locate(s, 2);
        assertEquals("Doha", loc.name());
        assertEquals("QAT", loc.country());
        assertEquals(25.29, loc.lat(), 0.01);
        assertEquals(51.53, loc.lon(), 0.01);
    }

    @Test
    void noStatedPlaceGivesNull() {
        Sentence none = ParsedSentences.sentence("The|DT|2|det", "government|NN|3|nsubj", "raised|VBD|0|root",
                "taxes|NNS|3|obj", "on|IN|6|case", "Monday|NNP|3|obl", ".|.|3|punct");
        assertNull(GZ.locate(none, 2));
        // origin and goal are not where the event happened
        Sentence fromTo = ParsedSentences.sentence("The|DT|2|det", "envoy|NN|3|nsubj", "flew|VBD|0|root",
                "from|IN|5|case", "Kabul|NNP|3|obl", "to|IN|7|case", "Doha|NNP|3|obl", ".|.|3|punct");
        assertNull(GZ.locate(fromTo, 2));
        // a place that is an argument, not a location
        Sentence target = ParsedSentences.sentence("Russia|NNP|2|nsubj", "attacked|VBD|0|root", "Kharkiv|NNP|2|obj");
        assertNull(GZ.locate(target, 1));
        // a place attached to another predicate
        Sentence other = ParsedSentences.sentence("He|PRP|2|nsubj", "said|VBD|0|root", "in|IN|4|case", "Kabul|NNP|2|obl",
                "that|IN|7|mark", "talks|NNS|7|nsubj", "failed|VBD|2|ccomp");
        assertNull(GZ.locate(other, 6));
        assertEquals("Kabul", GZ.locate(other, 1).name());
        assertNull(GZ.locate(other, 99));
    }

    // ---- user file --------------------------------------------------------------------------------

    @Test
    void userFileOverridesAndExtends(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("places.tsv");
        Files.writeString(file, "# my places\n"
                + "Tripoli\tcity\tLBN\t34.44\t35.85\n"
                + "Springfield\tcity\tUSA\t39.80\t-89.64\n", StandardCharsets.UTF_8);
        Gazetteer user = Gazetteer.withUserFile(file);
        assertEquals("LBN", user.lookup("Tripoli").country());
        assertEquals(1, user.lookupAll("Tripoli").size());
        assertEquals("USA", user.lookup("springfield").country());
        assertEquals("AFG", user.lookup("Kabul").country());
        // the built-in gazetteer is unchanged
        assertEquals("LBY", GZ.lookup("Tripoli").country());
        assertNull(GZ.lookup("Springfield"));
        Sentence s = ParsedSentences.sentence("Fighting|NN|2|nsubj", "resumed|VBD|0|root", "in|IN|4|case", "Tripoli|NNP|2|obl");
        assertEquals("LBN", user.locate(s, 1).country());
        assertEquals("LBY", GZ.locate(s, 1).country());
    }

    @Test
    void badRowsAreReportedWithTheirLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.builder()
                .addTsv(new StringReader("Kabul\tcapital\tAFG\t34.53\n"), "mine.tsv"));
        assertTrue(e.getMessage().startsWith("mine.tsv:1:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.builder()
                .addTsv(new StringReader("X\tvillage\tAFG\t1\t1\n"), "mine.tsv"));
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.builder()
                .addTsv(new StringReader("X\tcity\tAF\t1\t1\n"), "mine.tsv"));
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.builder()
                .addTsv(new StringReader("X\tcity\tAFG\t91\t1\n"), "mine.tsv"));
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.builder()
                .addTsv(new StringReader("X\tcity\t\t1\t1\n"), "mine.tsv"));
    }

    @Test
    void builtInIsSharedAndImmutable() {
        assertSame(Gazetteer.builtIn(), Gazetteer.builtIn());
        assertThrows(UnsupportedOperationException.class, () -> GZ.places().clear());
        assertFalse(GZ.lookupAll("Kabul").isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> GZ.lookupAll("Kabul").clear());
    }

    private static List<String[]> actorRows(String kind) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = GazetteerTest.class.getResourceAsStream("/org/newsift/actors/countries.tsv")) {
            assertNotNull(in);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith(kind + "\t")) {
                    out.add(line.split("\t", -1));
                }
            }
        }
        return out;
    }
}
