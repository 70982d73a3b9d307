package org.newsift.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsift.extract.ArticleExtractor;
import org.newsift.extract.ExtractedArticle;
import org.newsift.model.Article;
import org.newsift.text.VisibleText;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Entry point of the reading layer: turns {@code newsift analyze [FILE|DIR|-]...} arguments into articles or
 * one-line errors, lazily and in input order. See {@code docs/input.md} for the rules.
 *
 * <pre>{@code
 * try (Stream<InputItem> items = Inputs.read(args, options, System.in)) {
 *     items.forEach(item -> {
 *         if (item instanceof InputItem.Read r) analyse(r.article());
 *         else System.err.println("newsift: " + item);   // InputError: "source: message"
 *     });
 * }
 * }</pre>
 */
public final class Inputs {
    /** The argument that means standard input. */
    public static final String STDIN = "-";
    /** Id and source of an article read from standard input. */
    public static final String STDIN_ID = "stdin";

    /** The language is left to the pipeline's language stage, which reads the analysed text. */
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(null);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Inputs() {
    }

    /**
     * Reads the inputs lazily, in order: each argument is a file, a directory (its regular files, recursively,
     * in sorted order, hidden ones skipped), or {@code -} for {@code stdin}. Close the stream to release an
     * open file. {@code stdin} itself is never closed.
     */
    public static Stream<InputItem> read(List<String> args, ReadOptions opts, InputStream stdin) {
        Batch batch = open(args, opts, stdin);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batch,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(batch::close);
    }

    /** The same as {@link #read}, as an iterator; close it when done (also safe to close early). */
    public static Batch open(List<String> args, ReadOptions opts, InputStream stdin) {
        Batch batch = new Batch(opts == null ? ReadOptions.defaults() : opts, stdin);
        for (String a : args) {
            batch.tasks.add(new Task(a, STDIN.equals(a) ? STDIN_ID : a, null));
        }
        return batch;
    }

    /**
     * One file found by listing a directory, as a batch. The path keeps the name's bytes as the file system gave
     * them, so a name that is not valid in the platform's encoding is still found; its id is the name as text.
     */
    public static Batch open(Path file, ReadOptions opts) {
        Batch batch = new Batch(opts == null ? ReadOptions.defaults() : opts, null);
        batch.tasks.add(new Task(file.toString(), file.toString(), file));
        return batch;
    }

    /** An argument to read: its text, the id of what it gives, and its path when it is already known. */
    private record Task(String arg, String id, Path path) {
    }

    /** An iterator over the items of all inputs, which holds at most one file open. */
    public static final class Batch implements Iterator<InputItem>, AutoCloseable {
        private final ReadOptions opts;
        private final InputStream stdin;
        private final Deque<Task> tasks = new ArrayDeque<>();
        private Iterator<InputItem> current = Collections.emptyIterator();
        private AutoCloseable currentResource;
        private boolean closed;

        private Batch(ReadOptions opts, InputStream stdin) {
            this.opts = opts;
            this.stdin = stdin;
        }

        @Override
        public boolean hasNext() {
            while (!closed) {
                if (current.hasNext()) {
                    return true;
                }
                closeCurrent();
                if (tasks.isEmpty()) {
                    return false;
                }
                Task task = tasks.removeFirst();
                current = task.path() == null && STDIN.equals(task.arg()) ? readStdin() : readPath(task);
            }
            return false;
        }

        @Override
        public InputItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        @Override
        public void close() {
            closeCurrent();
            closed = true;
            tasks.clear();
        }

        private void closeCurrent() {
            if (currentResource != null) {
                try {
                    currentResource.close();
                } catch (Exception e) {
                    // nothing useful to do: everything was read already
                }
                currentResource = null;
            }
            current = Collections.emptyIterator();
        }

        private Iterator<InputItem> readStdin() {
            if (stdin == null) {
                return error(STDIN_ID, "no standard input");
            }
            // never close the caller's stdin
            InputStream in = new FilterInputStream(stdin) {
                @Override
                public void close() {
                }
            };
            return readStream(STDIN_ID, STDIN_ID, null, in, -1);
        }

        private Iterator<InputItem> readPath(Task task) {
            String id = task.id();
            Path path = task.path();
            try {
                if (path == null) {
                    path = Path.of(task.arg());
                }
            } catch (InvalidPathException e) {
                return error(id, "invalid path: " + e.getReason());
            }
            if (Files.isDirectory(path)) {
                List<Path> files = new ArrayList<>();
                try {
                    listFiles(path, files);
                } catch (IOException | UncheckedIOException e) {
                    return error(id, "cannot list directory: " + reason(e));
                }
                if (files.isEmpty()) {
                    return error(id, "directory has no input files");
                }
                for (int i = files.size() - 1; i >= 0; i--) {
                    Path p = files.get(i);
                    tasks.addFirst(new Task(p.toString(), p.toString(), p));
                }
                return Collections.emptyIterator();
            }
            if (!Files.exists(path)) {
                return error(id, notFound(task.arg()));
            }
            if (!Files.isRegularFile(path)) {
                return error(id, "not a regular file");
            }
            InputStream in;
            long size;
            try {
                size = Files.size(path);
                in = Files.newInputStream(path);
            } catch (NoSuchFileException e) {
                return error(id, "no such file or directory");
            } catch (AccessDeniedException e) {
                return error(id, "cannot read file: permission denied");
            } catch (IOException e) {
                return error(id, "cannot read file: " + reason(e));
            }
            return readStream(id, id, path.getFileName().toString(), in, size);
        }

        /** Reads one stream; takes ownership of {@code raw} and closes it when done. */
        Iterator<InputItem> readStream(String id, String source, String fileName, InputStream raw, long size) {
            boolean handedOver = false;
            try {
                Decoding.Opened opened = Decoding.open(raw);
                BufferedInputStream in = opened.in();
                byte[] head = opened.head();
                InputFormat format = opts.format() != InputFormat.AUTO ? opts.format()
                        : detect(fileName, head, opts.charset());
                long knownBytes = opened.gzip() ? -1 : size;
                switch (format) {
                    case JSONL -> {
                        JsonlReader r = new JsonlReader(in, source, opts);
                        currentResource = r;
                        handedOver = true;
                        return r;
                    }
                    case HTML -> {
                        return List.<InputItem>of(readHtml(id, source, in, knownBytes)).iterator();
                    }
                    default -> {
                        return List.<InputItem>of(readText(id, source, in, knownBytes)).iterator();
                    }
                }
            } catch (InputException e) {
                return error(id, source, e.getMessage());
            } catch (IOException e) {
                return error(id, source, "cannot read: " + reason(e));
            } finally {
                if (!handedOver) {
                    try {
                        raw.close();
                    } catch (IOException e) {
                        // already read
                    }
                }
            }
        }

        private InputItem readText(String id, String source, InputStream in, long sizeBytes)
                throws IOException, InputException {
            int max = opts.maxChars();
            long maxBytes = max * maxBytesPerCodePoint(opts.charset());
            if (sizeBytes > maxBytes) {
                return new InputError(id, source, "file is " + sizeBytes + " bytes, too large for the limit of " + max
                        + " characters (raise it with --max-chars)");
            }
            String text;
            try {
                text = Decoding.decode(in, opts.charset(), max);
            } catch (Decoding.TooLong e) {
                return new InputError(id, source, "text is longer than the limit of " + max
                        + " characters (raise it with --max-chars)");
            }
            if (!text.isEmpty() && text.charAt(0) == Decoding.BOM) {
                text = text.substring(1);
            }
            if (text.isEmpty()) {
                return new InputError(id, source, "empty input");
            }
            if (VisibleText.none(text)) {
                return new InputError(id, source, "input is only whitespace");
            }
            Article a = new Article(id, PlainText.title(text), null, null, text);
            return new InputItem.Read(a.withPublishedIfAbsent(opts.publishedFallback()), source);
        }

        private InputItem readHtml(String id, String source, InputStream in, long sizeBytes)
                throws IOException, InputException {
            String html = HtmlPages.decode(in, sizeBytes, opts);
            ExtractedArticle x;
            try {
                x = EXTRACTOR.extract(html, null);
            } catch (StackOverflowError e) {
                return new InputError(id, source, "markup too deeply nested to extract");
            }
            String text = x.titledText();
            if (VisibleText.none(text)) {
                return new InputError(id, source, "no article text found in the HTML");
            }
            long cps = text.codePointCount(0, text.length());
            if (cps > opts.maxChars()) {
                return new InputError(id, source, tooLongMessage(cps, opts.maxChars()));
            }
            Article a = new Article(id, x.title(), x.url(), x.published(), text);
            return new InputItem.Read(a.withPublishedIfAbsent(opts.publishedFallback()), source);
        }

        private static Iterator<InputItem> error(String id, String message) {
            return error(id, id, message);
        }

        private static Iterator<InputItem> error(String id, String source, String message) {
            return List.<InputItem>of(new InputError(id, source, message)).iterator();
        }
    }

    /**
     * Why a named file is missing. A name that reached Java with U+FFFD in it was not valid in the platform's
     * encoding (a Latin-1 name under a UTF-8 locale, or any non-ASCII name under the POSIX locale), so Java cannot
     * name the file at all: say so rather than that it does not exist.
     */
    private static String notFound(String arg) {
        if (arg.indexOf('\uFFFD') >= 0) {
            return "the file name is not valid in this system's encoding (" + System.getProperty("sun.jnu.encoding")
                    + "): rename the file, or pass its directory";
        }
        return "no such file or directory";
    }

    static String tooLongMessage(long codePoints, int max) {
        return "text is " + codePoints + " characters, above the limit of " + max
                + " (raise it with --max-chars)";
    }

    /** An upper bound of bytes per code point in this charset, to reject oversized files before decoding. */
    static long maxBytesPerCodePoint(Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8)) {
            return 4;
        }
        try {
            return (long) Math.ceil(cs.newEncoder().maxBytesPerChar()) * 2;
        } catch (UnsupportedOperationException e) {
            return 8;
        }
    }

    /**
     * The format of an input: by the file name's extension (a trailing {@code .gz} ignored) when it is known,
     * else by sniffing the first bytes.
     */
    public static InputFormat detect(String fileName, byte[] head, Charset cs) {
        if (fileName != null) {
            String n = fileName.toLowerCase(Locale.ROOT);
            if (n.endsWith(".gz")) {
                n = n.substring(0, n.length() - 3);
            }
            if (n.endsWith(".txt") || n.endsWith(".text")) {
                return InputFormat.TEXT;
            }
            if (n.endsWith(".html") || n.endsWith(".htm")) {
                return InputFormat.HTML;
            }
            if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
                return InputFormat.JSONL;
            }
        }
        return sniff(Decoding.headText(head, cs == null ? StandardCharsets.UTF_8 : cs), head.length);
    }

    private static InputFormat sniff(String head, int headBytes) {
        String s = head.stripLeading();
        if (s.startsWith("<")) {
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<head")
                    || lower.contains("<body")) {
                return InputFormat.HTML;
            }
        }
        if (s.startsWith("{")) {
            int nl = s.indexOf('\n');
            boolean complete = nl >= 0 || headBytes < Decoding.SNIFF_BYTES;
            String first = (nl >= 0 ? s.substring(0, nl) : s).strip();
            if (!complete) {
                return first.startsWith("{\"") ? InputFormat.JSONL : InputFormat.TEXT;
            }
            try {
                if (JSON.readTree(first).isObject()) {
                    return InputFormat.JSONL;
                }
            } catch (IOException e) {
                // not JSON: text
            }
        }
        return InputFormat.TEXT;
    }

    /** Regular files under {@code dir}, depth first, each directory's entries sorted by name; hidden skipped. */
    private static void listFiles(Path dir, List<Path> out) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (!p.getFileName().toString().startsWith(".")) {
                    entries.add(p);
                }
            }
        }
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path p : entries) {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                listFiles(p, out);
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            }
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
