package org.newsift.models.events;

import org.newsift.model.Event;
import org.newsift.model.EventArgument;
import org.newsift.models.finetune.FineTunedClassifier.TextPair;
import org.newsift.text.CodePoints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An event candidate as the verifier reads it, in the way NGEC/POLECAT and the zero-shot PLOVER coder read a
 * marked pair: the sentence with the source in {@code [[ ]]}, the trigger in {@code << >>} and the target in
 * {@code {{ }}}, then, as a second segment, the coding to check ("Use conventional military force: PAKMIL ->
 * AFG"). Arguments are marked at their first occurrence in the sentence; an argument from another sentence (a
 * resolved pronoun) is marked where its word stands, and only named in the second segment otherwise.
 */
public final class CandidateText {
    private CandidateText() {
    }

    public static TextPair of(String text, Event e) {
        String sentence = CodePoints.substring(text, e.sentence().start(), e.sentence().end());
        int base = e.sentence().start();
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark(e.trigger().start() - base, e.trigger().end() - base, "<< ", " >>"));
        e.source().forEach(a -> find(sentence, a, "[[ ", " ]]", marks));
        e.target().forEach(a -> find(sentence, a, "{{ ", " }}", marks));
        return new TextPair(marked(sentence, marks).replaceAll("\\s+", " ").strip(),
                e.cameoName() + ": " + codes(e.source()) + " -> " + codes(e.target()));
    }

    private record Mark(int start, int end, String open, String close) {
        boolean overlaps(Mark o) {
            return start < o.end && o.start < end;
        }
    }

    private static void find(String sentence, EventArgument a, String open, String close, List<Mark> marks) {
        if (a.text() == null || a.text().isBlank()) {
            return;
        }
        int from = sentence.indexOf(a.text());
        while (from >= 0) {
            int start = sentence.codePointCount(0, from);
            Mark m = new Mark(start, start + a.text().codePointCount(0, a.text().length()), open, close);
            if (marks.stream().noneMatch(m::overlaps)) {
                marks.add(m);
                return;
            }
            from = sentence.indexOf(a.text(), from + 1);
        }
    }

    private static String marked(String sentence, List<Mark> marks) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Mark m : marks.stream().sorted(Comparator.comparingInt(Mark::start)).toList()) {
            sb.append(CodePoints.substring(sentence, at, m.start())).append(m.open())
                    .append(CodePoints.substring(sentence, m.start(), m.end())).append(m.close());
            at = m.end();
        }
        return sb.append(CodePoints.substring(sentence, at, sentence.codePointCount(0, sentence.length()))).toString();
    }

    private static String codes(List<EventArgument> args) {
        return args.isEmpty() ? "nobody" : args.stream().map(a -> a.code() == null ? "uncoded " + a.text() : a.code())
                .collect(Collectors.joining(" + "));
    }
}
