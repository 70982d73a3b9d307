package org.newsift.rhetoric;

import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds Repetition: a word or phrase repeated for emphasis. Any story repeats its subject ("export
 * quota", "dlr bond", names, numbers), so recurrence alone is no evidence; three forms are:
 * <ul>
 *   <li>an <b>echo</b>: a word or phrase of up to {@value #MAX_ECHO} words said again straight away, with only a
 *       comma, dash or exclamation between ("never, never, never"); said twice, it must close the phrase, since
 *       "crude oil, oil products" is a list;</li>
 *   <li><b>anaphora</b>: consecutive sentences that open with the same {@value #MIN_OPENING} or more words, a
 *       verb other than be, have or do among them ("We will fight ... We will fight ..."; not "The bonds are");</li>
 *   <li>a <b>refrain</b>: a predicate of {@value #MIN_REFRAIN} to {@value #MAX_REFRAIN} words (opening with a verb or
 *       adverb, ending with a content word) said again within {@value #NEAR} sentences, or a whole sentence of
 *       up to {@value #SLOGAN_WORDS} words said again anywhere (a slogan).</li>
 * </ul>
 * Names, numbers and reporting verbs never make a repetition: news repeats them because it is about them.
 */
final class Repetitions {
    static final int MAX_ECHO = 4;
    static final int MIN_OPENING = 3;
    static final int MIN_REFRAIN = 3;
    static final int MAX_REFRAIN = 6;
    static final int NEAR = 3;
    /** A sentence of at most this many words said twice is a slogan wherever the second time comes. */
    static final int SLOGAN_WORDS = 8;
    private static final Set<String> NOT_CONTENT = Set.of("be", "have", "do", "say", "tell", "make", "get", "go",
            "also", "not", "n't", "so", "just", "very", "more", "most", "other", "such", "only", "even", "still",
            "year", "time", "people", "new", "last", "first", "many", "much", "well", "then", "now", "ago", "told",
            "percent", "pct", "week", "day", "month", "include", "report", "according", "former", "accord");
    private static final Set<String> REPORTING = Set.of("say", "tell", "add", "report", "state", "announce",
            "according", "accord", "note", "explain", "claim");
    private static final Set<String> SEPARATORS = Set.of(",", "-", "--", "\u2013", "\u2014", "!", "...", "\u2026", ";");

    enum Form {
        ECHO, ANAPHORA, REFRAIN
    }

    /** A repetition: token range [from, to) in a sentence, its form, and the sentence it repeats. */
    record Occurrence(Sentence sentence, int from, int to, Form form, Sentence first) {
    }

    private Repetitions() {
    }

    static List<Occurrence> find(List<Sentence> sentences) {
        List<Occurrence> out = new ArrayList<>();
        for (Sentence s : sentences) {
            echo(s).ifPresent(out::add);
        }
        for (int i = 1; i < sentences.size(); i++) {
            int n = sharedOpening(sentences.get(i - 1), sentences.get(i));
            if (n > 0) {
                out.add(new Occurrence(sentences.get(i), 0, n, Form.ANAPHORA, sentences.get(i - 1)));
            }
        }
        out.addAll(refrains(sentences));
        return out;
    }

    /** The longest run in the sentence of one unit said two or more times in a row; the span covers the run. */
    private static Optional<Occurrence> echo(Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            for (int n = MAX_ECHO; n >= 1; n--) {
                if (i + n > t.size() || !allWords(t, i, i + n) || !emphatic(t, i, i + n)) {
                    continue;
                }
                int end = i + n;
                int times = 1;
                while (true) {
                    int next = end < t.size() && SEPARATORS.contains(t.get(end).text()) ? end + 1 : end;
                    // a single word needs a separator: "had had" and "that that" are grammar, not emphasis
                    boolean separated = next > end || n > 1;
                    if (!separated || next + n > t.size() || !same(t, i, next, n)) {
                        break;
                    }
                    end = next + n;
                    times++;
                }
                boolean atBoundary = end == t.size() || !Character.isLetterOrDigit(t.get(end).text().codePointAt(0));
                // "crude oil, oil products" lists, it does not echo: two times must close the phrase
                if (times >= 3 || times == 2 && atBoundary) {
                    return Optional.of(new Occurrence(s, i, end, Form.ECHO, s));
                }
            }
        }
        return Optional.empty();
    }

    /** A unit worth echoing: words, neither numbers nor names. */
    private static boolean emphatic(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.get(i).pos().equals("CD") || t.get(i).pos().startsWith("NNP")) {
                return false;
            }
        }
        return true;
    }

    /** How many opening words two sentences share when they make anaphora, else 0. */
    private static int sharedOpening(Sentence a, Sentence b) {
        List<Token> x = a.tokens();
        List<Token> y = b.tokens();
        int n = 0;
        while (n < x.size() && n < y.size() && Character.isLetter(x.get(n).text().codePointAt(0))
                && x.get(n).text().equalsIgnoreCase(y.get(n).text())) {
            n++;
        }
        if (n < MIN_OPENING || n == y.size() - 1) {
            return 0; // a sentence said again whole is a refrain
        }
        boolean verb = false;
        for (int i = 0; i < n; i++) {
            Token t = y.get(i);
            if (t.pos().startsWith("NNP") || t.pos().equals("CD") || REPORTING.contains(lemma(t))) {
                return 0;
            }
            verb |= t.pos().startsWith("VB") && !NOT_CONTENT.contains(lemma(t));
        }
        return verb ? n : 0;
    }

    /** Clauses said again in close succession, and short sentences said again anywhere. */
    private static List<Occurrence> refrains(List<Sentence> sentences) {
        Map<String, Sentence> seen = new HashMap<>();
        Map<String, Sentence> slogans = new HashMap<>();
        List<Occurrence> out = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            int words = wordsEnd(t);
            boolean slogan = words >= 2 && words <= SLOGAN_WORDS && plain(t, 0, words);
            Sentence earlierSlogan = slogan ? slogans.putIfAbsent(key(t, 0, words), s) : null;
            if (earlierSlogan != null) {
                out.add(new Occurrence(s, 0, words, Form.REFRAIN, earlierSlogan));
                continue;
            }
            List<Occurrence> inSentence = new ArrayList<>();
            Map<String, Sentence> seenHere = new HashMap<>();
            for (int n = MAX_REFRAIN; n >= MIN_REFRAIN; n--) {
                for (int i = 0; i + n <= t.size(); i++) {
                    if (!clause(t, i, i + n)) {
                        continue;
                    }
                    String key = key(t, i, i + n);
                    Sentence first = seen.get(key);
                    if (first != null && s.index() - first.index() <= NEAR && !covered(inSentence, i, i + n)) {
                        inSentence.add(new Occurrence(s, i, i + n, Form.REFRAIN, first));
                    }
                    seenHere.putIfAbsent(key, s);
                }
            }
            seen.putAll(seenHere); // the latest use counts: a refrain may recur through the article
            out.addAll(inSentence);
        }
        return out;
    }

    /**
     * A predicate worth repeating: it opens with a verb or adverb ("hurts working families"), ends with a
     * content word, and holds no name or number. A subject and its verb said again ("revenue passenger miles
     * rose") is how a report lists its figures, not emphasis.
     */
    private static boolean clause(List<Token> t, int from, int to) {
        Token head = t.get(from);
        boolean predicate = (head.pos().startsWith("VB") || head.pos().startsWith("RB")) && isContent(head);
        return predicate && isContent(t.get(to - 1)) && allWords(t, from, to) && plain(t, from, to);
    }

    /** No name, number or reporting verb in the range. */
    private static boolean plain(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            Token x = t.get(i);
            if (x.pos().startsWith("NNP") || x.pos().equals("CD") || REPORTING.contains(lemma(x))) {
                return false;
            }
        }
        return true;
    }

    /** The end of the sentence's words, before closing punctuation. */
    private static int wordsEnd(List<Token> t) {
        int end = t.size();
        while (end > 0 && !Character.isLetterOrDigit(t.get(end - 1).text().codePointAt(0))) {
            end--;
        }
        return end;
    }

    private static boolean same(List<Token> t, int a, int b, int n) {
        for (int k = 0; k < n; k++) {
            if (!t.get(a + k).text().equalsIgnoreCase(t.get(b + k).text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean covered(List<Occurrence> taken, int from, int to) {
        return taken.stream().anyMatch(o -> o.from() < to && from < o.to());
    }

    private static boolean allWords(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLetterOrDigit(t.get(i).text().codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isContent(Token t) {
        String pos = t.pos();
        boolean open = (pos.startsWith("NN") && !pos.startsWith("NNP")) || pos.startsWith("VB")
                || pos.startsWith("JJ") || pos.startsWith("RB");
        return open && t.text().length() > 2 && !NOT_CONTENT.contains(lemma(t));
    }

    private static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    private static String key(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(i == from ? "" : " ").append(t.get(i).lemma().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
