package org.newsift.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the sentences that CoreNLP's sentence splitter left longer than a cap, between tokenising and tagging.
 * A text with no sentence end (a 990,000-character run, a page of 500,000 entities) is otherwise one sentence, and
 * the dependency parser's cost grows faster than its length: such an item was still being parsed after six
 * minutes. A piece ends after the last comma, semicolon, colon or line end in the second half of its window of
 * {@code max} tokens, else after exactly {@code max} tokens; every piece becomes a sentence of its own, tagged,
 * recognised and parsed like any other. Sentences within the cap are untouched, so real news is analysed as before.
 */
final class LongSentences {
    /** Tokens after which a long sentence would best be broken: clause punctuation. */
    private static final Set<String> BREAKS = Set.of(",", ";", ":");

    private LongSentences() {
    }

    /**
     * Replaces every sentence of more than {@code max} tokens by pieces of at most {@code max}, and renumbers the
     * sentences after it. The pieces keep the document's token numbering, which they partition.
     */
    static void split(Annotation document, int max) {
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.stream().allMatch(s -> tokens(s).size() <= max)) {
            return;
        }
        String text = document.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> out = new ArrayList<>(sentences.size());
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = tokens(sentence);
            if (tokens.size() <= max) {
                number(sentence, tokens, out.size());
                out.add(sentence);
                continue;
            }
            int firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            for (int from = 0; from < tokens.size(); ) {
                int to = tokens.size() - from <= max ? tokens.size() : breakAfter(tokens, from, max, text) + 1;
                out.add(piece(text, tokens.subList(from, to), out.size(), firstToken + from));
                from = to;
            }
        }
        document.set(CoreAnnotations.SentencesAnnotation.class, out);
    }

    private static List<CoreLabel> tokens(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class);
    }

    /** The index of the last token of the piece that starts at {@code from}: see the class comment. */
    private static int breakAfter(List<CoreLabel> tokens, int from, int max, String text) {
        int last = from + max - 1;
        for (int i = last; i >= from + max / 2; i--) {
            CoreLabel t = tokens.get(i);
            if (BREAKS.contains(t.word()) || text.substring(t.endPosition(), tokens.get(i + 1).beginPosition()).contains("\n")) {
                return i;
            }
        }
        return last;
    }

    /** A piece as CoreNLP's own splitter makes a sentence: its text, offsets, tokens and their numbers. */
    private static CoreMap piece(String text, List<CoreLabel> tokens, int index, int firstToken) {
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        Annotation piece = new Annotation(text.substring(begin, end));
        piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        piece.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
        piece.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
        piece.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + tokens.size());
        number(piece, tokens, index);
        return piece;
    }

    /** Gives the sentence its index, and each token its 1-based index within it. */
    private static void number(CoreMap sentence, List<CoreLabel> tokens, int index) {
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        for (int i = 0; i < tokens.size(); i++) {
            tokens.get(i).setIndex(i + 1);
            tokens.get(i).setSentIndex(index);
        }
    }
}
