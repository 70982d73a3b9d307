package org.newsift.output;

import org.junit.jupiter.api.Test;
import org.newsift.model.Analysis;
import org.newsift.model.Rhetoric;
import org.newsift.model.Event;
import org.newsift.model.Summary;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrettyReportTest {
    private static final Analysis EXAMPLE = ExampleAnalysis.build();

    private static Event event(String id) {
        return EXAMPLE.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void eventLineHasSourceCodeTypeTargetWhereWhenAndEvidence() {
        assertEquals("TUR + QATGOV —045/CONSULT→ PAKGOV + AFGGOV (Doha, 2026-03-08): DOHA, March 8 (Newsift Wire)"
                        + " - Pakistani and Afghan officials met in Doha on Sunday for talks mediated by Turkey and Qatar,"
                        + " days after deadly clashes along their shared border.",
                PrettyReport.eventLine(EXAMPLE, event("E2")));
        assertEquals("QATGOV —02/REQUEST→ PAKGOV + AFGGOV (2026-03-08): Qatar's foreign ministry welcomed the meeting"
                        + " with a handshake emoji 🤝 on X and urged both sides to show restraint.",
                PrettyReport.eventLine(EXAMPLE, event("E3")));
    }

    @Test
    void eventLineLeavesOutWhatIsUnknownAndFlagsModality() {
        assertEquals("AFGGOV —112/ACCUSE→ PAKGOV: The Taliban government accused Islamabad of violating Afghan"
                        + " airspace and said it would not accept any deal that ignored Afghan sovereignty.",
                PrettyReport.eventLine(EXAMPLE, event("E4")));
        assertEquals("AFGGOV —12/REJECT→ ?: The Taliban government accused Islamabad of violating Afghan"
                        + " airspace and said it would not accept any deal that ignored Afghan sovereignty."
                        + " [future, reported]",
                PrettyReport.eventLine(EXAMPLE, event("E5")));
        assertEquals("---REB —190/ASSAULT→ PAKMIL (2026-02): Pakistan says militants sheltering in Afghanistan"
                        + " killed 23 soldiers last month. [reported]",
                PrettyReport.eventLine(EXAMPLE, event("E6")));
    }

    @Test
    void plainReportHasEverySectionAndNoEscapes() {
        String r = PrettyReport.render(EXAMPLE, false);
        assertFalse(r.contains("\u001b"), "plain report must not hold ANSI escapes");
        assertTrue(r.startsWith("Pakistan and Afghanistan hold border talks in Doha, mediated by Turkey and Qatar\n"), r);
        assertTrue(r.contains("id newsift-example-2026-03-08-doha · published 2026-03-08T14:20:00Z · language en"), r);
        assertTrue(r.contains("url https://example.org/wire/2026/03/08/pakistan-afghanistan-doha-talks"), r);
        for (String heading : List.of("\nActors (6)\n", "\nEvents (6)\n", "\nQuotes (3)\n", "\nClaims (3)\n",
                "\nRhetoric (2)\n", "\nText\n")) {
            assertTrue(r.contains(heading), heading + " missing in\n" + r);
        }
        assertFalse(r.contains("Warnings"), "no warnings section without warnings");
        assertTrue(r.replaceAll("\n +", " ").contains(" PAKGOV  Pakistan government · 4 mentions: “Pakistani”, “a senior Pakistani negotiator”,"
                + " “Islamabad”, …"), r);
        assertTrue(r.contains("  TUR     Turkey · 1 mention: “Turkey”\n"), r);
        assertTrue(r.contains("  a senior Pakistani negotiator [PAKGOV]: “We came here to stop the bleeding, not to"
                + " score points”\n"), r);
        assertTrue(flat(r).contains(" The Taliban government [AFGGOV]: “it would not accept any deal that ignored Afghan"
                + " sovereignty” (indirect) "), r);
        assertTrue(r.contains("  0.52  deadly clashes along their shared border\n"), r);
        assertTrue(flat(r).contains(" 0.91 militants sheltering in Afghanistan killed 23 soldiers last month"
                + " — attributed to Pakistan government [PAKGOV]"), r);
        // the negotiator's words, not the writer's: the report says so
        assertTrue(r.contains("  Loaded_Language 0.64 (quoted): “stop the bleeding” — emotive metaphor: \"bleeding\"\n"), r);
        assertTrue(r.contains("  Doubt 0.58: “Will this fragile truce finally hold?”"), r);
        assertTrue(flat(r).contains(flat(PrettyReport.eventLine(EXAMPLE, event("E1")))), r);
        assertTrue(r.contains("  QATGOV —02/REQUEST→ PAKGOV + AFGGOV (2026-03-08): Qatar's foreign ministry"), r);
        assertTrue(flat(r).contains("“[[QUOTE: We came here to [[LOADED: stop the bleeding]], not to score"
                + " points]],” a senior"), r);
        assertTrue(flat(r).contains("[[DOUBT: Will this fragile truce finally hold?]]"), r);
        assertTrue(flat(r).contains("Legend: QUOTE = quotation · DOUBT = Doubt (credibility) · LOADED = Loaded_Language"
                + " (emotion)"), r);
        assertTrue(flat(r).contains("Summary: 112 tokens · sentences: 3 report, 1 question, 2 quote · report share"
                + " 0.83 · opinion share 0.17 · genre reporting · spin 0.18 · techniques: Doubt 1, Loaded_Language 1"), r);
    }

    @Test
    void ansiReportColoursHighlightsAndHeadings() {
        String r = PrettyReport.render(EXAMPLE, true);
        assertTrue(r.contains("\u001b["), "ANSI report must hold escapes");
        assertTrue(r.contains("\u001b[1mActors (6)\u001b[0m"), r);
        assertFalse(r.contains("[[LOADED"), "ANSI report marks with colours, not brackets");
        // inside the underlined quote, the technique gets its family's background and a tag after its end
        assertTrue(r.contains("\u001b[0m\u001b[4m\u001b[30;43mstop the bleeding\u001b[0m\u001b[2m[LOADED]\u001b[0m"), r);
        // after the technique inside the quote, the quote's underline comes back
        assertTrue(r.contains("[LOADED]\u001b[0m\u001b[0m\u001b[4m, not to score"), r);
        String stripped = r.replaceAll("\u001b\\[[0-9;]*m", "");
        assertTrue(flat(stripped).contains(flat(PrettyReport.eventLine(EXAMPLE, event("E1")))), stripped);
    }

    @Test
    void crossingSpansAreCutSoThatBracketsNest() {
        String text = "They are reckless and utterly dangerous people.";
        Analysis a = new Analysis(Analysis.SCHEMA, "x", null, null, null, "en", text, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(
                        new Rhetoric(9, 29, "reckless and utterly", "Loaded_Language", 0.5, "cue"),
                        new Rhetoric(22, 39, "utterly dangerous", "Exaggeration,Minimisation", 0.4, "cue")),
                new Summary("p", 8, Map.of(), null, null, null, Map.of(), null, 0, 0, List.of()));
        assertEquals("They are [[LOADED: reckless and [[EXAGGERATION: utterly]]]] dangerous people.",
                PrettyReport.highlight(a, false));
    }

    @Test
    void linesFitOneHundredColumns() {
        for (boolean ansi : new boolean[] {false, true}) {
            for (String line : PrettyReport.render(EXAMPLE, ansi).split("\n")) {
                assertTrue(PrettyReport.visible(line) <= PrettyReport.WIDTH, "too wide: " + line);
            }
        }
    }

    @Test
    void emptyAnalysisSaysNoActorsAndShowsWarnings() {
        Analysis empty = new Analysis(Analysis.SCHEMA, "doc-1", null, null, null, "de", "Guten Tag.", List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                new Summary("language", 0, Map.of(), null, null, null, Map.of(), null, 0, 0,
                        List.of("language 'de' is not supported: only English is analysed, NLP layers left empty")));
        String r = PrettyReport.render(empty, false);
        assertTrue(r.startsWith("(untitled)\nid doc-1 · published unknown · language de\n"), r);
        assertFalse(r.contains("url "), r);
        assertTrue(r.contains("\nWarnings (1)\n  ! language 'de' is not supported"), r);
        assertTrue(r.contains("\nActors (0)\n  no actors found\n"), r);
        for (String absent : List.of("Events", "Quotes", "Claims", "Rhetoric")) {
            assertFalse(r.contains(absent), absent + " should be omitted:\n" + r);
        }
        assertTrue(r.contains("\nText\n  Guten Tag.\n"), r);
        assertTrue(r.contains("Summary: 0 tokens · sentences: none · report share n/a · opinion share n/a · genre n/a"
                + " · spin n/a"), r);
        SchemaValidator.contract().assertValid(empty);
    }
}
