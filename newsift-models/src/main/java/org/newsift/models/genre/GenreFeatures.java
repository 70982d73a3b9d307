package org.newsift.models.genre;

import org.newsift.attribution.AttributionLayers;
import org.newsift.encoding.EncodingLayers;
import org.newsift.encoding.SentenceReading;
import org.newsift.model.Quote;
import org.newsift.models.bias.BiasStage;
import org.newsift.models.claims.CheckWorthiness;
import org.newsift.nlp.NlpLayers;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.SentenceSpans;
import org.newsift.nlp.Token;
import org.newsift.pipeline.AnnotatedDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The article-level figures the genre model reads (docs/rhetoric.md, "Genre"): how the article reports
 * (attribution verbs, numbers, years, weekdays, names, past tense) and how its writer speaks in the
 * sentences that are the writer's own (first and second person, questions, adverbs and adjectives, the
 * BABE bias model's score). Nothing here reads technique spans or sentence kinds, so the model does not
 * move when those change. The word lists are part of the trained model, not user lexicons: changing
 * one means retraining ({@code newsift train genre}).
 */
public final class GenreFeatures {
    /** The features, in the order of {@link #of}. */
    public static final List<String> NAMES = List.of(
            "attribution_share", "numbers_per_100", "proper_nouns_per_100", "adverbs_per_100", "adjectives_per_100",
            "own_bias_mean", "years_per_100", "weekdays_per_100", "past_tense_ratio",
            "own_first_singular_share", "own_first_plural_share", "own_second_person_share", "own_question_share",
            "own_checkworthy_mean");

    /** Lemmas of verbs that attribute what is reported to a source. */
    private static final Set<String> ATTRIBUTION = Set.of("say", "tell", "state", "announce", "report", "add", "accord",
            "confirm", "declare", "explain", "note", "claim");
    private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "mine", "myself");
    private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our", "ours", "ourselves");
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "yourself", "yourselves");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** The bias of the writer's sentences when the bias model did not run (BABE's share of biased sentences is about half). */
    static final double UNKNOWN_BIAS = 0.5;
    /** The check-worthiness of the writer's sentences when the sentence model did not run (ClaimBuster's share). */
    static final double UNKNOWN_CHECKWORTHINESS = 0.25;

    private GenreFeatures() {
    }

    /** The features of an analysed article (sentences, tokens with parts of speech, quotes, sentence bias). */
    public static float[] of(AnnotatedDocument doc) {
        List<Sentence> sentences = doc.get(NlpLayers.NLP).sentences();
        List<Double> bias = doc.get(BiasStage.SENTENCE_BIAS);
        List<SentenceReading> readings = doc.get(EncodingLayers.SENTENCE_READINGS);
        int n = Math.max(1, sentences.size());
        int tokens = 0;
        int attributed = 0;
        int numbers = 0;
        int names = 0;
        int adverbs = 0;
        int adjectives = 0;
        int years = 0;
        int weekdays = 0;
        int past = 0;
        int present = 0;
        List<Integer> own = new ArrayList<>();
        List<List<Quote>> quotes = SentenceSpans.overlapping(sentences, doc.get(AttributionLayers.QUOTES), Quote::start,
                Quote::end);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            boolean attributes = false;
            for (Token t : s.tokens()) {
                String pos = t.pos() == null ? "" : t.pos();
                String word = t.text().toLowerCase(Locale.ROOT);
                tokens++;
                attributes |= t.lemma() != null && ATTRIBUTION.contains(t.lemma().toLowerCase(Locale.ROOT));
                numbers += pos.equals("CD") ? 1 : 0;
                names += pos.startsWith("NNP") ? 1 : 0;
                adverbs += pos.startsWith("RB") ? 1 : 0;
                adjectives += pos.startsWith("JJ") ? 1 : 0;
                past += pos.equals("VBD") ? 1 : 0;
                present += pos.equals("VBP") || pos.equals("VBZ") ? 1 : 0;
                years += word.matches("(19|20)\\d\\d") ? 1 : 0;
                weekdays += WEEKDAYS.contains(word) ? 1 : 0;
            }
            attributed += attributes ? 1 : 0;
            if (isOwn(s, quotes.get(i))) {
                own.add(i);
            }
        }
        double per100 = 100.0 / Math.max(1, tokens);
        double ownBias = own.isEmpty() || bias.size() != sentences.size() ? UNKNOWN_BIAS
                : own.stream().mapToDouble(bias::get).average().orElse(UNKNOWN_BIAS);
        return new float[]{
                (float) attributed / n, (float) (numbers * per100), (float) (names * per100),
                (float) (adverbs * per100), (float) (adjectives * per100), (float) ownBias,
                (float) (years * per100), (float) (weekdays * per100), (float) ((past + 0.5) / (past + present + 1.0)),
                ownShare(own, sentences, FIRST_SINGULAR), ownShare(own, sentences, FIRST_PLURAL),
                ownShare(own, sentences, SECOND_PERSON), ownQuestionShare(own, sentences),
                (float) ownCheckworthiness(own, readings, sentences.size())};
    }

    /**
     * The writer's own sentence: no quotation mark, no quote (direct or reported) overlaps it, and not a note in
     * parentheses ("(Reporting by …)", an editor's note or disclaimer), which is the desk's, not the argument's.
     */
    static boolean isOwn(Sentence s, List<Quote> quotes) {
        if (s.tokens().stream().anyMatch(t -> t.text().matches("[\"\u201c\u201d]|``|''"))) {
            return false;
        }
        List<Token> tokens = s.tokens();
        if (!tokens.isEmpty() && isOpening(tokens.get(0)) && tokens.stream().skip(Math.max(0, tokens.size() - 2)).anyMatch(GenreFeatures::isClosing)) {
            return false;
        }
        return quotes.stream().noneMatch(q -> q.start() < s.end() && s.start() < q.end());
    }

    private static boolean isOpening(Token t) {
        return t.text().equals("(") || "-LRB-".equals(t.pos());
    }

    private static boolean isClosing(Token t) {
        return t.text().equals(")") || "-RRB-".equals(t.pos());
    }

    /** The mean check-worthiness of the writer's sentences: factual claims are what reporting is made of. */
    private static double ownCheckworthiness(List<Integer> own, List<SentenceReading> readings, int sentences) {
        if (own.isEmpty() || readings.size() != sentences) {
            return UNKNOWN_CHECKWORTHINESS;
        }
        CheckWorthiness model = CheckWorthiness.builtIn();
        return own.stream().mapToDouble(i -> model.probability(readings.get(i))).average().orElse(UNKNOWN_CHECKWORTHINESS);
    }

    private static float ownShare(List<Integer> own, List<Sentence> sentences, Set<String> words) {
        long hits = own.stream().filter(i -> sentences.get(i).tokens().stream()
                .anyMatch(t -> words.contains(t.text().toLowerCase(Locale.ROOT)))).count();
        return own.isEmpty() ? 0f : (float) hits / own.size();
    }

    private static float ownQuestionShare(List<Integer> own, List<Sentence> sentences) {
        long hits = own.stream().map(sentences::get)
                .filter(s -> !s.tokens().isEmpty() && s.tokens().get(s.tokens().size() - 1).text().equals("?")).count();
        return own.isEmpty() ? 0f : (float) hits / own.size();
    }
}
