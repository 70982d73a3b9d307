package org.newsift.encoding;

import java.util.Map;

/**
 * One sentence as the pipeline's sentence model read it, once for every model stage that follows (claims, bias,
 * rhetoric): the logits of each sentence head, and of each token head for every wordpiece, with the wordpieces'
 * offsets ({@code [starts[i], ends[i])}, UTF-16 units of the sentence's text). Each stage turns its head's logits
 * into calibrated scores.
 */
public record SentenceReading(Map<String, float[]> sentence, Map<String, float[][]> wordpieces, int[] starts, int[] ends) {

    public SentenceReading {
        sentence = Map.copyOf(sentence);
        wordpieces = Map.copyOf(wordpieces);
        for (Map.Entry<String, float[][]> e : wordpieces.entrySet()) {
            if (e.getValue().length != starts.length || starts.length != ends.length) {
                throw new IllegalArgumentException(e.getKey() + ": " + e.getValue().length + " wordpieces for "
                        + starts.length + " starts and " + ends.length + " ends");
            }
        }
    }
}
