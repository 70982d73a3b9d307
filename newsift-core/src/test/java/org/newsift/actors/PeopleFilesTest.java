package org.newsift.actors;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of the people files that ship with newsift (org/newsift/actors/people). */
class PeopleFilesTest {
    private static final String[] FILES = {"g20.tsv", "igo-groups.tsv", "africa.tsv", "americas.tsv",
            "asia-pacific.tsv", "europe.tsv", "middle-east.tsv"};
    private static final ActorLexicon LEXICON = ActorLexicon.builtIn();

    private static List<LexiconEntry> rows() {
        return LEXICON.entries().stream().filter(LexiconEntry::periodsOnly).toList();
    }

    @Test
    void everyFileIsThereWithItsHeader() throws IOException {
        for (String file : FILES) {
            InputStream in = ActorLexicon.class.getResourceAsStream("people/" + file);
            assertNotNull(in, file);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                assertTrue(r.readLine().contains("written for the project"), file);
            }
        }
    }

    @Test
    void codesAgreeWithCountryAndSector() {
        for (LexiconEntry e : rows()) {
            String where = e.origin() + " " + e.name();
            if (e.country() == null) {
                assertTrue(e.code().startsWith("IGO") || e.code().startsWith("IMG"), where);
            } else {
                assertTrue(e.code().startsWith(e.country()), where);
                assertEquals(e.sector(), e.code().substring(3, 6), where);
            }
            DatedCode period = e.dated().get(0);
            assertNotNull(period.from(), where + ": built-in periods have a start");
            assertTrue(period.from().isAfter(LocalDate.of(1899, 12, 31)), where);
        }
    }

    /** Two people who share a name must not both hold it on one day, or the name would be left uncoded. */
    @Test
    void noNameNamesTwoPeopleOnTheSameDay() {
        Map<String, List<LexiconEntry>> byForm = new TreeMap<>();
        for (LexiconEntry e : rows()) {
            e.names().stream().map(ActorLexicon::normalize).distinct()
                    .forEach(n -> byForm.computeIfAbsent(n, k -> new ArrayList<>()).add(e));
        }
        List<String> clashes = new ArrayList<>();
        byForm.forEach((form, rows) -> {
            for (LexiconEntry a : rows) {
                for (LexiconEntry b : rows) {
                    if (a.name().compareTo(b.name()) < 0 && overlap(a.dated().get(0), b.dated().get(0))) {
                        clashes.add(form + ": " + a.origin() + " / " + b.origin());
                    }
                }
            }
        });
        assertTrue(clashes.isEmpty(), "names held by two people at once: " + clashes);
    }

    @Test
    void rowsOfOnePersonDoNotOverlap() {
        Map<String, List<LexiconEntry>> byPerson = rows().stream().collect(Collectors.groupingBy(LexiconEntry::name));
        TreeSet<String> overlapping = new TreeSet<>();
        byPerson.forEach((name, rows) -> {
            for (int i = 0; i < rows.size(); i++) {
                for (int j = i + 1; j < rows.size(); j++) {
                    DatedCode a = rows.get(i).dated().get(0);
                    DatedCode b = rows.get(j).dated().get(0);
                    // a handover day may be shared (inauguration at noon); more than that is a mistake
                    if (overlap(a, b) && !sharesOnlyOneDay(a, b) && !a.code().equals(b.code())) {
                        overlapping.add(rows.get(i).origin() + " / " + rows.get(j).origin());
                    }
                }
            }
        });
        assertTrue(overlapping.isEmpty(), "rows of one person with two codes at once: " + overlapping);
    }

    private static boolean overlap(DatedCode a, DatedCode b) {
        return !end(a).isBefore(b.from()) && !end(b).isBefore(a.from());
    }

    private static boolean sharesOnlyOneDay(DatedCode a, DatedCode b) {
        return end(a).equals(b.from()) || end(b).equals(a.from());
    }

    private static LocalDate end(DatedCode d) {
        return d.to() == null ? LocalDate.MAX : d.to();
    }
}
