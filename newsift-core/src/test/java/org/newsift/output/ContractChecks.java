package org.newsift.output;

import org.newsift.model.Actor;
import org.newsift.model.Analysis;
import org.newsift.model.Claim;
import org.newsift.model.Entity;
import org.newsift.model.Event;
import org.newsift.model.EventArgument;
import org.newsift.model.Quote;
import org.newsift.model.Rhetoric;
import org.newsift.model.SentenceInfo;
import org.newsift.model.TextSpan;
import org.newsift.text.CodePoints;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks of the contract that JSON Schema cannot express: every span lies inside the text, its text is the
 * code-point substring of the text, and every id reference resolves. Test helper for every stage's tests.
 */
public final class ContractChecks {

    private ContractChecks() {
    }

    /** All checks: spans and references. */
    public static void assertContract(Analysis a) {
        List<String> problems = spanProblems(a);
        problems.addAll(referenceProblems(a));
        fail(a, problems);
    }

    /** Every span is within the text, start <= end, and its text equals the code-point substring. */
    public static void assertSpansMatchText(Analysis a) {
        fail(a, spanProblems(a));
    }

    /** Every actor id an event, quote or claim names is in actors; ids are unique. */
    public static void assertReferencesResolve(Analysis a) {
        fail(a, referenceProblems(a));
    }

    private static void fail(Analysis a, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new AssertionError("analysis " + a.id() + " breaks the contract:\n  " + String.join("\n  ", problems));
        }
    }

    static List<String> spanProblems(Analysis a) {
        String text = a.text();
        int length = new CodePoints(text).length();
        List<String> p = new ArrayList<>();
        for (SentenceInfo s : a.sentences()) {
            range(p, "sentence", s.start(), s.end(), length);
        }
        for (Entity e : a.entities()) {
            span(p, "entity", e.start(), e.end(), e.text(), text, length);
        }
        for (Actor actor : a.actors()) {
            for (TextSpan m : actor.mentions()) {
                span(p, "actor " + actor.id() + " mention", m, text, length);
            }
        }
        for (Event e : a.events()) {
            range(p, "event " + e.id() + " sentence", e.sentence().start(), e.sentence().end(), length);
            span(p, "event " + e.id() + " trigger", e.trigger(), text, length);
            if (e.trigger().start() < e.sentence().start() || e.trigger().end() > e.sentence().end()) {
                p.add("event " + e.id() + " trigger lies outside its sentence");
            }
        }
        for (Quote q : a.quotes()) {
            span(p, "quote", q.start(), q.end(), q.text(), text, length);
            if (q.speaker() != null && (q.speaker().start() == null) != (q.speaker().end() == null)) {
                p.add("quote speaker has only one of start/end: " + q.speaker());
            } else if (q.speaker() != null && q.speaker().start() != null) {
                span(p, "quote speaker", q.speaker().start(), q.speaker().end(), q.speaker().text(), text, length);
            }
            if (q.cue() != null) {
                span(p, "quote cue", q.cue(), text, length);
            }
        }
        for (Claim c : a.claims()) {
            span(p, "claim", c.start(), c.end(), c.text(), text, length);
        }
        for (Rhetoric r : a.rhetoric()) {
            span(p, "rhetoric " + r.technique(), r.start(), r.end(), r.text(), text, length);
        }
        return p;
    }

    static List<String> referenceProblems(Analysis a) {
        List<String> p = new ArrayList<>();
        Set<String> actors = new HashSet<>();
        for (Actor actor : a.actors()) {
            if (!actors.add(actor.id())) {
                p.add("duplicate actor id " + actor.id());
            }
        }
        Set<String> events = new HashSet<>();
        for (Event e : a.events()) {
            if (!events.add(e.id())) {
                p.add("duplicate event id " + e.id());
            }
            for (EventArgument arg : e.source()) {
                ref(p, "event " + e.id() + " source", arg.actor(), actors);
            }
            for (EventArgument arg : e.target()) {
                ref(p, "event " + e.id() + " target", arg.actor(), actors);
            }
        }
        for (Quote q : a.quotes()) {
            if (q.speaker() != null) {
                ref(p, "quote speaker", q.speaker().actor(), actors);
            }
        }
        for (Claim c : a.claims()) {
            ref(p, "claim", c.attributedTo(), actors);
        }
        if (a.summary().actorCount() != a.actors().size()) {
            p.add("summary.actor_count " + a.summary().actorCount() + " != " + a.actors().size() + " actors");
        }
        if (a.summary().eventCount() != a.events().size()) {
            p.add("summary.event_count " + a.summary().eventCount() + " != " + a.events().size() + " events");
        }
        return p;
    }

    private static void ref(List<String> p, String what, String id, Set<String> actors) {
        if (id != null && !actors.contains(id)) {
            p.add(what + " names unknown actor " + id);
        }
    }

    private static void span(List<String> p, String what, TextSpan s, String text, int length) {
        span(p, what, s.start(), s.end(), s.text(), text, length);
    }

    private static void span(List<String> p, String what, int start, int end, String spanText, String text,
                             int length) {
        if (range(p, what, start, end, length)) {
            String actual = CodePoints.substring(text, start, end);
            if (!actual.equals(spanText)) {
                p.add(what + " [" + start + "," + end + ") is \"" + actual + "\" in the text, not \"" + spanText + "\"");
            }
        }
    }

    private static boolean range(List<String> p, String what, int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            p.add(what + " [" + start + "," + end + ") is not a range of the text (" + length + " code points)");
            return false;
        }
        return true;
    }
}
