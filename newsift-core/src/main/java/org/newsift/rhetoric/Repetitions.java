package org.newsift.rhetoric;

import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds Repetition algorithmically: a phrase of {@value #MIN_WORDS} to {@value #MAX_WORDS} words that
 * begins and ends with a content word (common noun, verb, adjective or adverb, not a reporting or
 * auxiliary verb) and comes back in a later sentence; a two-word phrase must come {@value #TWO_WORD_TIMES}
 * times, since pairs such as "health care" recur in any story on the subject. Every occurrence after the
 * first is a span; where repeated phrases overlap, the longest wins. Names alone do not count: news
 * repeats names because it is about them.
 */
final class Repetitions {
    static final int MIN_WORDS = 2;
    static final int MAX_WORDS = 6;
    static final int TWO_WORD_TIMES = 3;
    private static final Set<String> NOT_CONTENT = Set.of("be", "have", "do", "say", "tell", "make", "get", "go",
            "also", "not", "n't", "so", "just", "very", "more", "most", "other", "such", "only", "even", "still",
            "year", "time", "people", "new", "last", "first", "many", "much", "well", "then", "now", "ago", "told",
            "percent", "week", "day", "month", "include", "report", "according", "former", "accord");

    /** A repeated phrase occurrence: token range [from, to) in a sentence, and where it first appeared. */
    record Occurrence(Sentence sentence, int from, int to, String phrase, Sentence first) {
    }

    private Repetitions() {
    }

    static List<Occurrence> find(List<Sentence> sentences) {
        Map<String, Integer> times = new HashMap<>();
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            for (int i = 0; i + MIN_WORDS <= t.size(); i++) {
                if (candidate(t, i, i + MIN_WORDS)) {
                    times.merge(key(t, i, i + MIN_WORDS), 1, Integer::sum);
                }
            }
        }
        Map<String, Sentence> firstSeen = new HashMap<>();
        List<Occurrence> out = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            List<Occurrence> inSentence = new ArrayList<>();
            Map<String, Sentence> seenHere = new HashMap<>();
            for (int n = MAX_WORDS; n >= MIN_WORDS; n--) {
                for (int i = 0; i + n <= t.size(); i++) {
                    if (!candidate(t, i, i + n)) {
                        continue;
                    }
                    String key = key(t, i, i + n);
                    if (n == MIN_WORDS && times.getOrDefault(key, 0) < TWO_WORD_TIMES) {
                        continue;
                    }
                    Sentence first = firstSeen.get(key);
                    if (first != null && first != s && !covered(inSentence, i, i + n)) {
                        inSentence.add(new Occurrence(s, i, i + n, key, first));
                    }
                    seenHere.putIfAbsent(key, s);
                }
            }
            seenHere.forEach(firstSeen::putIfAbsent);
            inSentence.sort((a, b) -> Integer.compare(a.from(), b.from()));
            out.addAll(inSentence);
        }
        return out;
    }

    private static boolean candidate(List<Token> t, int from, int to) {
        return isContent(t.get(from)) && isContent(t.get(to - 1)) && allWords(t, from, to);
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
        return open && t.text().length() > 2 && !NOT_CONTENT.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    private static String key(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(i == from ? "" : " ").append(t.get(i).lemma().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
