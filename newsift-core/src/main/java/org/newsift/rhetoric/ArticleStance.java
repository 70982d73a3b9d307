package org.newsift.rhetoric;

import org.newsift.attribution.AttributionLayers;
import org.newsift.kinds.SentenceKindLayers;
import org.newsift.model.Rhetoric;
import org.newsift.model.SentenceKind;
import org.newsift.nlp.NlpLayers;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.SentenceSpans;
import org.newsift.nlp.Token;
import org.newsift.pipeline.AnnotatedDocument;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The article-level reading of the rhetoric layer (docs/rhetoric.md): the spans settled (names alone dropped, each
 * span's voice read: {@link SpanVoice}), then the genre (reporting, opinion, satire) and the spin score from the
 * writer's own spans. Both are documented rules over figures a reader can check, not a model; where the models run,
 * newsift-models' genre model replaces the rules' genre (except satire from a cue). This is the one definition of
 * {@code summary.spin}.
 */
public final class ArticleStance {
    public static final String REPORTING = "reporting";
    public static final String OPINION = "opinion";
    public static final String SATIRE = "satire";

    /** Opinion when at least this share of the writer's own sentences speak in the first person. */
    static final double FIRST_PERSON_OPINION = 0.15;
    /** Opinion when the writer's technique spans (summed scores) per 100 tokens reach this. */
    static final double DENSITY_OPINION = 2.5;
    /** Opinion when this share of sentences are opinion, question or call to action. */
    static final double NON_REPORT_OPINION = 0.3;
    /** Technique density (summed scores per 100 tokens) at which that part of the spin score saturates. */
    static final double DENSITY_SATURATION = 4.0;

    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our",
            "ours", "ourselves");

    private ArticleStance() {
    }

    /**
     * Settles the spans of every source (a name alone is dropped: {@link RhetoricSpans#isNameAlone}; each span's voice
     * is read: {@link SpanVoice}), then sets the document's genre and spin from its sentences, kinds and the writer's
     * own spans (quoted and reported ones are someone else's persuasion, not the article's), and the satire cues.
     */
    public static void assess(AnnotatedDocument doc, SatireCues satire) {
        List<Sentence> sentences = doc.get(NlpLayers.NLP).sentences();
        List<Rhetoric> found = doc.get(RhetoricLayers.RHETORIC).stream()
                .filter(r -> !RhetoricSpans.isNameAlone(r, sentences)).toList();
        List<Rhetoric> spans = SpanVoice.read(doc.text(), sentences, doc.get(AttributionLayers.QUOTES), found);
        doc.put(RhetoricLayers.RHETORIC, spans);
        if (sentences.isEmpty()) {
            return;
        }
        List<Rhetoric> writers = spans.stream().filter(SpanVoice::isWriters).toList();
        double density = density(writers, doc.get(NlpLayers.NLP).tokenCount());
        double nonReport = nonReportShare(doc.get(SentenceKindLayers.SENTENCE_KINDS));
        doc.put(RhetoricLayers.GENRE, genre(doc, satire, density, nonReport));
        double strength = sentenceStrength(writers, sentences);
        doc.put(RhetoricLayers.SPIN, spin(density, strength, nonReport));
    }

    /**
     * Spin in [0,1]: 0.4 x min(1, density / 4) + 0.3 x the mean over sentences of their strongest span's
     * score + 0.3 x the share of sentences that do not report (opinion, question, call to action). Each
     * part is in [0,1].
     */
    static double spin(double density, double techniqueSentences, double nonReport) {
        double s = 0.4 * Math.min(1.0, density / DENSITY_SATURATION) + 0.3 * techniqueSentences + 0.3 * nonReport;
        return Math.round(s * 1000) / 1000.0;
    }

    static String genre(AnnotatedDocument doc, SatireCues satire, double density, double nonReport) {
        if (declaresSatire(doc, satire)) {
            return SATIRE;
        }
        boolean opinion = firstPersonShare(doc) >= FIRST_PERSON_OPINION || density >= DENSITY_OPINION
                || nonReport >= NON_REPORT_OPINION;
        return opinion ? OPINION : REPORTING;
    }

    /**
     * Whether the title or text carries a satire cue ({@link SatireCues}): a label such as "this article is
     * satire" or a satirical outlet's sign-off. The genre model in newsift-models keeps satire when this holds.
     */
    public static boolean declaresSatire(AnnotatedDocument doc, SatireCues satire) {
        String lower = ((doc.article().title() == null ? "" : doc.article().title() + "\n") + doc.text())
                .toLowerCase(Locale.ROOT);
        return satire.foundIn(lower);
    }

    /** Summed technique scores per 100 tokens. */
    static double density(List<Rhetoric> spans, int tokens) {
        return tokens == 0 ? 0 : 100.0 * spans.stream().mapToDouble(Rhetoric::score).sum() / tokens;
    }

    /** The mean over sentences of the highest score of a span in the sentence (0 for a sentence without one). */
    static double sentenceStrength(List<Rhetoric> spans, List<Sentence> sentences) {
        double sum = 0;
        for (List<Rhetoric> inSentence : SentenceSpans.overlapping(sentences, spans, Rhetoric::start, Rhetoric::end)) {
            sum += inSentence.stream().mapToDouble(Rhetoric::score).max().orElse(0);
        }
        return sum / sentences.size();
    }

    static double nonReportShare(List<SentenceKind> kinds) {
        if (kinds.isEmpty()) {
            return 0;
        }
        long n = kinds.stream().filter(k -> k != SentenceKind.REPORT && k != SentenceKind.QUOTE).count();
        return (double) n / kinds.size();
    }

    /** Share of sentences outside quotation marks that use I, we, our... */
    static double firstPersonShare(AnnotatedDocument doc) {
        int own = 0;
        int first = 0;
        for (Sentence s : doc.get(NlpLayers.NLP).sentences()) {
            List<Token> t = s.tokens();
            if (t.stream().anyMatch(x -> x.text().matches("[\"\u201c\u201d]|``|''"))) {
                continue; // a sentence with a quotation may be someone else's first person
            }
            own++;
            if (t.stream().anyMatch(x -> FIRST_PERSON.contains(x.text().toLowerCase(Locale.ROOT)))) {
                first++;
            }
        }
        return own == 0 ? 0 : (double) first / own;
    }
}
