package org.newsift.rhetoric;

import org.newsift.attribution.QuoteMarks;
import org.newsift.model.Quote;
import org.newsift.model.Rhetoric;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whose words a technique span is (docs/rhetoric.md, "Voice"). The Propaganda Techniques Corpus marks techniques
 * wherever they are, quotations included, so the spans stay; but a loaded word in a minister's quoted remark, or a
 * fear the article reports ("Many fear the plan will …"), is not the writer's persuasion, and spin counts only the
 * writer's. A span is {@link Rhetoric#QUOTED} when at least half of it lies inside quotation marks
 * ({@link QuoteMarks}, the stretches the quote stage reads) or inside a quote the quote stage found (direct, or
 * reported speech: "officials said the plan would …", but not a finding: {@link #isFinding}), or when it reports
 * someone else's fear or belief: in its
 * sentence, before the span ends, a word of fearing or believing that is not the writer's own (see
 * {@link #othersAttitude}). Every other span is {@link Rhetoric#WRITER}.
 */
public final class SpanVoice {
    /** Verbs of fearing and believing ("Many fear …"); "concern" is no such verb ("the case concerns …"). */
    static final Set<String> ATTITUDE_VERBS = Set.of("fear", "worry", "dread", "believe", "suspect");
    /** Adjectives and participles of fearing ("Investors are worried that …"). */
    static final Set<String> ATTITUDE_ADJECTIVES = Set.of("worried", "concerned", "afraid", "fearful", "anxious");
    /** Nouns of fearing ("Worries grew that …"); "suspect" is no such noun ("the suspect that police …"). */
    static final Set<String> ATTITUDE_NOUNS = Set.of("fear", "worry", "concern", "anxiety", "dread");
    /** Cues of findings, not of anyone's words ({@link #isFinding}). */
    static final Set<String> FINDINGS = Set.of("show", "find");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our");
    /** Modals with which the writer tells someone to fear ("Voters should fear …"): that is the writer's appeal. */
    private static final Set<String> OBLIGATION = Set.of("should", "must", "ought");

    private SpanVoice() {
    }

    /** The spans with their voices read; {@code text} is the text the sentences and quotes point into. */
    public static List<Rhetoric> read(String text, List<Sentence> sentences, List<Quote> quotes, List<Rhetoric> spans) {
        List<int[]> quoted = new ArrayList<>();
        QuoteMarks.find(text).forEach(q -> quoted.add(new int[]{q.start(), q.end()}));
        quotes.stream().filter(q -> q.direct() || !isFinding(q, sentences))
                .forEach(q -> quoted.add(new int[]{q.start(), q.end()}));
        List<Rhetoric> out = new ArrayList<>(spans.size());
        for (Rhetoric r : spans) {
            Sentence sentence = sentenceOf(r, sentences);
            boolean others = mostlyInside(r, quoted) || sentence != null && othersAttitude(sentence, r);
            out.add(r.withVoice(others ? Rhetoric.QUOTED : Rhetoric.WRITER));
        }
        return out;
    }

    /**
     * Reported speech whose cue is a verb of findings ("His popularity shows how deeply the party misjudged …", "the
     * poll found that …"): the quote stage reports it as what the finding says, but the words are the writer's.
     */
    private static boolean isFinding(Quote q, List<Sentence> sentences) {
        if (q.cue() == null) {
            return false;
        }
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                if (t.start() == q.cue().start()) {
                    return t.lemma() != null && FINDINGS.contains(t.lemma().toLowerCase(Locale.ROOT));
                }
            }
        }
        return false;
    }

    /** Whether the span is the writer's own persuasion, which spin counts. */
    public static boolean isWriters(Rhetoric r) {
        return Rhetoric.WRITER.equals(r.voice());
    }

    /** At least half of the span lies in the quoted stretches (they may overlap: a quote inside quotation marks). */
    private static boolean mostlyInside(Rhetoric r, List<int[]> quoted) {
        int length = r.end() - r.start();
        int[] covered = new int[Math.max(0, length)];
        int inside = 0;
        for (int[] q : quoted) {
            for (int i = Math.max(q[0], r.start()); i < Math.min(q[1], r.end()); i++) {
                if (covered[i - r.start()]++ == 0) {
                    inside++;
                }
            }
        }
        return length > 0 && 2 * inside >= length;
    }

    private static Sentence sentenceOf(Rhetoric r, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (s.start() <= r.start() && r.start() < s.end()) {
                return s;
            }
        }
        return null;
    }

    /**
     * A word of fearing or believing before the span's end that reports someone else's attitude: a verb or adjective
     * whose subject is not the writer ("Many fear", "Investors are worried"; not "We fear", nor "Voters should fear",
     * which is the writer's appeal), or a noun no
     * first-person word owns that a that-clause follows ("Worries grew that …", "amid fears that …"; not "our
     * fear").
     */
    static boolean othersAttitude(Sentence s, Rhetoric r) {
        List<Token> tokens = s.tokens();
        for (Token t : tokens) {
            if (t.start() >= r.end()) {
                break;
            }
            String word = t.lemma() == null ? t.text() : t.lemma();
            word = word.toLowerCase(Locale.ROOT);
            List<Token> children = s.children(t.index());
            if (t.isNoun() && ATTITUDE_NOUNS.contains(word)) {
                boolean owned = children.stream().anyMatch(c -> "nmod:poss".equals(c.deprel()) && isFirstPerson(c));
                boolean clause = tokens.stream().anyMatch(x -> x.index() > t.index() && x.start() < r.end()
                        && x.text().equalsIgnoreCase("that"));
                if (!owned && clause) {
                    return true;
                }
            } else if (t.isVerb() && ATTITUDE_VERBS.contains(word)
                    || (t.pos().startsWith("JJ") || t.pos().equals("VBN"))
                    && ATTITUDE_ADJECTIVES.contains(t.text().toLowerCase(Locale.ROOT))) {
                Token subject = children.stream().filter(c -> c.deprel() != null && c.deprel().startsWith("nsubj"))
                        .findFirst().orElse(null);
                boolean urged = children.stream().anyMatch(c -> OBLIGATION.contains(c.text().toLowerCase(Locale.ROOT)));
                if (subject != null && !isFirstPerson(subject) && !urged) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isFirstPerson(Token t) {
        return FIRST_PERSON.contains(t.text().toLowerCase(Locale.ROOT));
    }
}
