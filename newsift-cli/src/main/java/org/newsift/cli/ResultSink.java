package org.newsift.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsift.output.AnalysisJson;
import org.newsift.output.PrettyReport;
import org.newsift.text.ValidUnicode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes results in the chosen format, each as soon as it is ready (flushed), so a long batch that is
 * interrupted keeps what it finished. An error record is {@code {"id", "source", "error"}}.
 *
 * <p>A result that cannot be written (text that is not valid Unicode, a serialisation failure) becomes an error
 * record of its own; the records around it are kept. With {@code -o FILE} the records go to {@code FILE.part},
 * which becomes {@code FILE} when the batch completes: an interrupted run leaves {@code FILE.part} with every
 * record finished so far, and an earlier {@code FILE} untouched.
 */
final class ResultSink implements AutoCloseable {
    private final AnalyzeCommand.Format format;
    private final boolean ansi;
    private final Writer out;
    private final Path part;
    private final Path target;
    private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();
    private String pendingJson; // --format json: the first document waits to learn whether an array is needed
    private int written;
    private int unwritable;
    private boolean complete;

    private ResultSink(AnalyzeCommand.Format format, boolean ansi, Writer out, Path part, Path target) {
        this.format = format;
        this.ansi = ansi;
        this.out = out;
        this.part = part;
        this.target = target;
    }

    static ResultSink open(AnalyzeCommand.Format format, Path output, boolean ansi, PrintWriter stdout) throws IOException {
        if (output == null) {
            return new ResultSink(format, ansi, stdout, null, null);
        }
        Path part = output.resolveSibling(output.getFileName() + ".part");
        BufferedWriter w = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
        return new ResultSink(format, ansi, w, part, output);
    }

    void write(Result r) {
        String record;
        try {
            record = render(r);
            if (!utf8.canEncode(record)) {
                throw new IllegalArgumentException("the text is not valid Unicode");
            }
        } catch (RuntimeException e) {
            unwritable++;
            record = render(Result.rejected(r.id(), r.source(), "the result could not be written: " + OneLine.of(e)));
        }
        try {
            switch (format) {
                case jsonl, pretty -> line(record);
                case json -> json(record);
            }
            written++;
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
        }
    }

    /** Results that could not be written and were replaced by error records. */
    int unwritable() {
        return unwritable;
    }

    /** The batch is done: closing moves {@code FILE.part} to {@code FILE}. */
    void complete() {
        complete = true;
    }

    private String render(Result r) {
        return switch (format) {
            case jsonl -> r.analysis() != null ? AnalysisJson.compact(r.analysis()) : errorJson(r, false);
            case pretty -> r.analysis() != null ? PrettyReport.render(r.analysis(), ansi)
                    : "✗ " + ValidUnicode.of(r.source()) + ": " + ValidUnicode.of(r.error()) + System.lineSeparator();
            case json -> r.analysis() != null ? AnalysisJson.indented(r.analysis()) : errorJson(r, true);
        };
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
        n.put("id", ValidUnicode.of(r.id()));
        n.put("source", ValidUnicode.of(r.source()));
        n.put("error", ValidUnicode.of(r.error()));
        try {
            return indent ? AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(n)
                    : AnalysisJson.mapper().writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (format == AnalyzeCommand.Format.json && complete) {
            if (pendingJson != null) {
                out.write(pendingJson + System.lineSeparator());
            } else if (written > 1) {
                out.write("\n]" + System.lineSeparator());
            }
        }
        out.flush();
        if (part == null) {
            return;
        }
        out.close();
        if (complete) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
