package org.newsift.output;

import org.newsift.model.Actor;
import org.newsift.model.Analysis;
import org.newsift.model.Claim;
import org.newsift.model.Event;
import org.newsift.model.EventArgument;
import org.newsift.model.Quote;
import org.newsift.model.Rhetoric;
import org.newsift.model.Summary;
import org.newsift.model.TextSpan;
import org.newsift.rhetoric.Technique;
import org.newsift.text.CodePoints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders an analysis for reading in a terminal (100 columns): header, warnings, actors, events, quotes,
 * claims, rhetoric, the article text with quotes and techniques highlighted (and a legend of the tags), and
 * a summary line. With {@code ansi} the highlights are background colours per technique family; without,
 * they are brackets ({@code [[LOADED: …]]}).
 */
public final class PrettyReport {
    /** Terminal width the report is wrapped to. */
    public static final int WIDTH = 100;

    private static final String ESC = "\u001b[";
    private static final String RESET = ESC + "0m";
    private static final String BOLD = ESC + "1m";
    private static final String DIM = ESC + "2m";
    /** Quotes are underlined, so that technique colours inside them still show. */
    private static final String QUOTE_STYLE = ESC + "4m";
    /** Highlighter backgrounds (black text) per technique family; unknown techniques get grey. */
    private static final Map<Technique.Family, String> FAMILY_STYLE = Map.of(
            Technique.Family.EMOTION, ESC + "30;43m", Technique.Family.ATTACK, ESC + "30;41m",
            Technique.Family.CREDIBILITY, ESC + "30;46m", Technique.Family.LOGIC, ESC + "30;45m",
            Technique.Family.FORM, ESC + "30;42m");
    private static final String UNKNOWN_STYLE = ESC + "30;47m";

    private PrettyReport() {
    }

    /** The report; ANSI colours and bold when {@code ansi}, plain text otherwise. */
    public static String render(Analysis a, boolean ansi) {
        Map<String, Actor> actors = a.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity(),
                (x, y) -> x));
        StringBuilder out = new StringBuilder();
        String title = a.title() == null || a.title().isBlank() ? "(untitled)" : a.title();
        wrap(out, style(ansi, BOLD, title), "", "");
        wrap(out, "id " + a.id() + " · published " + (a.published() == null ? "unknown" : a.published())
                + " · language " + a.language(), "", "  ");
        if (a.url() != null) {
            out.append("url ").append(a.url()).append('\n');
        }

        Summary summary = a.summary();
        if (summary != null && !summary.warnings().isEmpty()) {
            heading(out, ansi, "Warnings", summary.warnings().size());
            for (String w : summary.warnings()) {
                wrap(out, "! " + w, "  ", "    ");
            }
        }

        heading(out, ansi, "Actors", a.actors().size());
        if (a.actors().isEmpty()) {
            out.append("  no actors found\n");
        }
        int codeWidth = a.actors().stream().mapToInt(x -> codeOf(x).length()).max().orElse(0);
        for (Actor actor : a.actors()) {
            Set<String> first = new LinkedHashSet<>();
            actor.mentions().stream().map(TextSpan::text).forEach(t -> {
                if (first.size() < 3) {
                    first.add(oneLine(t));
                }
            });
            int n = actor.mentions().size();
            String line = pad(codeOf(actor), codeWidth) + "  " + actor.name() + " · " + n
                    + (n == 1 ? " mention: " : " mentions: ")
                    + first.stream().map(t -> "“" + t + "”").collect(Collectors.joining(", "))
                    + (first.size() < distinct(actor) ? ", …" : "");
            wrap(out, style(ansi, BOLD, line.substring(0, codeWidth)) + line.substring(codeWidth), "  ",
                    "  " + " ".repeat(codeWidth + 2));
        }

        if (!a.events().isEmpty()) {
            heading(out, ansi, "Events", a.events().size());
            for (Event e : a.events()) {
                wrap(out, eventLine(a, e), "  ", "      ");
            }
        }

        if (!a.quotes().isEmpty()) {
            heading(out, ansi, "Quotes", a.quotes().size());
            for (Quote q : a.quotes()) {
                wrap(out, quoteLine(q, actors), "  ", "      ");
            }
        }

        if (!a.claims().isEmpty()) {
            heading(out, ansi, "Claims", a.claims().size());
            for (Claim c : a.claims()) {
                Actor by = c.attributedTo() == null ? null : actors.get(c.attributedTo());
                String who = c.attributedTo() == null ? "" : " — attributed to "
                        + (by == null ? c.attributedTo() : by.name() + " [" + codeOf(by) + "]");
                wrap(out, score(c.checkworthiness()) + "  " + oneLine(c.text()) + who, "  ", "        ");
            }
        }

        if (!a.rhetoric().isEmpty()) {
            heading(out, ansi, "Rhetoric", a.rhetoric().size());
            for (Rhetoric r : a.rhetoric()) {
                String technique = style(ansi, styleOf(r.technique()), r.technique());
                String voice = Rhetoric.QUOTED.equals(r.voice()) ? " (quoted)" : ""; // someone else's, not the writer's
                wrap(out, technique + " " + score(r.score()) + voice + ": “" + oneLine(r.text()) + "”"
                        + (r.explanation() == null || r.explanation().isBlank() ? "" : " — " + r.explanation()),
                        "  ", "      ");
            }
        }

        if (!a.text().isEmpty()) {
            heading(out, ansi, "Text", -1);
            for (String paragraph : highlight(a, ansi).split("\n", -1)) {
                wrap(out, paragraph, "  ", "  ");
            }
            String legend = legend(a, ansi);
            if (!legend.isEmpty()) {
                out.append('\n');
                wrap(out, style(ansi, BOLD, "Legend:") + " " + legend, "  ", "    ");
            }
        }

        if (summary != null) {
            out.append('\n');
            wrap(out, style(ansi, BOLD, "Summary:") + " " + summaryLine(summary), "", "  ");
        }
        return out.toString();
    }

    /**
     * One event as {@code SOURCE —code/type→ TARGET (where, when): evidence sentence}, unwrapped and without
     * colours. SOURCE and TARGET are actor codes (names when uncoded) joined with " + "; the parenthesis
     * leaves out what is unknown and is dropped when both are; "/type" is dropped when there is no PLOVER
     * coding. Negated, hypothetical, future and reported events end with their flags in brackets.
     */
    public static String eventLine(Analysis a, Event e) {
        Map<String, Actor> actors = a.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity(),
                (x, y) -> x));
        StringBuilder s = new StringBuilder();
        s.append(arguments(e.source(), actors)).append(" —").append(e.cameo());
        if (e.plover() != null) {
            s.append('/').append(e.plover().type());
        }
        s.append("→ ").append(arguments(e.target(), actors));
        List<String> whereWhen = new ArrayList<>();
        if (e.location() != null && e.location().name() != null) {
            whereWhen.add(e.location().name());
        }
        if (e.date() != null) {
            whereWhen.add(e.date());
        }
        if (!whereWhen.isEmpty()) {
            s.append(" (").append(String.join(", ", whereWhen)).append(')');
        }
        s.append(": ").append(oneLine(CodePoints.substring(a.text(), e.sentence().start(), e.sentence().end())));
        if (e.modality() != null) {
            List<String> flags = new ArrayList<>();
            if (e.modality().negated()) {
                flags.add("negated");
            }
            if (e.modality().hypothetical()) {
                flags.add("hypothetical");
            }
            if (e.modality().future()) {
                flags.add("future");
            }
            if (e.modality().reported()) {
                flags.add("reported");
            }
            if (!flags.isEmpty()) {
                s.append(" [").append(String.join(", ", flags)).append(']');
            }
        }
        return s.toString();
    }

    /** The summary figures on one line: tokens, sentence kinds, shares, genre, spin, techniques. */
    public static String summaryLine(Summary s) {
        List<String> parts = new ArrayList<>();
        parts.add(s.tokens() + " tokens");
        String kinds = s.sentenceKinds().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(k -> k.getValue() + " " + k.getKey().json())
                .collect(Collectors.joining(", "));
        parts.add("sentences: " + (kinds.isEmpty() ? "none" : kinds));
        parts.add("report share " + share(s.reportShare()));
        parts.add("opinion share " + share(s.opinionShare()));
        parts.add("genre " + (s.genre() == null ? "n/a" : s.genre()));
        parts.add("spin " + share(s.spin()));
        if (!s.techniqueCounts().isEmpty()) {
            parts.add("techniques: " + s.techniqueCounts().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(t -> t.getKey() + " " + t.getValue())
                    .collect(Collectors.joining(", ")));
        }
        return String.join(" · ", parts);
    }

    private static String quoteLine(Quote q, Map<String, Actor> actors) {
        String speaker;
        if (q.speaker() == null) {
            speaker = "(unattributed)";
        } else {
            Actor actor = q.speaker().actor() == null ? null : actors.get(q.speaker().actor());
            speaker = oneLine(q.speaker().text()) + (actor == null ? "" : " [" + codeOf(actor) + "]");
        }
        return speaker + ": “" + stripQuotes(oneLine(q.text())) + "”" + (q.direct() ? "" : " (indirect)");
    }

    private record Mark(int start, int end, String tag, String style, int order) {
    }

    /**
     * The text with quotes and techniques marked like a reviewer's highlighter: with {@code ansi}, a
     * background colour per technique family (quotes underlined) and a dim tag after each span; without,
     * {@code [[TAG: …]]} brackets. Nested spans nest; a span that starts inside another and ends after it
     * is cut at the other's end, so that markers always nest.
     */
    static String highlight(Analysis a, boolean ansi) {
        List<Mark> marks = new ArrayList<>();
        for (Quote q : a.quotes()) {
            marks.add(new Mark(q.start(), q.end(), "QUOTE", QUOTE_STYLE, marks.size()));
        }
        for (Rhetoric r : a.rhetoric()) {
            marks.add(new Mark(r.start(), r.end(), tagOf(r.technique()), styleOf(r.technique()), marks.size()));
        }
        marks.sort(Comparator.comparingInt(Mark::start).thenComparing(Mark::end, Comparator.reverseOrder())
                .thenComparingInt(Mark::order));
        List<Mark> nested = new ArrayList<>();
        for (Mark m : marks) {
            int end = m.end();
            for (Mark outer : nested) {
                if (outer.start() <= m.start() && m.start() < outer.end() && end > outer.end()) {
                    end = outer.end();
                }
            }
            if (m.start() < end) {
                nested.add(new Mark(m.start(), end, m.tag(), m.style(), m.order()));
            }
        }
        nested.sort(Comparator.comparingInt(Mark::start).thenComparing(Mark::end, Comparator.reverseOrder())
                .thenComparingInt(Mark::order));

        int[] cps = a.text().codePoints().toArray();
        StringBuilder out = new StringBuilder();
        List<Mark> open = new ArrayList<>();
        int next = 0;
        for (int i = 0; i <= cps.length; i++) {
            boolean changed = false;
            for (int k = open.size() - 1; k >= 0; k--) {
                Mark m = open.get(k);
                if (m.end() == i) {
                    open.remove(k);
                    changed = true;
                    out.append(ansi ? RESET + DIM + "[" + m.tag() + "]" + RESET : "]]");
                }
            }
            while (next < nested.size() && nested.get(next).start() == i) {
                Mark m = nested.get(next++);
                open.add(m);
                changed = true;
                if (!ansi) {
                    out.append("[[").append(m.tag()).append(": ");
                }
            }
            if (ansi && changed) {
                out.append(RESET);
                open.forEach(m -> out.append(m.style()));
            }
            if (i < cps.length) {
                out.appendCodePoint(cps[i]);
            }
        }
        if (ansi) {
            out.append(RESET);
        }
        return out.toString();
    }

    /** The tags used in the text, each with its technique and family: "LOADED = Loaded_Language (emotion)". */
    static String legend(Analysis a, boolean ansi) {
        List<String> parts = new ArrayList<>();
        if (!a.quotes().isEmpty()) {
            parts.add(style(ansi, QUOTE_STYLE, "QUOTE") + " = quotation");
        }
        a.rhetoric().stream().map(Rhetoric::technique).distinct().sorted().forEach(t -> parts.add(
                style(ansi, styleOf(t), tagOf(t)) + " = " + t
                        + Technique.ofLabel(t).map(x -> " (" + x.family().name().toLowerCase(Locale.ROOT) + ")").orElse("")));
        return String.join(" · ", parts);
    }

    private static String tagOf(String technique) {
        return Technique.ofLabel(technique).map(Technique::tag).orElse(technique);
    }

    private static String styleOf(String technique) {
        return Technique.ofLabel(technique).map(t -> FAMILY_STYLE.get(t.family())).orElse(UNKNOWN_STYLE);
    }

    private static void heading(StringBuilder out, boolean ansi, String name, int count) {
        out.append('\n').append(style(ansi, BOLD, count < 0 ? name : name + " (" + count + ")")).append('\n');
    }

    private static String style(boolean ansi, String style, String s) {
        return ansi ? style + s + RESET : s;
    }

    private static String arguments(List<EventArgument> args, Map<String, Actor> actors) {
        if (args.isEmpty()) {
            return "?";
        }
        List<String> names = new ArrayList<>();
        for (EventArgument arg : args) {
            Actor actor = arg.actor() == null ? null : actors.get(arg.actor());
            String name = arg.code() != null ? arg.code()
                    : actor != null && actor.code() != null ? actor.code()
                    : actor != null ? actor.name()
                    : oneLine(arg.text());
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return String.join(" + ", names);
    }

    private static String codeOf(Actor a) {
        return a.code() == null ? "(uncoded)" : a.code();
    }

    private static int distinct(Actor a) {
        return (int) a.mentions().stream().map(m -> oneLine(m.text())).distinct().count();
    }

    private static String score(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String share(Double v) {
        return v == null ? "n/a" : score(v);
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.codePointCount(0, s.length())));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private static String stripQuotes(String s) {
        if (s.length() >= 2 && "\"“”'‘’«»".indexOf(s.charAt(0)) >= 0
                && "\"“”'‘’«»".indexOf(s.charAt(s.length() - 1)) >= 0) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** Appends s word-wrapped to WIDTH visible columns; ANSI escapes take no room, runs of spaces are kept. */
    static void wrap(StringBuilder out, String s, String firstIndent, String restIndent) {
        StringBuilder line = new StringBuilder(firstIndent);
        int width = visible(firstIndent);
        boolean empty = true;
        int i = 0;
        while (i < s.length()) {
            int wordStart = i;
            while (wordStart < s.length() && s.charAt(wordStart) == ' ') {
                wordStart++;
            }
            if (wordStart == s.length()) {
                break;
            }
            int wordEnd = s.indexOf(' ', wordStart);
            wordEnd = wordEnd < 0 ? s.length() : wordEnd;
            String word = s.substring(wordStart, wordEnd);
            int spaces = empty ? 0 : wordStart - i;
            int w = visible(word);
            if (!empty && width + spaces + w > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(restIndent);
                width = visible(restIndent);
                spaces = 0;
            }
            line.append(" ".repeat(spaces)).append(word);
            width += spaces + w;
            empty = false;
            i = wordEnd;
        }
        out.append(empty ? line.toString().stripTrailing() : line).append('\n');
    }

    /** Columns a string takes: code points outside ANSI escape sequences. */
    static int visible(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            if (s.startsWith(ESC, i)) {
                int m = s.indexOf('m', i);
                i = m < 0 ? s.length() : m + 1;
                continue;
            }
            i += Character.charCount(s.codePointAt(i));
            n++;
        }
        return n;
    }
}
