package org.newsift.dates;

import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Hand-made sentences for the date tests, so they run without CoreNLP. Sentences written for the project.
 *
 * <p>{@link #parsed} (or {@link #parsedAfter} some text) takes tokens {@code word|POS|head|deprel} with a 1-based head (0 = root), as in CoNLL-U.
 * {@link #flat} splits a sentence on spaces, tags a few words from small tables and hangs every token on the
 * main verb (auxiliaries and modals on the verb they precede), which is enough for the rules that only
 * need a tense. Tokens are joined by single spaces, except before "," "." and "'s"; offsets are code points.
 */
final class Sentences {
    private Sentences() {
    }

    /** A sentence and the document text it was cut from. */
    record Built(String text, Sentence sentence) {
    }

    private static final Set<String> PAST = Set.of("arrested", "met", "said", "attacked", "signed", "killed",
            "visited", "announced", "launched", "struck", "voted", "resigned", "died", "opened", "clashed",
            "gathered", "chanted", "reported", "appeared", "protested", "agreed");
    private static final Set<String> PARTICIPLE = Set.of("scheduled", "held", "killed", "arrested", "signed");
    private static final Set<String> BASE = Set.of("meet", "visit", "sign", "hold", "vote", "open", "travel",
            "resume", "attack", "announce");
    private static final Set<String> PRESENT = Set.of("meet", "meets", "opens", "visits", "says");
    private static final Set<String> MODAL = Set.of("will", "shall", "would", "could", "may", "might", "must",
            "can", "'ll");
    private static final Set<String> AUX = Set.of("has", "have", "had", "was", "were", "is", "are", "be", "been");
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "during", "at", "over", "for", "of", "since");
    private static final Set<String> NUMBERS = Set.of("two", "three", "five", "a");

    static Built parsedAfter(String prefix, String... tokens) {
        String[][] f = new String[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
            f[i] = tokens[i].split("\\|");
        }
        return build(prefix, f);
    }

    static Built parsed(String... tokens) {
        return parsedAfter("", tokens);
    }

    static Built flat(String words) {
        String[] w = words.split(" ");
        String[] pos = new String[w.length];
        for (int i = 0; i < w.length; i++) {
            pos[i] = tag(w, i);
        }
        int root = -1;
        for (int i = 0; i < w.length && root < 0; i++) {
            if (pos[i].startsWith("VB") && !AUX.contains(w[i].toLowerCase())) {
                root = i;
            }
        }
        if (root < 0) {
            root = 0;
        }
        String[][] f = new String[w.length][];
        for (int i = 0; i < w.length; i++) {
            int head = root + 1;
            String rel = "dep";
            if (i == root) {
                head = 0;
                rel = "root";
            } else if (pos[i].equals("MD") || AUX.contains(w[i].toLowerCase())) {
                for (int j = i + 1; j < w.length; j++) {
                    if (pos[j].startsWith("VB") && !AUX.contains(w[j].toLowerCase())) {
                        head = j + 1;
                        break;
                    }
                }
                rel = "aux";
            }
            f[i] = new String[] {w[i], pos[i], String.valueOf(head), rel};
        }
        return build("", f);
    }

    private static String tag(String[] w, int i) {
        String s = w[i];
        String l = s.toLowerCase();
        String before = i > 0 ? w[i - 1].toLowerCase() : "";
        if (MODAL.contains(l)) {
            return "MD";
        }
        if (AUX.contains(l)) {
            return l.equals("was") || l.equals("were") || l.equals("had") ? "VBD" : "VBZ";
        }
        if (PARTICIPLE.contains(l) && AUX.contains(before)) {
            return "VBN";
        }
        if (PAST.contains(l)) {
            return "VBD";
        }
        if (BASE.contains(l) && (MODAL.contains(before) || before.equals("to"))) {
            return "VB";
        }
        if (PRESENT.contains(l)) {
            return "VBP";
        }
        if (PREPOSITIONS.contains(l)) {
            return "IN";
        }
        if (s.matches("[,.\"\u201C\u201D]")) {
            return s.equals(",") ? "," : s.equals(".") ? "." : "``";
        }
        if (s.matches("\\d.*") || NUMBERS.contains(l)) {
            return "CD";
        }
        if (l.equals("'s")) {
            return "POS";
        }
        return Character.isUpperCase(s.codePointAt(0)) ? "NNP" : l.endsWith("s") ? "NNS" : "NN";
    }

    private static Built build(String prefix, String[][] f) {
        StringBuilder text = new StringBuilder(prefix);
        int cp = prefix.codePointCount(0, prefix.length());
        int sentenceStart = cp;
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < f.length; i++) {
            String word = f[i][0];
            if (i > 0 ? !word.matches("[.,]|'s") : !prefix.isEmpty()) {
                text.append(' ');
                cp++;
            }
            int start = cp;
            text.append(word);
            cp += word.codePointCount(0, word.length());
            out.add(new Token(i, start, cp, word, f[i][1], word.toLowerCase(), "O",
                    Integer.parseInt(f[i][2]) - 1, f[i][3]));
        }
        return new Built(text.toString(), new Sentence(0, sentenceStart, cp, out));
    }
}
