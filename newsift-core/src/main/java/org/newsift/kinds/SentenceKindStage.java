package org.newsift.kinds;

import org.newsift.kinds.KindCues.Group;
import org.newsift.model.Quote;
import org.newsift.model.SentenceKind;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.Layer;
import org.newsift.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives each sentence a kind, first rule that fits:
 * <ol>
 *   <li>{@code quote}: quotations (direct, or reported clauses) cover at least half of it;</li>
 *   <li>{@code question}: it ends in "?" (rhetorical questions included: the form decides);</li>
 *   <li>{@code call_to_action}: a bare imperative ("Stop the war."), "let us", a first-person urging verb
 *       ("we urge"), or an obligation modal whose subject is "we", "you" or an addressee such as the
 *       authorities ("the government must act");</li>
 *   <li>{@code opinion}: outside quotations, an evaluative word or stance adverb ("shameful", "clearly"), a
 *       first-person belief ("I think"), or an obligation modal ("this should never happen");</li>
 *   <li>{@code report} otherwise.</li>
 * </ol>
 * The word lists are {@code kind-cues.tsv}. Runs after the quote stage.
 */
public final class SentenceKindStage implements Stage {
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    private static final Set<String> ADDRESSED = Set.of("we", "you");
    private final KindCues cues = KindCues.builtIn();

    @Override
    public String name() {
        return "sentence-kinds";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.QUOTES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.SENTENCE_KINDS);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        List<SentenceKind> kinds = new ArrayList<>();
        for (Sentence s : doc.nlp().sentences()) {
            kinds.add(kindOf(s, doc.quotes()));
        }
        doc.setSentenceKinds(kinds);
    }

    SentenceKind kindOf(Sentence s, List<Quote> quotes) {
        boolean[] quoted = quoted(s, quotes);
        if (mostlyQuoted(s, quoted)) {
            return SentenceKind.QUOTE;
        }
        if (endsInQuestionMark(s)) {
            return SentenceKind.QUESTION;
        }
        if (callsToAction(s, quoted)) {
            return SentenceKind.CALL_TO_ACTION;
        }
        if (opines(s, quoted)) {
            return SentenceKind.OPINION;
        }
        return SentenceKind.REPORT;
    }

    /** Per token, whether it lies in someone else's words: the writer's own "I think ..." is no quote. */
    private static boolean[] quoted(Sentence s, List<Quote> quotes) {
        boolean[] in = new boolean[s.tokens().size()];
        for (Quote q : quotes) {
            boolean writer = !q.direct() && q.speaker() != null
                    && FIRST_PERSON.contains(q.speaker().text().toLowerCase(Locale.ROOT));
            if (writer || q.end() <= s.start() || q.start() >= s.end()) {
                continue;
            }
            for (Token t : s.tokens()) {
                in[t.index()] |= t.start() < q.end() && t.end() > q.start();
            }
        }
        return in;
    }

    /** Half the sentence's words or more lie in quotations. */
    private static boolean mostlyQuoted(Sentence s, boolean[] quoted) {
        int words = 0;
        int in = 0;
        for (Token t : s.tokens()) {
            if (t.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
                in += quoted[t.index()] ? 1 : 0;
            }
        }
        return words > 0 && 2 * in >= words;
    }

    private static boolean endsInQuestionMark(Sentence s) {
        for (int i = s.tokens().size() - 1; i >= 0; i--) {
            String w = s.token(i).text();
            if (w.equals("?")) {
                return true;
            }
            if (!w.matches("[\"'\u201d\u2019)\\]]+|''")) {
                return false;
            }
        }
        return false;
    }

    private boolean callsToAction(Sentence s, boolean[] quoted) {
        Token first = firstWord(s);
        boolean hasSubject = s.tokens().stream().anyMatch(t -> t.deprel().startsWith("nsubj"));
        if (first != null && !quoted[first.index()] && first.pos().equals("VB") && !hasSubject && s.tokens().size() > 2) {
            return true; // "Stop the war." / "Let us ..."
        }
        for (Token t : s.tokens()) {
            if (quoted[t.index()]) {
                continue;
            }
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            boolean urging = t.isVerb() && cues.has(Group.URGING, lemma);
            boolean obligation = t.deprel().equals("aux") && cues.has(Group.MODAL, lemma);
            int predicate = obligation ? t.head() : t.index();
            if ((urging || obligation) && predicate >= 0 && addressed(s, predicate, urging)) {
                return true;
            }
        }
        return false;
    }

    /** The predicate's subject is "we"/"you" (for an urging verb: "we"/"I"), or an addressee ("the authorities"). */
    private boolean addressed(Sentence s, int predicate, boolean urging) {
        for (Token c : s.children(predicate)) {
            if (!c.deprel().equals("nsubj")) {
                continue;
            }
            String w = c.text().toLowerCase(Locale.ROOT);
            return urging ? FIRST_PERSON.contains(w) : ADDRESSED.contains(w) || cues.has(Group.ADDRESSEE, c.lemma());
        }
        return false;
    }

    private boolean opines(Sentence s, boolean[] quoted) {
        for (Token t : s.tokens()) {
            if (quoted[t.index()]) {
                continue;
            }
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            boolean judging = (t.pos().startsWith("JJ") || t.pos().startsWith("RB")) && cues.has(Group.EVALUATIVE, lemma);
            boolean marker = t.pos().startsWith("RB") && cues.has(Group.MARKER, lemma);
            boolean modal = t.deprel().equals("aux") && cues.has(Group.MODAL, lemma);
            boolean belief = t.isVerb() && cues.has(Group.STANCE, lemma) && s.children(t.index()).stream()
                    .anyMatch(c -> c.deprel().equals("nsubj") && FIRST_PERSON.contains(c.text().toLowerCase(Locale.ROOT)));
            if (judging || marker || modal || belief) {
                return true;
            }
        }
        return false;
    }

    private static Token firstWord(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                return t;
            }
        }
        return null;
    }
}
