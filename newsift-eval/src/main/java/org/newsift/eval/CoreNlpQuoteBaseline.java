package org.newsift.eval;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import org.newsift.corenlp.CoreNlpAnnotator;
import org.newsift.eval.AttributionScores.Counts;
import org.newsift.eval.AttributionScores.Predicted;
import org.newsift.eval.PolnearCorpus.Span;
import org.newsift.text.CodePoints;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The baseline for docs/quality.md: CoreNLP's own quote annotator ({@code quote} with
 * quote attribution, on CoreNLP's statistical coreference) on the PolNeAR dev articles, scored exactly as
 * {@link PolnearAttribution} scores newsift. It finds direct quotations only (text in quotation marks),
 * so its recall is bounded by their share of PolNeAR's attributions. Not part of {@code eval/run}
 * (it loads a second CoreNLP pipeline); run it by hand:
 * {@code java -Xmx6g -cp newsift-eval/target/classes:$(cat newsift-eval/target/classpath.txt)
 * org.newsift.eval.CoreNlpQuoteBaseline ../shared/data}.
 */
public final class CoreNlpQuoteBaseline {
    private CoreNlpQuoteBaseline() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        RedwoodConfiguration.current().clear().apply();
        Properties p = CoreNlpAnnotator.defaults();
        // quote attribution reads coreference chains: the statistical model on dependency-based mentions
        p.setProperty("annotators", p.getProperty("annotators") + ",coref,quote");
        p.setProperty("coref.algorithm", "statistical");
        p.setProperty("coref.md.type", "dependency");
        p.setProperty("quote.attributeQuotes", "true");
        long t0 = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
        System.err.printf("[corenlp-quotes] loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        Counts all = AttributionScores.ZERO;
        int failed = 0;
        List<PolnearCorpus.Article> articles = PolnearCorpus.read(data.resolve(PolnearAttribution.DEV));
        for (PolnearCorpus.Article a : articles) {
            List<Predicted> predicted = new ArrayList<>();
            try {
                CoreDocument doc = new CoreDocument(a.text());
                pipeline.annotate(doc);
                CodePoints cp = new CodePoints(a.text());
                for (CoreQuote q : doc.quotes()) {
                    Pair<Integer, Integer> content = q.quoteCharOffsets();
                    Span speaker = q.speakerCharOffsets().map(s -> new Span(cp.toCodePoint(s.first()), cp.toCodePoint(s.second()))).orElse(null);
                    predicted.add(new Predicted(new Span(cp.toCodePoint(content.first()), cp.toCodePoint(content.second())), speaker));
                }
            } catch (RuntimeException e) {
                failed++; // a quote-attribution crash on one article costs that article's quotes, not the run
                System.err.println("[corenlp-quotes] " + a.name() + ": " + e);
            }
            all = all.plus(AttributionScores.score(a.text(), a.gold(), predicted));
        }
        System.err.printf("[corenlp-quotes] %d articles (%d failed) in %.0f s: gold %d, predicted %d, matched %d (P %.3f R %.3f); source right %d of %d%n",
                articles.size(), failed, (System.nanoTime() - t0) / 1e9, all.gold(), all.predicted(), all.matched(),
                all.precision(), all.recall(), all.sourceRight(), all.sourced());
        System.out.println(MetricSink.format("corenlp_quote.polnear.content_f1", all.f1()));
        System.out.println(MetricSink.format("corenlp_quote.polnear.source_acc", all.sourceAccuracy()));
    }
}
