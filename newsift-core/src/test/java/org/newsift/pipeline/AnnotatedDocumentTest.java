package org.newsift.pipeline;

import org.junit.jupiter.api.Test;
import org.newsift.model.Article;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AnnotatedDocumentTest {
    private static final LayerKey<List<String>> WORDS = LayerKey.list("words");
    private static final LayerKey<String> LABEL = LayerKey.of("label", null);

    private static AnnotatedDocument doc() {
        return new AnnotatedDocument(new Article("a", null, null, null, "Text written for this test."));
    }

    @Test
    void aLayerNoStageSetReadsAsItsAbsentValue() {
        assertEquals(List.of(), doc().get(WORDS));
        assertNull(doc().get(LABEL));
    }

    @Test
    void aListLayerIsAnUnmodifiableCopyAndNullClearsALayer() {
        AnnotatedDocument d = doc();
        List<String> words = new ArrayList<>(List.of("one"));
        d.put(WORDS, words);
        words.add("two");
        assertEquals(List.of("one"), d.get(WORDS));
        assertThrows(UnsupportedOperationException.class, () -> d.get(WORDS).add("three"));
        d.put(LABEL, "x");
        d.put(LABEL, null);
        assertNull(d.get(LABEL));
    }

    @Test
    void keysOfTheSameNameAreDifferentLayers() {
        AnnotatedDocument d = doc();
        LayerKey<String> other = LayerKey.of("label", "none");
        d.put(LABEL, "x");
        assertEquals("none", d.get(other));
    }
}
