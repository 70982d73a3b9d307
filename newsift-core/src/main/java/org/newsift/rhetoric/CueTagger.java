package org.newsift.rhetoric;

import org.newsift.model.Rhetoric;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;
import org.newsift.text.CodePoints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds technique spans without a model: the {@link RhetoricCues}'s cues and repetition for emphasis
 * ({@link Repetitions}). A cue of scope {@code question} (Doubt: "can we really trust") counts only in a
 * question the writer asks in their own voice, and not in a reader poll: a question as such is no doubt.
 * Each span's score is its cue's prior and its explanation quotes the cue. Immutable and thread-safe.
 */
public final class CueTagger {
    /** Words that, in a question or the sentence after it, ask the reader to vote or comment: a poll, not doubt. */
    private static final Set<String> POLL_WORDS = Set.of("vote", "poll", "comment", "comments", "survey");
    /** Prior of a repetition for emphasis. */
    static final double REPETITION_PRIOR = 0.4;

    private final RhetoricCues lexicon;

    public CueTagger(RhetoricCues lexicon) {
        this.lexicon = lexicon;
    }

    /** A lexicon entry's span in an article. */
    public record Cue(RhetoricCues.Entry entry, Rhetoric span) {
    }

    /** The spans of one article, sorted by start; {@code text} is the text the sentences point into. */
    public List<Rhetoric> tag(String text, List<Sentence> sentences) {
        List<Rhetoric> spans = new ArrayList<>(lexiconCues(text, sentences).stream().map(Cue::span).toList());
        for (Repetitions.Occurrence o : Repetitions.find(sentences)) {
            int start = o.sentence().token(o.from()).start();
            int end = o.sentence().token(o.to() - 1).end();
            String cue = CodePoints.substring(text, start, end);
            spans.add(new Rhetoric(start, end, cue, Technique.REPETITION.label(), REPETITION_PRIOR,
                    "cue: '" + cue + "' " + switch (o.form()) {
                        case ECHO -> "says the same words again straight away, for emphasis";
                        case ANAPHORA -> "opens the sentence as the one before does (anaphora), for emphasis";
                        case REFRAIN -> "says again what sentence " + (o.first().index() + 1) + " said, to make it stick";
                    }));
        }
        return RhetoricSpans.resolve(spans);
    }

    /**
     * Every span of a lexicon entry in the article, in sentence order, before overlapping spans of one technique
     * are resolved (what the cue priors are calibrated on: docs/models.md, cue-priors).
     */
    public List<Cue> lexiconCues(String text, List<Sentence> sentences) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Sentence next = i + 1 < sentences.size() ? sentences.get(i + 1) : null;
            boolean doubtingQuestion = isOwnQuestion(s) && !isReaderPoll(s, next);
            for (RhetoricCues.Hit hit : lexicon.match(s)) {
                if (hit.entry().scope() != RhetoricCues.Scope.QUESTION || doubtingQuestion) {
                    cues.add(new Cue(hit.entry(), fromHit(text, hit)));
                }
            }
        }
        return cues;
    }

    private static Rhetoric fromHit(String text, RhetoricCues.Hit hit) {
        Sentence s = hit.sentence();
        List<Token> t = s.tokens();
        int cueStart = t.get(hit.from()).start();
        int cueEnd = t.get(hit.to() - 1).end();
        int start = switch (hit.entry().scope()) {
            case CUE, REST -> cueStart;
            case SENTENCE, QUESTION -> s.start();
        };
        int end = switch (hit.entry().scope()) {
            case CUE -> cueEnd;
            case REST, SENTENCE -> Math.max(cueEnd, lastWordEnd(t));
            case QUESTION -> s.end();
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

    /** A poll asks the reader's view ("What do you think? Vote below."): it doubts no one. */
    static boolean isReaderPoll(Sentence question, Sentence next) {
        return hasPollWord(question) || next != null && hasPollWord(next);
    }

    private static boolean hasPollWord(Sentence s) {
        return s.tokens().stream().anyMatch(t -> POLL_WORDS.contains(t.text().toLowerCase(Locale.ROOT)));
    }

    /**
     * A question in the writer's voice: two words or more ending with "?", with no quotation mark, and not
     * an interview's question (a "Q:" or "Question:" label).
     */
    static boolean isOwnQuestion(Sentence s) {
        List<Token> t = s.tokens();
        String first = t.get(0).text();
        String last = t.get(t.size() - 1).text();
        boolean quoted = first.matches("[\"\u201c\u2018`]+|''") || last.matches("[\"\u201d\u2019]|''");
        boolean interview = t.size() > 1 && first.matches("(?i)q|question") && t.get(1).text().equals(":");
        return !quoted && !interview && last.equals("?") && t.size() > 2
                && t.stream().noneMatch(x -> x.text().toLowerCase(Locale.ROOT).matches("[\"\u201c\u201d]|``|''"));
    }
}
