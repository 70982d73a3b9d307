package org.newsift.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsift.model.Article;
import org.newsift.nlp.NlpResult;
import org.newsift.nlp.Sentence;
import org.newsift.pipeline.AnnotatedDocument;

class EncodingStageTest {

    @Test
    void encodesEachSentenceOnceWithItsOwnOffsets() {
        String text = "Talks resumed. Both sides met."; // written for the newsift project
        AnnotatedDocument doc = new AnnotatedDocument(new Article("a", null, null, null, text));
        doc.setNlp(new NlpResult(List.of(new Sentence(0, 0, 14, List.of()), new Sentence(1, 15, 30, List.of())), List.of()));
        List<String> calls = new ArrayList<>();
        SentenceEncoder recording = (t, start, end) -> {
            calls.add(start + "-" + end);
            return new SentenceEncoding(new float[] {start}, new float[0][], new int[0], new int[0]);
        };
        new EncodingStage(recording).apply(doc);
        assertEquals(List.of("0-14", "15-30"), calls);
        assertEquals(2, doc.encodings().size());
        assertEquals(15f, doc.encodings().get(1).pooled()[0]);
    }
}
