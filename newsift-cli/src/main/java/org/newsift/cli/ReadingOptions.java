package org.newsift.cli;

import org.newsift.input.InputFormat;
import org.newsift.input.ReadOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options that say how inputs are read ({@code docs/input.md}), shared by {@code newsift analyze} and {@code newsift ingest}. */
final class ReadingOptions {

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (yyyy-MM-dd or ISO date-time) for inputs that carry none.")
    String published;

    @Option(names = "--input-format", defaultValue = "auto", paramLabel = "auto|text|html|jsonl",
            description = "How to read inputs. auto: by extension, else by content. Default: ${DEFAULT-VALUE}.")
    String inputFormat;

    @Option(names = "--charset", defaultValue = "UTF-8", paramLabel = "NAME",
            description = "Encoding of text inputs; invalid bytes are an error. Default: ${DEFAULT-VALUE}.")
    String charset;

    @Option(names = "--max-chars", defaultValue = "" + ReadOptions.DEFAULT_MAX_CHARS, paramLabel = "N",
            description = "Reject articles longer than N characters. Default: ${DEFAULT-VALUE}.")
    int maxChars;

    ReadOptions readOptions(CommandSpec spec) {
        try {
            return new ReadOptions(InputFormat.parse(inputFormat), ReadOptions.parseCharset(charset), maxChars, published);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
