package org.newsift.pipeline;

import org.newsift.model.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The document while stages work on it: the article text plus the layers added so far, each under its
 * {@link LayerKey}. Like a spaCy Doc it is mutable during analysis and owned by one thread; the assembly's
 * {@code Pipeline} freezes it into an immutable {@link org.newsift.model.Analysis}.
 */
public final class AnnotatedDocument {
    private final Article article;
    private final Map<LayerKey<?>, Object> layers = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    public AnnotatedDocument(Article article) {
        this.article = article;
    }

    public Article article() {
        return article;
    }

    public String text() {
        return article.text();
    }

    /** The layer's value, or the key's absent value (an empty list, or null) when no stage has set it. */
    @SuppressWarnings("unchecked") // put() stores only values of the key's type
    public <T> T get(LayerKey<T> key) {
        Object value = layers.get(key);
        return value == null ? key.absent() : (T) value;
    }

    /** Sets (or replaces) a layer; a list is kept as an unmodifiable copy, and null clears the layer. */
    public <T> void put(LayerKey<T> key, T value) {
        if (value == null) {
            layers.remove(key);
        } else {
            layers.put(key, key.freeze(value));
        }
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public void warn(String warning) {
        warnings.add(warning);
    }
}
