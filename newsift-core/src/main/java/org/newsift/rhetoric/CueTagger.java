package org.newsift.rhetoric;

import org.newsift.model.Rhetoric;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;
import org.newsift.text.CodePoints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds technique spans without a model: the {@link RhetoricCues}'s cues, rhetorical questions (Doubt)
 * and repeated phrases (Repetition). Each span's score is its cue's prior and its explanation quotes the
 * cue. Immutable and thread-safe.
 */
public final class CueTagger {
    /** Prior of a question the writer asks in their own voice (not inside a quotation). */
    static final double QUESTION_PRIOR = 0.5;
    /** Prior of a repeated content phrase. */
    static final double REPETITION_PRIOR = 0.4;

    private final RhetoricCues lexicon;

    public CueTagger(RhetoricCues lexicon) {
        this.lexicon = lexicon;
    }

    /** The spans of one article, sorted by start; {@code text} is the text the sentences point into. */
    public List<Rhetoric> tag(String text, List<Sentence> sentences) {
        List<Rhetoric> spans = new ArrayList<>();
        for (Sentence s : sentences) {
            for (RhetoricCues.Hit hit : lexicon.match(s)) {
                spans.add(fromHit(text, hit));
            }
            if (isOwnQuestion(s)) {
                spans.add(new Rhetoric(s.start(), s.end(), CodePoints.substring(text, s.start(), s.end()),
                        Technique.DOUBT.label(), QUESTION_PRIOR,
                        "cue: rhetorical question — the writer asks the reader instead of stating, which casts doubt"));
            }
        }
        for (Repetitions.Occurrence o : Repetitions.find(sentences)) {
            int start = o.sentence().token(o.from()).start();
            int end = o.sentence().token(o.to() - 1).end();
            String cue = CodePoints.substring(text, start, end);
            spans.add(new Rhetoric(start, end, cue, Technique.REPETITION.label(), REPETITION_PRIOR,
                    "cue: '" + cue + "' repeats a phrase already used in sentence " + (o.first().index() + 1)));
        }
        return RhetoricSpans.resolve(spans);
    }

    private static Rhetoric fromHit(String text, RhetoricCues.Hit hit) {
        Sentence s = hit.sentence();
        List<Token> t = s.tokens();
        int cueStart = t.get(hit.from()).start();
        int cueEnd = t.get(hit.to() - 1).end();
        int start = switch (hit.entry().scope()) {
            case CUE, REST -> cueStart;
            case SENTENCE -> s.start();
        };
        int end = switch (hit.entry().scope()) {
            case CUE -> cueEnd;
            case REST, SENTENCE -> Math.max(cueEnd, lastWordEnd(t));
        };
        String cue = CodePoints.substring(text, cueStart, cueEnd);
        return new Rhetoric(start, end, CodePoints.substring(text, start, end), hit.entry().technique().label(),
                hit.entry().prior(), "cue: '" + cue + "' " + hit.entry().reason() + " (" + hit.entry().where() + ")");
    }

    /** End of the sentence's last token that is not closing punctuation. */
    private static int lastWordEnd(List<Token> t) {
        for (int i = t.size() - 1; i >= 0; i--) {
            if (Character.isLetterOrDigit(t.get(i).text().codePointAt(0))) {
                return t.get(i).end();
            }
        }
        return t.get(t.size() - 1).end();
    }

    /** A question in the writer's voice: ends with "?" and is not itself a quotation. */
    static boolean isOwnQuestion(Sentence s) {
        List<Token> t = s.tokens();
        String first = t.get(0).text();
        String last = t.get(t.size() - 1).text();
        boolean quoted = first.matches("[\"\u201c\u2018`]+|''") || last.matches("[\"\u201d\u2019]|''");
        return !quoted && last.equals("?") && t.size() > 3
                && t.stream().noneMatch(x -> x.text().toLowerCase(Locale.ROOT).matches("[\"\u201c\u201d]|``|''"));
    }
}
