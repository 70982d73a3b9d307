package org.newsift.rhetoric;

import org.newsift.attribution.QuoteMarks;
import org.newsift.model.Quote;
import org.newsift.model.Rhetoric;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        Map<Integer, Token> tokenAt = new HashMap<>();
        if (!quotes.isEmpty()) {
            sentences.forEach(s -> s.tokens().forEach(t -> tokenAt.put(t.start(), t)));
        }
        List<int[]> quoted = new ArrayList<>();
        QuoteMarks.find(text).forEach(q -> quoted.add(new int[]{q.start(), q.end()}));
        quotes.stream().filter(q -> q.direct() || !isFinding(q, tokenAt))
                .forEach(q -> quoted.add(new int[]{q.start(), q.end()}));
        List<int[]> stretches = union(quoted);
        List<Rhetoric> out = new ArrayList<>(spans.size());
        for (Rhetoric r : spans) {
            Sentence sentence = sentenceOf(r, sentences);
            boolean others = mostlyInside(r, stretches) || sentence != null && othersAttitude(sentence, r);
            out.add(r.withVoice(others ? Rhetoric.QUOTED : Rhetoric.WRITER));
        }
        return out;
    }

    /**
     * Reported speech whose cue is a verb of findings ("His popularity shows how deeply the party misjudged …", "the
     * poll found that …"): the quote stage reports it as what the finding says, but the words are the writer's.
     */
    private static boolean isFinding(Quote q, Map<Integer, Token> tokenAt) {
        Token cue = q.cue() == null ? null : tokenAt.get(q.cue().start());
        return cue != null && cue.lemma() != null && FINDINGS.contains(cue.lemma().toLowerCase(Locale.ROOT));
    }

    /** Whether the span is the writer's own persuasion, which spin counts. */
    public static boolean isWriters(Rhetoric r) {
        return Rhetoric.WRITER.equals(r.voice());
    }

    /** The stretches merged where they overlap or touch, in order: disjoint, so that each span reads only its own. */
    private static List<int[]> union(List<int[]> stretches) {
        List<int[]> sorted = new ArrayList<>(stretches);
        sorted.sort(Comparator.comparingInt(q -> q[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] q : sorted) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && q[0] <= last[1]) {
                last[1] = Math.max(last[1], q[1]);
            } else {
                out.add(new int[]{q[0], q[1]});
            }
        }
        return out;
    }

    /** At least half of the span lies in the quoted stretches (disjoint and in order: {@link #union}). */
    private static boolean mostlyInside(Rhetoric r, List<int[]> stretches) {
        int length = r.end() - r.start();
        int inside = 0;
        for (int i = firstEndingAfter(stretches, r.start()); i < stretches.size() && stretches.get(i)[0] < r.end(); i++) {
            inside += Math.min(stretches.get(i)[1], r.end()) - Math.max(stretches.get(i)[0], r.start());
        }
        return length > 0 && 2 * inside >= length;
    }

    /** The index of the first stretch that ends after {@code offset}, or the size. */
    private static int firstEndingAfter(List<int[]> stretches, int offset) {
        int lo = 0;
        int hi = stretches.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (stretches.get(mid)[1] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The sentence the span starts in (sentences are in text order), or null. */
    private static Sentence sentenceOf(Rhetoric r, List<Sentence> sentences) {
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).end() <= r.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < sentences.size() && sentences.get(lo).start() <= r.start() ? sentences.get(lo) : null;
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
