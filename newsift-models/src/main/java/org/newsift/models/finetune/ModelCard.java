package org.newsift.models.finetune;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a fine-tuned model needs beside its ONNX graph, and what a reader needs to trust it: the labels (the
 * last is the positive class), the tokenizer and length limit it was trained with, its calibration and the
 * threshold chosen for precision, and how it was trained and scored ({@code training}, {@code scores}). A token
 * head also records {@code insideThreshold}, the probability from which a wordpiece counts as inside a span
 * (chosen on held-out data; null for sequence heads), and may record {@code oneWordCalibration}, the calibration of
 * its spans of one word, which are right less often than longer spans of the same mean log-odds ({@code calibration}
 * is then that of the longer ones).
 */
public record ModelCard(String name, String base, String tokenizer, int maxLength, List<String> labels,
                        Calibration calibration, double threshold, Map<String, Object> training,
                        Map<String, Object> scores,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Double insideThreshold,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Calibration oneWordCalibration) {
    public static final String FILE = "model.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public ModelCard {
        labels = List.copyOf(labels);
        training = Map.copyOf(training);
        scores = Map.copyOf(scores);
    }

    public static ModelCard read(InputStream in) throws IOException {
        return JSON.readValue(in, ModelCard.class);
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(this) + "\n");
    }

    public ModelCard with(Calibration c, double t, Map<String, Object> s) {
        return new ModelCard(name, base, tokenizer, maxLength, labels, c, t, training, s, insideThreshold,
                oneWordCalibration);
    }

    public ModelCard withInsideThreshold(double inside) {
        return new ModelCard(name, base, tokenizer, maxLength, labels, calibration, threshold, training, scores, inside,
                oneWordCalibration);
    }

    public ModelCard withOneWordCalibration(Calibration oneWord) {
        return new ModelCard(name, base, tokenizer, maxLength, labels, calibration, threshold, training, scores,
                insideThreshold, oneWord);
    }
}
