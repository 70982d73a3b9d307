package org.newsift.output;

import org.newsift.model.Actor;
import org.newsift.model.Analysis;
import org.newsift.model.Claim;
import org.newsift.model.Entity;
import org.newsift.model.Event;
import org.newsift.model.EventArgument;
import org.newsift.model.Location;
import org.newsift.model.Modality;
import org.newsift.model.Offsets;
import org.newsift.model.Plover;
import org.newsift.model.Quote;
import org.newsift.model.Rhetoric;
import org.newsift.model.SentenceInfo;
import org.newsift.model.SentenceKind;
import org.newsift.model.Speaker;
import org.newsift.model.Summary;
import org.newsift.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A complete analysis with every layer filled, built by hand: the fictional wire story of docs/contract.md
 * and docs/schema/example-analysis.json (written for the project). The text holds a non-BMP character (🤝),
 * so code-point offsets after it differ from UTF-16 offsets. Offsets are found by searching the text, so
 * editing the text keeps them right.
 */
public final class ExampleAnalysis {

    public static final String TEXT = String.join(" ",
            "DOHA, March 8 (Newsift Wire) - Pakistani and Afghan officials met in Doha on Sunday for talks"
                    + " mediated by Turkey and Qatar, days after deadly clashes along their shared border.",
            "Qatar's foreign ministry welcomed the meeting with a handshake emoji 🤝 on X and urged both sides"
                    + " to show restraint.",
            "“We came here to stop the bleeding, not to score points,” a senior Pakistani negotiator told"
                    + " reporters.",
            "The Taliban government accused Islamabad of violating Afghan airspace and said it would not accept"
                    + " any deal that ignored Afghan sovereignty.",
            "Pakistan says militants sheltering in Afghanistan killed 23 soldiers last month.",
            "Will this fragile truce finally hold?");

    private ExampleAnalysis() {
    }

    /** Code-point offset of the n-th (1-based) occurrence of needle in the text. */
    static int at(String needle, int nth) {
        int from = -1;
        for (int i = 0; i < nth; i++) {
            from = TEXT.indexOf(needle, from + 1);
            if (from < 0) {
                throw new IllegalArgumentException("\"" + needle + "\" occurs fewer than " + nth + " times");
            }
        }
        return TEXT.codePointCount(0, from);
    }

    static TextSpan span(String needle, int nth) {
        int start = at(needle, nth);
        return new TextSpan(start, start + needle.codePointCount(0, needle.length()), needle);
    }

    static TextSpan span(String needle) {
        return span(needle, 1);
    }

    private static Entity entity(String needle, int nth, String type) {
        TextSpan s = span(needle, nth);
        return new Entity(s.start(), s.end(), s.text(), type);
    }

    /** The sentences, found by their first and last words. */
    static List<Offsets> sentenceOffsets() {
        String[][] bounds = {
                {"DOHA", "shared border."}, {"Qatar's foreign", "show restraint."},
                {"“We came", "told reporters."}, {"The Taliban", "Afghan sovereignty."},
                {"Pakistan says", "last month."}, {"Will this", "finally hold?"}};
        List<Offsets> out = new ArrayList<>();
        for (String[] b : bounds) {
            TextSpan last = span(b[1]);
            out.add(new Offsets(at(b[0], 1), last.end()));
        }
        return out;
    }

    private static EventArgument arg(Actor actor, String text, int nth) {
        span(text, nth); // must be in the text
        return new EventArgument(actor.id(), actor.code(), actor.country(), actor.sector(), text);
    }

    public static Analysis build() {
        List<Offsets> s = sentenceOffsets();
        SentenceKind[] kinds = {SentenceKind.REPORT, SentenceKind.REPORT, SentenceKind.QUOTE, SentenceKind.REPORT,
                SentenceKind.QUOTE, SentenceKind.QUESTION};
        List<SentenceInfo> sentences = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            sentences.add(new SentenceInfo(s.get(i).start(), s.get(i).end(), kinds[i]));
        }

        List<Entity> entities = List.of(
                entity("DOHA", 1, "CITY"), entity("March 8", 1, "DATE"), entity("Pakistani", 1, "NATIONALITY"),
                entity("Afghan", 1, "NATIONALITY"), entity("Doha", 1, "CITY"), entity("Sunday", 1, "DATE"),
                entity("Turkey", 1, "COUNTRY"), entity("Qatar", 1, "COUNTRY"), entity("Qatar", 2, "COUNTRY"),
                entity("X", 1, "ORGANIZATION"), entity("Pakistani", 2, "NATIONALITY"),
                entity("Taliban", 1, "ORGANIZATION"), entity("Islamabad", 1, "CITY"),
                entity("Afghan", 2, "NATIONALITY"), entity("Afghan", 3, "NATIONALITY"),
                entity("Pakistan", 3, "COUNTRY"), entity("Afghanistan", 1, "COUNTRY"), entity("23", 1, "NUMBER"),
                entity("last month", 1, "DATE"));

        Actor pak = new Actor("A1", "Pakistan government", "PAKGOV", "PAK", "GOV", List.of(
                span("Pakistani", 1), span("a senior Pakistani negotiator"), span("Islamabad"),
                span("Pakistan", 3)));
        Actor afg = new Actor("A2", "Afghan Taliban government", "AFGGOV", "AFG", "GOV", List.of(
                span("Afghan", 1), span("The Taliban government")));
        Actor tur = new Actor("A3", "Turkey", "TUR", "TUR", null, List.of(span("Turkey")));
        Actor qat = new Actor("A4", "Qatar government", "QATGOV", "QAT", "GOV", List.of(
                span("Qatar", 1), span("Qatar's foreign ministry")));
        Actor militants = new Actor("A5", "militants", "---REB", null, "REB", List.of(
                span("militants sheltering in Afghanistan")));
        Actor soldiers = new Actor("A6", "Pakistani soldiers", "PAKMIL", "PAK", "MIL", List.of(
                span("23 soldiers")));

        Modality plain = new Modality(false, false, false, false);
        Location doha = new Location("Doha", "QAT", 25.2854, 51.531);
        List<Event> events = List.of(
                new Event("E1", s.get(0), List.of(), span("met"), List.of(arg(pak, "Pakistani", 1)),
                        List.of(arg(afg, "Afghan", 1)), "044", "Meet at a \"third\" location", 2.5, 1,
                        new Plover("CONSULT", "third-party", List.of("diplomatic")), doha, "2026-03-08", "day",
                        plain, 0.86, "pattern: X and Y officials met in PLACE (044)"),
                new Event("E2", s.get(0), List.of(), span("mediated"), List.of(arg(tur, "Turkey", 1), arg(qat, "Qatar", 1)),
                        List.of(arg(pak, "Pakistani", 1), arg(afg, "Afghan", 1)), "045", "Mediate", 5.0, 1,
                        new Plover("CONSULT", "mediate", List.of("diplomatic")), doha, "2026-03-08", "day",
                        plain, 0.74, "pattern: talks mediated by X (045)"),
                new Event("E3", s.get(1), List.of(), span("urged"), List.of(arg(qat, "Qatar's foreign ministry", 1)),
                        List.of(arg(pak, "both sides", 1), arg(afg, "both sides", 1)), "02",
                        "Make an appeal or request", 3.0, 1,
                        new Plover("REQUEST", null, List.of()), null, "2026-03-08", "day", plain, 0.69,
                        "pattern: X urged Y to VERB (02)"),
                new Event("E4", s.get(3), List.of(), span("accused"), List.of(arg(afg, "The Taliban government", 1)),
                        List.of(arg(pak, "Islamabad", 1)), "112", "Accuse, not specified below", -2.0, 3,
                        new Plover("ACCUSE", null, List.of("territory")), null, null, null, plain, 0.83,
                        "pattern: X accused Y of VERBing (112)"),
                new Event("E5", s.get(3), List.of(), span("accept"), List.of(arg(afg, "it", 2)), List.of(), "12",
                        "Reject", -4.0, 3, new Plover("REJECT", null, List.of()), null, null, null,
                        new Modality(false, false, true, true), 0.58,
                        "pattern: X said it would not accept Y (12, negated acceptance)"),
                new Event("E6", s.get(4), List.of(), span("killed"),
                        List.of(arg(militants, "militants sheltering in Afghanistan", 1)),
                        List.of(arg(soldiers, "23 soldiers", 1)), "190",
                        "Use conventional military force, not specified below", -10.0, 4,
                        new Plover("ASSAULT", null, List.of("military")), null, "2026-02", "month",
                        new Modality(false, false, false, true), 0.71,
                        "pattern: X killed N soldiers (190); date from \"last month\""));

        List<Quote> quotes = List.of(
                new Quote(at("We came", 1), span("score points").end(),
                        "We came here to stop the bleeding, not to score points", true,
                        speaker("a senior Pakistani negotiator", pak), span("told"), null,
                        "quotation marks; cue after the quotation ('told'); speaker: the subject of 'told'; actor: the speaker's own words name the actor"),
                new Quote(at("it would not", 1), span("Afghan sovereignty").end(),
                        "it would not accept any deal that ignored Afghan sovereignty", false,
                        speaker("The Taliban government", afg), span("said"), null,
                        "reported speech: the clause that 'said' reports; speaker: the subject of 'said'; actor: the speaker's own words name the actor"),
                new Quote(at("militants sheltering", 1), span("last month").end(),
                        "militants sheltering in Afghanistan killed 23 soldiers last month", false,
                        new Speaker("Pakistan", at("Pakistan says", 1), at("Pakistan says", 1) + 8, pak.id()),
                        span("says"), null,
                        "reported speech: the clause that 'says' reports; speaker: the subject of 'says'; actor: the speaker's own words name the actor"));

        TextSpan airspace = span("violating Afghan airspace");
        TextSpan border = span("deadly clashes along their shared border");
        List<Claim> claims = List.of(
                new Claim(quotes.get(2).start(), quotes.get(2).end(), quotes.get(2).text(), 0.91, pak.id()),
                new Claim(airspace.start(), airspace.end(), airspace.text(), 0.77, afg.id()),
                new Claim(border.start(), border.end(), border.text(), 0.52, null));

        TextSpan bleeding = span("stop the bleeding");
        TextSpan hold = span("Will this fragile truce finally hold?");
        List<Rhetoric> rhetoric = List.of(
                new Rhetoric(bleeding.start(), bleeding.end(), bleeding.text(), "Loaded_Language", 0.64,
                        "emotive metaphor: \"bleeding\"", Rhetoric.QUOTED),
                new Rhetoric(hold.start(), hold.end(), hold.text(), "Doubt", 0.58,
                        "closing question that casts doubt on the truce", Rhetoric.WRITER));

        Summary summary = new Summary("language > nlp > actors > kinds > events > quotes > claims > rhetoric", 112,
                Map.of(SentenceKind.REPORT, 3, SentenceKind.QUOTE, 2, SentenceKind.QUESTION, 1), 0.833, 0.167,
                "reporting", Map.of("Doubt", 1, "Loaded_Language", 1), 0.18, 6, events.size(), List.of());

        return new Analysis(Analysis.SCHEMA, "newsift-example-2026-03-08-doha",
                "Pakistan and Afghanistan hold border talks in Doha, mediated by Turkey and Qatar",
                "https://example.org/wire/2026/03/08/pakistan-afghanistan-doha-talks", "2026-03-08T14:20:00Z",
                "en", TEXT, sentences, entities, List.of(pak, afg, tur, qat, militants, soldiers), events, quotes,
                claims, rhetoric, summary);
    }

    private static Speaker speaker(String text, Actor actor) {
        TextSpan s = span(text);
        return new Speaker(s.text(), s.start(), s.end(), actor.id());
    }
}
