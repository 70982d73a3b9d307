package org.newsift.sources;

import com.rometools.rome.io.FeedException;
import org.newsift.input.InputError;
import org.newsift.input.InputItem;

import org.newsift.extract.MarkupGuard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads feeds (URLs or files) and OPML lists of feeds, and polls the feeds again on request. Each round yields
 * only entries not seen in an earlier round (by GUID/id, else link); a feed URL is fetched with a conditional
 * GET, so an unchanged feed costs a 304. Each entry's link is fetched and its article extracted; when the page
 * cannot be had (error, not HTML), the entry's own content or summary stands in. A feed that cannot be read
 * (invalid XML, fetch error, a markup bomb) is one error item; the other feeds go on. Within a round each
 * document is read once, however often OPML lists name it (a list that names itself ends), and lists nest at
 * most {@link #MAX_OPML_NESTING} deep.
 *
 * <pre>{@code
 * FeedPoller poller = new FeedPoller(opts, fetcher, stats);
 * Iterator<InputItem> items = poller.read(List.of("feeds.opml"));   // first round
 * while (poller.awaitNextRound(Duration.ofMinutes(15))) {           // false once closed or interrupted
 *     items = poller.pollAll();
 * }
 * }</pre>
 */
public final class FeedPoller implements AutoCloseable {
    /** How deep OPML lists may name other lists; real reading lists are one level, a few nest a second. */
    static final int MAX_OPML_NESTING = 8;

    private final SourceOptions opts;
    private final HttpFetcher fetcher;
    private final SourceStats stats;
    private final PageReader pages;
    private final Set<String> feeds = new LinkedHashSet<>();
    private final Set<String> seen = new HashSet<>();
    private final CountDownLatch closed = new CountDownLatch(1);

    public FeedPoller(SourceOptions opts, HttpFetcher fetcher, SourceStats stats) {
        this.opts = opts;
        this.fetcher = fetcher;
        this.stats = stats;
        this.pages = new PageReader(opts.read(), stats);
    }

    /** Reads feeds or OPML lists (URLs or files) now; the feeds found are polled again by {@link #pollAll}. */
    public Iterator<InputItem> read(List<String> locations) {
        Round r = new Round();
        locations.forEach(l -> r.add(new Pending(l, null, 0)));
        return r;
    }

    /** Reads a feed or OPML list that was already fetched. */
    Iterator<InputItem> read(String location, HttpFetcher.Page page) {
        Round r = new Round();
        r.add(new Pending(location, page, 0));
        return r;
    }

    /** One more round over every feed read so far, yielding only new entries. */
    public Iterator<InputItem> pollAll() {
        return read(List.copyOf(feeds));
    }

    /** Whether any feed has been read, so there is something to poll. */
    public boolean hasFeeds() {
        return !feeds.isEmpty();
    }

    /** Waits {@code every}; false when the poller was closed or the thread interrupted meanwhile. */
    public boolean awaitNextRound(Duration every) {
        try {
            return !closed.await(every.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Ends any wait in {@link #awaitNextRound}; safe to call from another thread. */
    @Override
    public void close() {
        closed.countDown();
    }

    /** A document to read; {@code nesting} counts the OPML lists that led to it. */
    private record Pending(String location, HttpFetcher.Page fetched, int nesting) {
    }

    /** One round: feed documents in a queue (OPML lists add theirs), then each document's new entries. */
    private final class Round extends ItemSource {
        final Deque<Pending> queue = new ArrayDeque<>();
        final Deque<FeedDocuments.Entry> entries = new ArrayDeque<>();
        final Set<String> visited = new HashSet<>();
        String feed;

        /** Queues a document unless this round has read it already (an OPML list naming itself or a list above). */
        void add(Pending p) {
            if (visited.add(identity(p.location()))) {
                queue.add(p);
            } else {
                stats.skip(SourceStats.Skip.FEED_NAMED_AGAIN);
            }
        }

        @Override
        protected InputItem advance() {
            if (closed.getCount() == 0 || Thread.currentThread().isInterrupted()) {
                finish();
                return null;
            }
            if (!entries.isEmpty()) {
                return entryItem(entries.removeFirst());
            }
            if (queue.isEmpty()) {
                finish();
                return null;
            }
            return load(queue.removeFirst());
        }

        /** Loads one document: an error item, or null after queueing its entries or feeds. */
        private InputItem load(Pending p) {
            feed = p.location();
            HttpFetcher.Page page;
            try {
                page = p.fetched() != null ? p.fetched() : document(p.location()).orElse(null);
            } catch (FetchException e) {
                return fetchError(p.location(), p.location(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (IOException e) {
                return new InputError(p.location(), p.location(), "cannot read feed: " + WarcSource.reason(e));
            } catch (IllegalArgumentException e) {
                return new InputError(p.location(), p.location(), "bad feed URL: " + WarcSource.reason(e));
            }
            if (page == null) {
                stats.skip(SourceStats.Skip.NOT_MODIFIED);
                return null;
            }
            Sniff.Kind kind = Sniff.kind(page.contentType(), page.body());
            if (kind != Sniff.Kind.FEED && kind != Sniff.Kind.OPML) {
                return new InputError(p.location(), p.location(), "not an RSS/Atom feed or OPML list");
            }
            String bomb = MarkupGuard.checkXml(new String(page.body(), StandardCharsets.ISO_8859_1));
            if (bomb != null) {
                stats.countTooLarge();
                return new InputError(p.location(), p.location(), "invalid feed: " + bomb);
            }
            if (kind == Sniff.Kind.OPML && p.nesting() >= MAX_OPML_NESTING) {
                return new InputError(p.location(), p.location(), "OPML lists nest more than " + MAX_OPML_NESTING
                        + " deep (lists naming lists); this one is not read");
            }
            try {
                if (kind == Sniff.Kind.FEED) {
                    feeds.add(p.location());
                    entries.addAll(FeedDocuments.entries(page.body(), page.contentType()));
                } else {
                    for (String url : FeedDocuments.opmlFeeds(page.body(), page.contentType())) {
                        add(new Pending(resolve(p.location(), url), null, p.nesting() + 1));
                    }
                }
            } catch (FeedException | IOException | RuntimeException | StackOverflowError e) {
                return new InputError(p.location(), p.location(), "invalid feed: " + SourceBatch.failure(e));
            }
            return null;
        }

        private InputItem entryItem(FeedDocuments.Entry e) {
            if (!seen.add(e.key())) {
                stats.skip(SourceStats.Skip.SEEN);
                return null;
            }
            String source = feed;
            String id = e.link() != null ? e.link() : e.key();
            InputError failure = null;
            if (e.link() != null) {
                try {
                    Optional<HttpFetcher.Page> page = fetcher.fetch(URI.create(e.link().strip()));
                    if (page.isEmpty()) {
                        stats.skip(SourceStats.Skip.NOT_MODIFIED);
                        return null;
                    }
                    HttpFetcher.Page p = page.get();
                    if (Sniff.isHtml(p.contentType(), p.body())) {
                        String url = p.url().toString();
                        return pages.read(new PageReader.Origin(url, source, url, e.title(), e.published()),
                                p.body(), p.contentType());
                    }
                    failure = new InputError(id, source, e.link() + ": not an HTML page");
                } catch (FetchException x) {
                    failure = fetchError(id, source, x);
                } catch (IllegalArgumentException x) {
                    failure = new InputError(id, source, "bad entry link '" + e.link() + "'");
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            if (e.contentHtml() == null) {
                return failure != null ? failure : new InputError(id, source, "entry has no link and no content");
            }
            // the feed's own text stands in for the page
            return pages.fromHtml(new PageReader.Origin(id, source, e.link(), e.title(), e.published()),
                    "<html><body>" + e.contentHtml() + "</body></html>");
        }
    }

    private InputError fetchError(String id, String source, FetchException e) {
        if (e.kind() == FetchException.Kind.TOO_LARGE) {
            stats.countTooLarge();
        }
        return new InputError(id, source, e.getMessage());
    }

    /** A feed document by URL (conditional GET; empty when unchanged) or from a file (bounded by --max-bytes). */
    private Optional<HttpFetcher.Page> document(String location) throws FetchException, InterruptedException, IOException {
        if (Sources.isUrl(location)) {
            return fetcher.fetch(URI.create(location));
        }
        Path path = Path.of(location);
        if (Files.size(path) > opts.maxBytes()) {
            throw new FetchException(FetchException.Kind.TOO_LARGE, "feed file is over the limit of "
                    + opts.maxBytes() + " bytes (raise it with --max-bytes)");
        }
        return Optional.of(new HttpFetcher.Page(path.toUri(), null, Files.readAllBytes(path)));
    }

    /** What a location names, so that two spellings of one file or URL count as one document. */
    private static String identity(String location) {
        if (Sources.hasScheme(location)) {
            try {
                return URI.create(location.strip()).normalize().toString();
            } catch (IllegalArgumentException e) {
                return location;
            }
        }
        try {
            return Path.of(location).toAbsolutePath().normalize().toString();
        } catch (RuntimeException e) {
            return location;
        }
    }

    /** An OPML entry's URL, resolved against the list's own URL or directory when relative. */
    private static String resolve(String base, String url) {
        if (Sources.hasScheme(url)) {
            return url;
        }
        if (Sources.isUrl(base)) {
            return URI.create(base).resolve(url).toString();
        }
        Path parent = Path.of(base).toAbsolutePath().getParent();
        return parent.resolve(url).toString();
    }
}
