package org.newsift.encoding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newsift.nlp.Sentence;
import org.newsift.pipeline.AnalysisInterrupted;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.Layer;
import org.newsift.pipeline.Stage;

/** Encodes each sentence once, for all the model stages that follow (claims, bias, rhetoric). */
public final class EncodingStage implements Stage {
    private final SentenceEncoder encoder;

    public EncodingStage(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String name() {
        return "encoder";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.ENCODINGS);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        List<Sentence> sentences = doc.nlp().sentences();
        List<SentenceEncoding> encodings = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            AnalysisInterrupted.check(); // the encoder is the slowest stage after the parser
            encodings.add(encoder.encode(doc.text(), s.start(), s.end()));
        }
        doc.setEncodings(encodings);
    }
}
