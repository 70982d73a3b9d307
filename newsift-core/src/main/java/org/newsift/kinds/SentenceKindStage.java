package org.newsift.kinds;

import org.newsift.attribution.AttributionLayers;
import org.newsift.attribution.CueLexicon;
import org.newsift.kinds.KindCues.Group;
import org.newsift.model.Quote;
import org.newsift.model.SentenceKind;
import org.newsift.nlp.NlpLayers;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.SentenceSpans;
import org.newsift.nlp.Token;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.LayerKey;
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
 *   <li>{@code call_to_action}: a bare imperative ("Stop the war.", "But let us not forget"), "let us", a
 *       first-person urging verb ("we urge"), or an obligation modal whose subject is "we", "you" or an
 *       addressee such as the authorities ("the government must act");</li>
 *   <li>{@code opinion}, in a sentence that does not attribute its content to a source ("according to", a
 *       speech verb such as "said" whose subject is not I/we): outside quotations, an evaluative word or stance
 *       adverb ("shameful", "clearly"), a first-person belief ("I think"), or an obligation modal ("this should
 *       never happen", but not "must be approved by the board"); or, in a sentence without quotations, a
 *       judgement or forecast in the writer's own voice: a verdict noun as the predicate ("the plan is a recipe
 *       for chaos"), a denied option ("patience is not an option"), "not just" ("this powder keg is not just
 *       local news"), a linking verb with an adjective ("the promises sound hollow"), or a forecast of
 *       consequences ("the retreat will embolden hostile elements"; "talks will change nothing"; "our water
 *       will go the same way");</li>
 *   <li>{@code report} otherwise.</li>
 * </ol>
 * The word lists are {@code kind-cues.tsv} and the user's {@code --kind-cues} files. Runs after the quote stage.
 */
public final class SentenceKindStage implements Stage {
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    private static final Set<String> ADDRESSED = Set.of("we", "you");
    /** Words by which the writer speaks in their own person, as in "our water will go the same way". */
    private static final Set<String> WRITER = Set.of("i", "we", "us", "our", "my");
    /** Objects that make a forecast a verdict: "talks will change nothing". */
    private static final Set<String> NOTHING = Set.of("nothing", "nobody", "none");
    private final KindCues cues;
    private final CueLexicon attribution;

    public SentenceKindStage() {
        this(CueLexicon.builtIn(), KindCues.builtIn());
    }

    /**
     * @param attribution the attribution cues whose verbs ("said", "warned") make a sentence someone else's report
     * @param cues        the opinion and call-to-action cues
     */
    public SentenceKindStage(CueLexicon attribution, KindCues cues) {
        this.attribution = attribution;
        this.cues = cues;
    }

    @Override
    public String name() {
        return "sentence-kinds";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(NlpLayers.NLP, AttributionLayers.QUOTES);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(SentenceKindLayers.SENTENCE_KINDS);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        List<Sentence> sentences = doc.get(NlpLayers.NLP).sentences();
        List<List<Quote>> quotes = SentenceSpans.overlapping(sentences, doc.get(AttributionLayers.QUOTES), Quote::start,
                Quote::end);
        List<SentenceKind> kinds = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            kinds.add(kindOf(sentences.get(i), quotes.get(i)));
        }
        doc.put(SentenceKindLayers.SENTENCE_KINDS, kinds);
    }

    /** @param quotes the quotes that overlap the sentence (or more) */
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
        // the verb's own subject: in "Tell them that water is not for sale" the subject "water" is the clause's
        boolean hasSubject = first != null && s.children(first.index()).stream().anyMatch(t -> t.deprel().startsWith("nsubj"));
        if (first != null && !quoted[first.index()] && first.pos().equals("VB") && !hasSubject && s.tokens().size() > 2) {
            return true; // "Stop the war." / "But let us not forget ..."
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
        if (attributes(s)) {
            return false; // "analysts said the plan was reasonable" reports someone's opinion
        }
        for (Token t : s.tokens()) {
            if (quoted[t.index()]) {
                continue;
            }
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            boolean judging = (t.pos().startsWith("JJ") || t.pos().startsWith("RB")) && cues.has(Group.EVALUATIVE, lemma);
            boolean marker = t.pos().startsWith("RB") && cues.has(Group.MARKER, lemma);
            boolean modal = t.deprel().equals("aux") && cues.has(Group.MODAL, lemma) && !requirement(s, t.head());
            boolean belief = t.isVerb() && cues.has(Group.STANCE, lemma) && s.children(t.index()).stream()
                    .anyMatch(c -> c.deprel().equals("nsubj") && FIRST_PERSON.contains(c.text().toLowerCase(Locale.ROOT)));
            if (judging || marker || modal || belief) {
                return true;
            }
        }
        boolean anyQuoted = false;
        for (boolean q : quoted) {
            anyQuoted |= q;
        }
        return !anyQuoted && judgesInOwnVoice(s);
    }

    /** A passive with its agent, "must be approved by the board": a rule the story reports, not the writer's wish. */
    private static boolean requirement(Sentence s, int verb) {
        if (verb < 0) {
            return false;
        }
        List<Token> children = s.children(verb);
        return children.stream().anyMatch(c -> c.deprel().equals("aux:pass")) && children.stream()
                .anyMatch(c -> c.deprel().startsWith("obl") && s.children(c.index()).stream()
                        .anyMatch(b -> b.lemma().equalsIgnoreCase("by")));
    }

    /** The sentence says whose view it gives: "according to", or a speech verb ("said", "warned") not of I/we. */
    private boolean attributes(Sentence s) {
        for (Token t : s.tokens()) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            boolean speech = t.isVerb() && attribution.isVerb(lemma) && s.children(t.index()).stream()
                    .noneMatch(c -> c.deprel().startsWith("nsubj") && FIRST_PERSON.contains(c.text().toLowerCase(Locale.ROOT)));
            if (lemma.equals("according") || speech) {
                return true;
            }
        }
        return false;
    }

    /** A verdict, "not just", a linking verb with an adjective, or a forecast of consequences. */
    private boolean judgesInOwnVoice(Sentence s) {
        boolean writer = s.tokens().stream().anyMatch(t -> WRITER.contains(t.text().toLowerCase(Locale.ROOT)));
        for (Token t : s.tokens()) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            List<Token> children = s.children(t.index());
            boolean copular = children.stream().anyMatch(c -> c.deprel().equals("cop"));
            boolean negated = children.stream()
                    .anyMatch(c -> c.lemma().equalsIgnoreCase("not") || c.lemma().equalsIgnoreCase("no"));
            boolean limited = negated && children.stream().anyMatch(c -> cues.has(Group.LIMITER, c.lemma()));
            boolean verdict = copular && t.isNoun()
                    && (cues.has(Group.VERDICT, lemma) || negated && cues.has(Group.DENIED, lemma));
            boolean linking = t.isVerb() && cues.has(Group.LINKING, lemma)
                    && children.stream().anyMatch(c -> c.deprel().equals("xcomp") && c.pos().startsWith("JJ"));
            if (verdict || copular && limited || linking || forecasts(s, t, children, writer)) {
                return true;
            }
        }
        return false;
    }

    /** {@code t} is the verb of a future or conditional ("will", "would") that forecasts a consequence. */
    private boolean forecasts(Sentence s, Token t, List<Token> children, boolean writer) {
        boolean future = children.stream().anyMatch(c -> c.deprel().equals("aux") && cues.has(Group.FUTURE, c.lemma()));
        if (!future) {
            return false;
        }
        boolean nothing = children.stream().anyMatch(c -> NOTHING.contains(c.lemma().toLowerCase(Locale.ROOT)));
        return writer || nothing || cues.has(Group.CONSEQUENCE, t.lemma());
    }

    /** The first word, past a leading conjunction ("But let us ..."). */
    private static Token firstWord(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.text().codePoints().anyMatch(Character::isLetterOrDigit) && !t.pos().equals("CC")) {
                return t;
            }
        }
        return null;
    }
}
