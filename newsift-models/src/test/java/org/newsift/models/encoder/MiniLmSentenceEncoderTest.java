package org.newsift.models.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;
import org.newsift.encoding.SentenceEncoding;
import org.newsift.text.CodePoints;

class MiniLmSentenceEncoderTest {
    // written for the newsift project
    private static final String TEXT = "Talks resumed in Istanbul. Pakistan's envoy 😀 rejected the so-called ceasefire plan.";

    private final MiniLmSentenceEncoder encoder = MiniLmSentenceEncoder.shared();

    @Test
    void pooledVectorIsLangchain4jsEmbedding() {
        String sentence = "Pakistan accused India of waging a proxy war.";
        float[] expected = new AllMiniLmL6V2QuantizedEmbeddingModel().embed(sentence).content().vector();
        assertArrayEquals(expected, encoder.encode(sentence).pooled(), 1e-4f);
    }

    @Test
    void wordpieceOffsetsAreCodePointsIntoTheWholeText() {
        int start = TEXT.indexOf("Pakistan"); // no surrogate pairs before it, so also a code-point offset
        int end = TEXT.codePointCount(0, TEXT.length());
        SentenceEncoding e = encoder.encode(TEXT, start, end);
        assertEquals(e.size(), e.states().length);
        assertEquals("pakistan", CodePoints.substring(TEXT, e.starts()[0], e.ends()[0]).toLowerCase());
        int last = e.size() - 1;
        assertEquals(".", CodePoints.substring(TEXT, e.starts()[last], e.ends()[last]));
        // "rejected" comes after the emoji, a surrogate pair: its offsets must count it as one code point
        boolean found = false;
        for (int i = 0; i < e.size(); i++) {
            if (CodePoints.substring(TEXT, e.starts()[i], e.ends()[i]).equals("rejected")) {
                found = true;
            }
        }
        assertEquals(true, found, "the wordpiece 'rejected' lies at its code-point offsets");
        assertEquals(384, e.states()[0].length);
    }

    @Test
    void emptyTextHasNoWordpiecesButAnEmbedding() {
        SentenceEncoding e = encoder.encode("");
        assertEquals(0, e.size());
        assertEquals(384, e.pooled().length);
    }
}
