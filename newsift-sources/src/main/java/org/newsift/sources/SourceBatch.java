package org.newsift.sources;

import org.newsift.input.InputError;
import org.newsift.input.InputItem;
import org.newsift.input.Inputs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The items of all specs, in order, holding at most one source open, with live {@link #stats()}. Articles that
 * come from the web or an archive (id = URL) are yielded once per batch; a repeat is skipped as a duplicate.
 * With {@code --every}, after the last spec the feeds are polled again until {@link #stop()}, {@link #close()}
 * or an interrupt of the iterating thread.
 */
public final class SourceBatch extends ItemSource {
    private final SourceOptions opts;
    private final InputStream stdin;
    private final HttpFetcher fetcher;
    private final SourceStats stats = new SourceStats();
    private final PageReader pages;
    private final FeedPoller poller;
    private final Deque<Spec> specs = new ArrayDeque<>();
    private final Set<String> urlsSeen = new HashSet<>();
    private Iterator<InputItem> current = Collections.emptyIterator();
    private String currentSpec;
    private boolean currentHasUrls;
    private volatile boolean closed;

    SourceBatch(List<String> specs, SourceOptions opts, InputStream stdin, HttpFetcher fetcher) {
        this.opts = opts;
        this.stdin = stdin;
        this.fetcher = fetcher;
        this.pages = new PageReader(opts.read(), stats);
        this.poller = new FeedPoller(opts, fetcher, stats);
        specs.forEach(s -> this.specs.add(new Spec(s, null)));
    }

    /** A spec as given, or a file found in a directory, whose path keeps the name's bytes as listed. */
    private record Spec(String name, Path path) {
    }

    /** Counts so far: read, rejected, skipped by reason. */
    public SourceStats stats() {
        return stats;
    }

    /**
     * The next item. Whatever one source throws, a parser's StackOverflowError included, ends that source with
     * an error item naming it; the specs after it are still read.
     */
    @Override
    protected InputItem advance() {
        if (closed || Thread.currentThread().isInterrupted()) {
            finish();
            return null;
        }
        try {
            if (current.hasNext()) {
                return accept(current.next());
            }
            if (!openNext()) {
                finish();
            }
            return null;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError | AssertionError e) {
            String spec = currentSpec;
            closeCurrent();
            return accept(new InputError(spec, spec, "cannot read: " + failure(e)));
        }
    }

    /** A one-line reason for what a source threw; the stack overflow of a parser is an input too deeply nested. */
    static String failure(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "too deeply nested to parse (stack overflow)";
        }
        if (e instanceof OutOfMemoryError) {
            return "too large to hold in memory";
        }
        return WarcSource.reason(e);
    }

    /**
     * Asks the batch to end, also when it waits for the next polling round: the iterating thread gets no item
     * after the one it is reading. Safe from any thread (a shutdown hook, say); the iterating thread still
     * closes the batch.
     */
    public void stop() {
        closed = true;
        poller.close();
    }

    /** Ends the batch and closes the open source; call it from the iterating thread. */
    @Override
    public void close() {
        stop();
        closeCurrent();
        finish();
    }

    /** Counts the item; null for a repeated URL. */
    private InputItem accept(InputItem item) {
        if (item instanceof InputError) {
            stats.countError();
            return item;
        }
        stats.countRepairedSurrogates(((InputItem.Read) item).replacedSurrogates());
        if (currentHasUrls && !urlsSeen.add(item.id())) {
            stats.skip(SourceStats.Skip.DUPLICATE);
            return null;
        }
        stats.countRead();
        return item;
    }

    /** Moves on to the next spec, or the next polling round; false at the end. */
    private boolean openNext() {
        closeCurrent();
        if (!specs.isEmpty()) {
            Spec next = specs.removeFirst();
            currentSpec = next.name();
            current = next.path() != null ? file(next.name(), next.path()) : open(next.name());
            return true;
        }
        if (opts.every() != null && poller.hasFeeds() && poller.awaitNextRound(opts.every()) && !closed) {
            currentSpec = "feeds";
            current = poller.pollAll();
            currentHasUrls = true;
            return true;
        }
        return false;
    }

    private Iterator<InputItem> open(String spec) {
        currentHasUrls = true;
        if (Sources.isUrl(spec)) {
            return url(spec);
        }
        if (Sources.hasScheme(spec)) {
            return error(spec, "unsupported URL scheme (only http and https are fetched)");
        }
        if (!spec.equals(Inputs.STDIN)) {
            try {
                Path path = Path.of(spec);
                if (Files.isDirectory(path)) {
                    return directory(spec, path);
                }
                if (Files.isRegularFile(path)) {
                    return file(spec, path);
                }
            } catch (InvalidPathException e) {
                // core's reader names the problem
            }
        }
        currentHasUrls = false;
        return Inputs.open(List.of(spec), opts.read(), stdin);
    }

    /** A regular file: a WARC, a feed or OPML list, else text, HTML or JSONL by core's reader. */
    private Iterator<InputItem> file(String spec, Path path) {
        switch (LocalFiles.kind(path)) {
            case WARC -> {
                currentHasUrls = true;
                return new WarcSource(path, spec, opts.maxBytes(), pages, stats);
            }
            case FEED -> {
                currentHasUrls = true;
                return poller.read(List.of(spec));
            }
            default -> {
                currentHasUrls = false;
                return Inputs.open(path, opts.read());
            }
        }
    }

    /** Queues the directory's files in front of the remaining specs. */
    private Iterator<InputItem> directory(String spec, Path dir) {
        List<Path> files;
        try {
            files = LocalFiles.list(dir);
        } catch (IOException | UncheckedIOException e) {
            return error(spec, "cannot list directory: " + WarcSource.reason(e));
        }
        if (files.isEmpty()) {
            return error(spec, "directory has no input files");
        }
        for (int i = files.size() - 1; i >= 0; i--) {
            specs.addFirst(new Spec(files.get(i).toString(), files.get(i)));
        }
        return Collections.emptyIterator();
    }

    /** A page, or a feed or OPML list when the response is one. */
    private Iterator<InputItem> url(String spec) {
        URI uri;
        try {
            uri = URI.create(spec);
        } catch (IllegalArgumentException e) {
            return error(spec, "invalid URL: " + WarcSource.reason(e));
        }
        Optional<HttpFetcher.Page> fetched;
        try {
            fetched = fetcher.fetch(uri);
        } catch (FetchException e) {
            if (e.kind() == FetchException.Kind.TOO_LARGE) {
                stats.countTooLarge();
            }
            return error(spec, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
            return Collections.emptyIterator();
        }
        if (fetched.isEmpty()) {
            stats.skip(SourceStats.Skip.NOT_MODIFIED);
            return Collections.emptyIterator();
        }
        HttpFetcher.Page page = fetched.get();
        return switch (Sniff.kind(page.contentType(), page.body())) {
            case FEED, OPML -> poller.read(spec, page);
            case HTML -> {
                String url = page.url().toString();
                yield List.of(pages.read(new PageReader.Origin(url, spec, url, null, null), page.body(),
                        page.contentType())).iterator();
            }
            default -> error(spec, "not an HTML page, feed or OPML list (Content-Type "
                    + (page.contentType() == null ? "none" : page.contentType()) + ")");
        };
    }

    private static Iterator<InputItem> error(String spec, String message) {
        return List.<InputItem>of(new InputError(spec, spec, message)).iterator();
    }

    private void closeCurrent() {
        if (current instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                // everything was read already
            }
        }
        current = Collections.emptyIterator();
    }
}
