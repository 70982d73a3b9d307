package org.newsift.rhetoric;

import org.newsift.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Phrases as token tests (docs/rhetoric.md): alternatives separated by {@code |}, each a sequence of
 * space-separated elements: {@code word} or {@code word/other} matches a token whose lower-cased text
 * or lemma is one of them; {@code <JJ>} a token whose part of speech starts with JJ; {@code *} any one
 * token; {@code ...} a gap of up to {@value #MAX_GAP} tokens. The longest matching alternative wins.
 */
final class CuePattern {
    static final int MAX_GAP = 8;

    private sealed interface Element permits Words, Pos, Any, Gap {
    }

    private record Words(Set<String> words) implements Element {
    }

    private record Pos(String prefix) implements Element {
    }

    private record Any() implements Element {
    }

    private record Gap() implements Element {
    }

    private final String source;
    private final List<List<Element>> alternatives;

    private CuePattern(String source, List<List<Element>> alternatives) {
        this.source = source;
        this.alternatives = alternatives;
    }

    static CuePattern parse(String pattern) {
        List<List<Element>> alternatives = new ArrayList<>();
        for (String phrase : pattern.split("\\|")) {
            alternatives.add(parsePhrase(phrase, pattern));
        }
        return new CuePattern(pattern.strip(), List.copyOf(alternatives));
    }

    private static List<Element> parsePhrase(String phrase, String pattern) {
        List<Element> elements = new ArrayList<>();
        for (String part : phrase.strip().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.equals("*")) {
                elements.add(new Any());
            } else if (part.equals("...")) {
                elements.add(new Gap());
            } else if (part.startsWith("<") && part.endsWith(">") && part.length() > 2) {
                elements.add(new Pos(part.substring(1, part.length() - 1)));
            } else {
                elements.add(new Words(Set.of(part.toLowerCase(Locale.ROOT).split("/"))));
            }
        }
        if (elements.isEmpty() || elements.get(0) instanceof Gap || elements.get(elements.size() - 1) instanceof Gap) {
            throw new IllegalArgumentException("pattern '" + pattern + "': each alternative must start and end with a "
                    + "token, not '...' or nothing");
        }
        return List.copyOf(elements);
    }

    String source() {
        return source;
    }

    /** The words a match can start with (for indexing), or an empty set when it can start with any word. */
    Set<String> firstWords() {
        Set<String> words = new HashSet<>();
        for (List<Element> a : alternatives) {
            if (!(a.get(0) instanceof Words w)) {
                return Set.of();
            }
            words.addAll(w.words());
        }
        return words;
    }

    /** The end (exclusive token index) of the longest match starting at token {@code from}, or -1. */
    int matchAt(List<Token> tokens, int from) {
        int best = -1;
        for (List<Element> elements : alternatives) {
            best = Math.max(best, match(elements, tokens, from, 0));
        }
        return best;
    }

    private static int match(List<Element> elements, List<Token> tokens, int at, int element) {
        if (element == elements.size()) {
            return at;
        }
        Element e = elements.get(element);
        if (e instanceof Gap) {
            for (int skip = 0; skip <= MAX_GAP && at + skip <= tokens.size(); skip++) {
                int end = match(elements, tokens, at + skip, element + 1);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (at >= tokens.size() || !accepts(e, tokens.get(at))) {
            return -1;
        }
        return match(elements, tokens, at + 1, element + 1);
    }

    private static boolean accepts(Element e, Token t) {
        if (e instanceof Words w) {
            return w.words().contains(t.text().toLowerCase(Locale.ROOT).replace('’', '\''))
                    || w.words().contains(t.lemma().toLowerCase(Locale.ROOT));
        }
        return !(e instanceof Pos p) || t.pos().startsWith(p.prefix());
    }
}
