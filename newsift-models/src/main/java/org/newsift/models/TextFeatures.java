package org.newsift.models;

/**
 * A few hand-made features of a sentence's text that a model adds to the sentence embedding (numbers,
 * comparatives...). Computed from the text alone, so training sentences need no parse.
 */
public interface TextFeatures {
    /** No extra features: the embedding alone. */
    TextFeatures NONE = new TextFeatures() {
        @Override
        public int size() {
            return 0;
        }

        @Override
        public float[] of(String text) {
            return new float[0];
        }
    };

    int size();

    float[] of(String text);
}
