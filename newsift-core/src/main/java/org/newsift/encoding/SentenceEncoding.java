package org.newsift.encoding;

/**
 * A transformer encoder's view of one sentence, shared by every model stage so that a sentence goes
 * through the encoder once.
 *
 * @param pooled the L2-normalised mean of all token states (special tokens included), the sentence embedding
 * @param states the last hidden state of each wordpiece, special tokens excluded
 * @param starts code-point offset into the encoded text where each wordpiece starts
 * @param ends   code-point offset into the encoded text where each wordpiece ends
 */
public record SentenceEncoding(float[] pooled, float[][] states, int[] starts, int[] ends) {

    public SentenceEncoding {
        if (states.length != starts.length || states.length != ends.length) {
            throw new IllegalArgumentException(states.length + " states for " + starts.length + " starts and "
                    + ends.length + " ends");
        }
    }

    /** Number of wordpieces (special tokens excluded). */
    public int size() {
        return states.length;
    }
}
