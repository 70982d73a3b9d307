package org.newsift.models.rhetoric;

import org.newsift.encoding.SentenceReading;
import org.newsift.models.finetune.FineTunedClassifier;
import org.newsift.models.finetune.ModelCard;
import org.newsift.models.sentence.SentenceModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds persuasion spans in sentences (docs/rhetoric.md): the {@code spans} head of the {@link SentenceModel} marks
 * each wordpiece inside or outside a span; runs of wordpieces above the head's inside threshold become spans,
 * widened to whole words; a span's score is the calibrated probability that it is right (that most of it lies in a
 * span a PTC annotator marked), fitted on articles the tagger never saw, apart for spans of one word
 * ({@link SpanCalibration}). Thread-safe.
 */
public final class SpanTagger {
    /** One outside wordpiece between two inside ones does not split a span. */
    static final int MAX_GAP = 1;

    private final ModelCard card;
    private final SpanCalibration calibration;

    public SpanTagger(SentenceModel model) {
        this.card = model.head(SentenceModel.SPANS);
        this.calibration = SpanCalibration.of(card);
    }

    /** The head of the model that ships with newsift. */
    public static SpanTagger builtIn() {
        return new SpanTagger(SentenceModel.builtIn());
    }

    public String name() {
        return card.name();
    }

    /** The score from which spans are output, chosen for precision when the tagger was calibrated. */
    public double defaultThreshold() {
        return card.threshold();
    }

    /**
     * A span in a sentence: {@code [start, end)} in UTF-16 units of the sentence, the mean log-odds of its
     * wordpieces being inside, and the calibrated probability that it is right.
     */
    public record Found(int start, int end, double margin, double score) {
    }

    /** Every span the tagger marks in each sentence the sentence model read, whatever its score, in text order. */
    public List<List<Found>> find(List<String> sentences, List<SentenceReading> readings) {
        List<List<Found>> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            out.add(decode(sentences.get(i), FineTunedClassifier.TokenScores.of(readings.get(i), SentenceModel.SPANS),
                    insideThreshold(), calibration));
        }
        return out;
    }

    /** The wordpiece probability from which a wordpiece is inside; 0.5 (the likelier label) if the card has none. */
    double insideThreshold() {
        Double t = card.insideThreshold();
        return t == null ? 0.5 : t;
    }

    /**
     * Runs of inside wordpieces (probability above {@code inside}, bridging {@value #MAX_GAP} outside one), widened
     * to whole words.
     */
    static List<Found> decode(String text, FineTunedClassifier.TokenScores t, double inside, SpanCalibration calibration) {
        List<Found> out = new ArrayList<>();
        int n = t.size();
        int i = 0;
        while (i < n) {
            if (!inside(t, i, inside)) {
                i++;
                continue;
            }
            int last = i;
            int j = i + 1;
            while (j < n && j - last <= MAX_GAP + 1) {
                if (inside(t, j, inside)) {
                    last = j;
                }
                j++;
            }
            double sum = 0;
            for (int k = i; k <= last; k++) {
                double p = Math.min(Math.max(t.probabilities()[k][1], 1e-6), 1 - 1e-6);
                sum += Math.log(p / (1 - p));
            }
            double margin = sum / (last - i + 1);
            int start = spanStart(text, t.starts()[i]);
            int end = spanEnd(text, t.ends()[last]);
            if (start < end && isQuotationMark(text.charAt(start)) && !hasQuotationMark(text, start + 1, end)) {
                start++; // an opening mark whose quotation the span does not close: '"a disgraceful surrender'
            }
            if (start < end && isQuotationMark(text.charAt(end - 1)) && !hasQuotationMark(text, start, end - 1)) {
                end--;
            }
            int[] trimmed = start < end ? withoutFunctionWordEdges(text, start, end) : null;
            if (trimmed != null) {
                boolean oneWord = isOneWord(text, trimmed[0], trimmed[1]);
                out.add(new Found(trimmed[0], trimmed[1], margin, calibration.probability(margin, oneWord)));
            }
            i = last + 1;
        }
        return out;
    }

    /**
     * Words that carry no technique at a span's edge: a span that begins on a preposition or conjunction ("of the
     * elites") or ends on one, an article or a determiner ("the egregious failures of", "frankly the") reads as a
     * fragment, and PTC's annotators do not end spans so.
     */
    private static final Set<String> LEADING = Set.of("of", "to", "in", "for", "on", "with", "at", "by", "from", "as",
            "and", "or", "but", "than", "into", "about");
    private static final Set<String> TRAILING = Stream.concat(LEADING.stream(), Stream.of("the", "a", "an", "that", "its",
            "their", "his", "her", "our", "my", "your")).collect(Collectors.toUnmodifiableSet());
    /** What is left of a span of no content word: no technique ("the", "it", "this"). */
    private static final Set<String> EMPTY_ALONE = Set.of("the", "a", "an", "it", "this", "that", "these", "those",
            "they", "them", "he", "she", "we", "i", "you", "its", "their", "his", "her", "our", "my", "your", "is",
            "are", "was", "were", "be");

    /**
     * {start, end} without the words of {@link #LEADING} at the start and of {@link #TRAILING} at the end, or null
     * when nothing is left but such words or a lone word of {@link #EMPTY_ALONE}.
     */
    static int[] withoutFunctionWordEdges(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e) {
            int wordEnd = wordEnd(text, s);
            if (wordEnd == s || wordEnd == e || !LEADING.contains(lower(text, s, wordEnd))) {
                break;
            }
            s = nextWord(text, wordEnd);
        }
        while (s < e) {
            int wordStart = wordStart(text, e);
            if (wordStart == e || wordStart <= s || !TRAILING.contains(lower(text, wordStart, e))) {
                break;
            }
            e = wordStart;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
        }
        if (s >= e || wordEnd(text, s) == e && EMPTY_ALONE.contains(lower(text, s, e))) {
            return null;
        }
        return new int[] {s, e};
    }

    /** Whether {@code [start, end)} of {@code text} holds no white space: "misgivings", "far-flung", "Disgraceful!". */
    static boolean isOneWord(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String lower(String text, int from, int to) {
        return text.substring(from, to).toLowerCase(Locale.ROOT);
    }

    private static boolean inside(FineTunedClassifier.TokenScores t, int i, double inside) {
        return t.probabilities()[i][1] > inside;
    }

    private static int wordStart(String text, int at) {
        while (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    /**
     * The start of the word at {@code at}; or, when that word is the tail of a contraction or possessive whose word
     * the tagger left outside ("That's a dangerous", "Trump's conduct"), the start of the next word.
     */
    private static int spanStart(String text, int at) {
        int start = wordStart(text, at);
        int tail = cliticEnd(text, start - 1);
        return tail > 0 ? nextWord(text, tail) : start;
    }

    /**
     * The end of the word at {@code at}, with a one-letter clitic after it ("don" + "'t", "mayor" + "'s"), which the
     * tokenizer splits off but a reader reads as part of the word; "'re", "'ve" and "'ll" stay out.
     */
    private static int spanEnd(String text, int at) {
        int end = wordEnd(text, at);
        return cliticEnd(text, end) == end + 2 ? end + 2 : end;
    }

    /**
     * Where the clitic after the apostrophe at {@code apostrophe} ends ('s, 're, 've, 'll, 'd, 'm, and the t of
     * n't, after a letter), or -1 when no clitic is there. The tokenizer splits "That's" into "That", "'", "s";
     * the "Brien" of "O'Brien" is no clitic.
     */
    static int cliticEnd(String text, int apostrophe) {
        if (apostrophe < 1 || apostrophe >= text.length() || !isApostrophe(text.charAt(apostrophe))
                || !Character.isLetter(text.charAt(apostrophe - 1))) {
            return -1;
        }
        int end = apostrophe + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return CLITICS.contains(text.substring(apostrophe + 1, end).toLowerCase(Locale.ROOT)) ? end : -1;
    }

    private static final Set<String> CLITICS = Set.of("s", "re", "ve", "ll", "d", "m", "t");

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isQuotationMark(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d';
    }

    private static boolean hasQuotationMark(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isQuotationMark(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int nextWord(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static int wordEnd(String text, int at) {
        while (at < text.length() && Character.isLetterOrDigit(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
