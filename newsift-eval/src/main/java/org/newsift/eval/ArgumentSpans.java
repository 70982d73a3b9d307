package org.newsift.eval;

import org.newsift.model.Actor;
import org.newsift.model.Analysis;
import org.newsift.model.Event;
import org.newsift.model.EventArgument;
import org.newsift.model.Offsets;
import org.newsift.model.TextSpan;
import org.newsift.text.CodePoints;

import java.util.ArrayList;
import java.util.List;

/**
 * Where in the text an event's argument is. {@link EventArgument} carries its actor id and its words, not
 * offsets, so the words are located in the event's sentence: first as a mention of the argument's actor
 * in that sentence with exactly those words (the usual case: the argument is that mention); failing that,
 * the whole-word occurrences of the words inside a mention of that actor in the sentence (a head word:
 * "Exchange" of "the Tokyo Stock Exchange", not of "the New York Stock Exchange" named next to it); failing
 * that (a pronoun standing for an actor named elsewhere), every whole-word occurrence of the words in the
 * sentence. Offsets are code points into {@link Analysis#text()}.
 */
final class ArgumentSpans {
    private ArgumentSpans() {
    }

    /** The spans of every argument in {@code arguments} of {@code e}. */
    static List<Offsets> of(List<EventArgument> arguments, Event e, Analysis a) {
        List<Offsets> out = new ArrayList<>();
        arguments.forEach(arg -> out.addAll(of(arg, e, a)));
        return out;
    }

    static List<Offsets> of(EventArgument arg, Event e, Analysis a) {
        if (arg.text() == null || arg.text().isBlank()) {
            return List.of();
        }
        Offsets s = e.sentence();
        List<TextSpan> mentions = a.actors().stream().filter(x -> x.id().equals(arg.actor()))
                .map(Actor::mentions).flatMap(List::stream)
                .filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
        List<Offsets> exact = mentions.stream().filter(m -> m.text().equals(arg.text())).map(ArgumentSpans::offsets).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        List<Offsets> all = occurrences(a.text(), s, arg.text());
        List<Offsets> inMention = all.stream()
                .filter(o -> mentions.stream().anyMatch(m -> m.start() <= o.start() && o.end() <= m.end())).toList();
        return inMention.isEmpty() ? all : inMention;
    }

    /**
     * Every occurrence of {@code words} as whole words inside the sentence {@code s} of {@code text}, in
     * code points ("it" is not found inside "Britain").
     */
    static List<Offsets> occurrences(String text, Offsets s, String words) {
        String sentence = CodePoints.substring(text, s.start(), s.end());
        CodePoints cp = new CodePoints(sentence);
        int length = words.codePointCount(0, words.length());
        List<Offsets> out = new ArrayList<>();
        for (int i = sentence.indexOf(words); i >= 0; i = sentence.indexOf(words, i + 1)) {
            int end = i + words.length();
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(sentence.codePointBefore(i));
            boolean wordEnd = end == sentence.length() || !Character.isLetterOrDigit(sentence.codePointAt(end));
            if (wordStart && wordEnd) {
                int start = s.start() + cp.toCodePoint(i);
                out.add(new Offsets(start, start + length));
            }
        }
        return out;
    }

    /** Whether some span of {@code spans} shares at least one code point with [start, end). */
    static boolean overlaps(List<Offsets> spans, int start, int end) {
        return spans.stream().anyMatch(o -> o.start() < end && start < o.end());
    }

    private static Offsets offsets(TextSpan t) {
        return new Offsets(t.start(), t.end());
    }
}
