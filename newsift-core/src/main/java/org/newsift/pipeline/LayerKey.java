package org.newsift.pipeline;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The name and type of one annotation layer, in the spirit of CoreNLP's typed annotation keys. Each package that
 * produces a layer declares its key as a constant (the quotes in {@code org.newsift.attribution.AttributionLayers},
 * the events in {@code org.newsift.events.EventLayers}...), so the document knows no layer by name and the stage
 * contract depends on no stage. Keys compare by identity: one constant, one layer.
 *
 * @param <T> the layer's value
 */
public final class LayerKey<T> {
    private final String name;
    private final T absent;
    private final UnaryOperator<T> freeze;

    private LayerKey(String name, T absent, UnaryOperator<T> freeze) {
        this.name = name;
        this.absent = absent;
        this.freeze = freeze;
    }

    /** A layer of one value, {@code absent} (null allowed) until a stage sets it. */
    public static <T> LayerKey<T> of(String name, T absent) {
        return new LayerKey<>(name, absent, UnaryOperator.identity());
    }

    /** A layer of a list, empty until a stage sets it; the document keeps an unmodifiable copy. */
    public static <E> LayerKey<List<E>> list(String name) {
        return new LayerKey<>(name, List.of(), List::copyOf);
    }

    /** What the document holds for this layer before a stage sets it. */
    T absent() {
        return absent;
    }

    T freeze(T value) {
        return freeze.apply(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
