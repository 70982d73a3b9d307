package org.newsift.server;

import org.newsift.model.Analysis;
import org.newsift.model.Article;

/** Analyses one article; the server calls it from several threads at once. */
@FunctionalInterface
public interface Analyzer {
    Analysis analyze(Article article);
}
