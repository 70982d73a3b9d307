package org.newsift.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsift.output.AnalysisJson;
import org.newsift.output.PrettyReport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes results in the chosen format, each as soon as it is ready (flushed), so a long batch that is
 * interrupted keeps what it finished. An error record is {@code {"id", "source", "error"}}.
 */
final class ResultSink implements AutoCloseable {
    private final AnalyzeCommand.Format format;
    private final boolean ansi;
    private final Writer out;
    private final boolean ownsWriter;
    private String pendingJson; // --format json: the first document waits to learn whether an array is needed
    private int written;

    private ResultSink(AnalyzeCommand.Format format, boolean ansi, Writer out, boolean ownsWriter) {
        this.format = format;
        this.ansi = ansi;
        this.out = out;
        this.ownsWriter = ownsWriter;
    }

    static ResultSink open(AnalyzeCommand.Format format, Path output, boolean ansi, PrintWriter stdout) throws IOException {
        if (output == null) {
            return new ResultSink(format, ansi, stdout, false);
        }
        BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        return new ResultSink(format, ansi, w, true);
    }

    void write(Result r) {
        try {
            switch (format) {
                case jsonl -> line(r.analysis() != null ? AnalysisJson.compact(r.analysis()) : errorJson(r, false));
                case pretty -> line(r.analysis() != null ? PrettyReport.render(r.analysis(), ansi)
                        : "✗ " + r.source() + ": " + r.error() + System.lineSeparator());
                case json -> json(r.analysis() != null ? AnalysisJson.indented(r.analysis()) : errorJson(r, true));
            }
            written++;
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
        }
    }

    private void line(String s) throws IOException {
        out.write(s);
        if (!s.endsWith("\n")) {
            out.write(System.lineSeparator());
        }
    }

    private void json(String doc) throws IOException {
        if (written == 0) {
            pendingJson = doc;
            return;
        }
        if (pendingJson != null) {
            out.write("[\n" + pendingJson);
            pendingJson = null;
        }
        out.write(",\n" + doc);
    }

    private static String errorJson(Result r, boolean indent) {
        ObjectNode n = AnalysisJson.mapper().createObjectNode();
        n.put("id", r.id());
        n.put("source", r.source());
        n.put("error", r.error());
        try {
            return indent ? AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(n)
                    : AnalysisJson.mapper().writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (format == AnalyzeCommand.Format.json) {
            if (pendingJson != null) {
                out.write(pendingJson + System.lineSeparator());
            } else if (written > 1) {
                out.write("\n]" + System.lineSeparator());
            }
        }
        out.flush();
        if (ownsWriter) {
            out.close();
        }
    }
}
