package org.newsift.server.corpus;

import org.newsift.model.Analysis;
import org.newsift.model.Summary;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

/**
 * How much a set of articles argues rather than reports. The server's one definition of spin and of the
 * shares of reported fact and opinion: an article's figures are its analysis's {@code summary.spin},
 * {@code summary.report_share} and {@code summary.opinion_share} as the rhetoric and sentence-kind stages set
 * them (docs/rhetoric.md); a set of articles (a story, an outlet's articles of a story) gets the mean of its
 * articles' figures, each article counting once whatever its length, over the articles that have the figure.
 *
 * @param spin         mean {@code summary.spin}, or null when no article has one
 * @param reportShare  mean share of report and quote sentences, or null when no article has one
 * @param opinionShare mean share of opinion, question and call-to-action sentences, or null when no article has one
 */
public record Stance(Double spin, Double reportShare, Double opinionShare) {

    /** One article's figures, as its summary gives them. */
    public static Stance of(Analysis article) {
        Summary s = article.summary();
        return s == null ? new Stance(null, null, null) : new Stance(s.spin(), s.reportShare(), s.opinionShare());
    }

    /** The mean of the articles' figures. */
    public static Stance of(Collection<Analysis> articles) {
        return new Stance(mean(articles, Summary::spin), mean(articles, Summary::reportShare),
                mean(articles, Summary::opinionShare));
    }

    private static Double mean(Collection<Analysis> articles, Function<Summary, Double> figure) {
        var values = articles.stream().map(Analysis::summary).filter(Objects::nonNull).map(figure)
                .filter(Objects::nonNull).mapToDouble(Double::doubleValue).summaryStatistics();
        return values.getCount() == 0 ? null : values.getAverage();
    }
}
