package org.newsift.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsift.extract.ArticleExtractor;
import org.newsift.extract.ExtractedArticle;
import org.newsift.input.HtmlPages;
import org.newsift.input.InputException;
import org.newsift.input.Inputs;
import org.newsift.input.ReadOptions;
import org.newsift.lang.LanguageIdentifier;
import org.newsift.sources.FetchException;
import org.newsift.sources.HttpFetcher;
import org.newsift.sources.InMemoryValidatorCache;
import org.newsift.sources.SourceOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code newsift extract}: an HTML page in, its article as JSON out (title, byline, date, language, text, URL). */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extract the article from HTML pages: title, byline, publication date, language, body text "
                + "without boilerplate, canonical URL (docs/extraction.md).",
                "Inputs are .html, .htm or .html.gz files, http(s) URLs, or '-' for standard input. One input prints one indented "
                        + "JSON object; several print one object per line, an error record where a page cannot be read."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every page was read",
                "1:internal error",
                "2:usage error (unknown option, bad value)",
                "3:some inputs could not be read (missing, empty, binary, corrupt gzip, invalid encoding, too large, URL)"})
final class ExtractCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Opens one command-line argument as a page. The default reads files and standard input; a network
     * source (newsift-sources) plugs in here to fetch http(s) arguments.
     */
    @FunctionalInterface
    interface PageOpener {
        /** The page's bytes (closed by the caller); throws an IOException whose message is the reason. */
        InputStream open(String arg) throws IOException;
    }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|URL|-", description = "HTML pages or URLs; '-' reads standard input.")
    List<String> inputs;

    @Option(names = "--charset", defaultValue = "UTF-8", paramLabel = "NAME",
            description = "Encoding of the pages; invalid bytes are an error unless the page declares another "
                    + "encoding that fits. Default: ${DEFAULT-VALUE}.")
    String charset;

    @Option(names = "--max-chars", defaultValue = "" + ReadOptions.DEFAULT_MAX_CHARS, paramLabel = "N",
            description = "Reject pages of more than " + ReadOptions.HTML_FACTOR + " x N characters of HTML. "
                    + "Default: ${DEFAULT-VALUE}.")
    int maxChars;

    @Mixin
    SourceArgs sourceArgs = new SourceArgs();

    /** Set by tests; null means files, standard input and URLs through newsift-sources' fetcher. */
    private final PageOpener opener;

    ExtractCommand() {
        this(null);
    }

    ExtractCommand(PageOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        ReadOptions options = readOptions();
        PageOpener opener = this.opener != null ? this.opener : opener(sourceArgs.options(options));
        ArticleExtractor extractor = new ArticleExtractor(new LanguageIdentifier());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean single = inputs.size() == 1;
        int failed = 0;
        for (String arg : inputs) {
            ObjectNode record;
            try (InputStream in = opener.open(arg)) {
                String url = isUrl(arg) ? arg : null;
                record = json(arg, extractor.extract(HtmlPages.read(in, options), url));
            } catch (IOException | InputException e) {
                failed++;
                err.println("newsift: " + arg + ": " + OneLine.of(e));
                if (single) {
                    break;
                }
                record = JSON.createObjectNode().put("source", arg).put("error", OneLine.of(e));
            }
            out.println(write(record, single));
            out.flush();
        }
        return failed > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    private ReadOptions readOptions() {
        try {
            return ReadOptions.defaults().withCharset(ReadOptions.parseCharset(charset)).withMaxChars(maxChars);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static ObjectNode json(String source, ExtractedArticle a) {
        return JSON.createObjectNode().put("source", source).put("title", a.title()).put("byline", a.byline())
                .put("published", a.published()).put("language", a.language()).put("text", a.text())
                .put("url", a.url());
    }

    private static String write(ObjectNode record, boolean indent) {
        try {
            return indent ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(record) : JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    static boolean isUrl(String arg) {
        String a = arg.toLowerCase(Locale.ROOT);
        return a.startsWith("http://") || a.startsWith("https://");
    }

    /** URLs through the fetcher (SSRF guard, limits, redirect cap: docs/sources.md), the rest as local pages. */
    private static PageOpener opener(SourceOptions sourceOptions) {
        HttpFetcher fetcher = new HttpFetcher(sourceOptions, new InMemoryValidatorCache());
        return arg -> isUrl(arg) ? fetch(fetcher, arg) : openLocal(arg);
    }

    private static InputStream fetch(HttpFetcher fetcher, String url) throws IOException {
        try {
            return new ByteArrayInputStream(fetcher.fetch(URI.create(url))
                    .orElseThrow(() -> new IOException("not modified"))
                    .body());
        } catch (FetchException | IllegalArgumentException e) {
            throw new IOException(OneLine.of(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    /** Files and standard input. */
    static InputStream openLocal(String arg) throws IOException {
        if (Inputs.STDIN.equals(arg)) {
            return new FilterInputStream(System.in) {
                @Override
                public void close() {
                    // the process's stdin stays open
                }
            };
        }
        Path path;
        try {
            path = Path.of(arg);
        } catch (InvalidPathException e) {
            throw new IOException("invalid path: " + e.getReason());
        }
        if (Files.isDirectory(path)) {
            throw new IOException("is a directory; give the pages themselves");
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file or directory");
        } catch (AccessDeniedException e) {
            throw new IOException("cannot read file: permission denied");
        }
    }
}
