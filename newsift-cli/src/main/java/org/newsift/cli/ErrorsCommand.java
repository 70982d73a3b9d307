package org.newsift.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsift.store.IngestError;
import org.newsift.store.IngestSummary;
import org.newsift.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code newsift errors}: the inputs ingest skipped, with their reasons (the store's ingest_errors table). */
@Command(name = "errors", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the inputs that ingest rejected (unreadable, not text, fetch failed, duplicate id...), "
                + "oldest first, with their reasons; then a count by reason on standard error."})
final class ErrorsCommand implements Callable<Integer> {

    enum Format { text, jsonl }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|jsonl",
            description = "text: one 'INPUT: REASON' line each; jsonl: input_id, source, reason, recorded_at. "
                    + "Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() {
        List<IngestError> errors;
        try (NewsStore s = store.reading(spec)) {
            errors = s.ingestErrors();
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> byReason = new TreeMap<>();
        for (IngestError e : errors) {
            byReason.merge(IngestSummary.reasonKind(e.reason()), 1, Integer::sum);
            if (format == Format.jsonl) {
                ObjectNode row = json.createObjectNode().put("input_id", e.inputId()).put("source", e.source())
                        .put("reason", e.reason()).put("recorded_at", e.recordedAt().toString());
                out.println(row);
            } else {
                boolean sameSource = e.source() == null || e.source().equals(e.inputId());
                out.println(e.inputId() + (sameSource ? "" : " (" + e.source() + ")") + ": " + e.reason());
            }
        }
        out.flush();
        if (errors.isEmpty()) {
            err.println("newsift: no ingest errors in this store");
        } else {
            err.println("newsift: " + errors.size() + (errors.size() == 1 ? " ingest error" : " ingest errors")
                    + " by reason: " + IngestSummary.byReasonLine(byReason));
        }
        return ExitCodes.OK;
    }
}
