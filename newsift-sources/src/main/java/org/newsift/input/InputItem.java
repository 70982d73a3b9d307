package org.newsift.input;

import org.newsift.model.Article;

/**
 * One result of reading the inputs: an article ready for analysis, or an error that names what could not
 * be read. Errors never stop the batch; they come out in input order, where the article would have been.
 */
public sealed interface InputItem permits InputItem.Read, InputError {

    /** The article's id, or for an error the id it would have had. */
    String id();

    /** Where it came from: a path as given, {@code stdin}, or {@code <file>:<line>} for a JSONL line. */
    String source();

    /**
     * An article that was read successfully.
     *
     * @param replacedSurrogates lone surrogates in its text (JSON escapes such as {@code \ud800}) that were
     *                           replaced by U+FFFD, so that its output can be written
     */
    record Read(Article article, String source, int replacedSurrogates) implements InputItem {
        public Read {
            if (article == null) {
                throw new IllegalArgumentException("article is null");
            }
        }

        public Read(Article article, String source) {
            this(article, source, 0);
        }

        @Override
        public String id() {
            return article.id();
        }
    }
}
