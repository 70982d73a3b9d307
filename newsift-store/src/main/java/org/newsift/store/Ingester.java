package org.newsift.store;

import org.newsift.input.InputError;
import org.newsift.input.InputItem;
import org.newsift.input.InputRejected;
import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.store.dedup.Deduplicator;
import org.newsift.store.dedup.Fingerprint;
import org.newsift.store.dedup.MinHasher;
import org.newsift.store.dedup.Verdict;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Ingest: inputs in, stored articles out. Each input is, in input order, checked against the store (an id
 * already stored with the same body is skipped, so a repeated or resumed run adds nothing twice; an id
 * taken by another body is an error) and against earlier bodies (an exact or near copy is linked to its
 * original and not analysed again); originals are analysed, possibly in parallel, and everything is stored
 * in input order, one transaction per article. Errors are recorded in the store and counted; none stops the run.
 */
public final class Ingester {
    /** The longest an ingest holds the database without a pause for readers (docs/store.md). */
    static final Duration HOLD = Duration.ofMillis(500);
    /** The pause, longer than a reader's retry interval and its query. */
    static final Duration PAUSE = Duration.ofMillis(50);

    /**
     * Runs the analysis of tasks, possibly on several threads, and hands them to {@code commit} in input
     * order on the calling thread, which also pulls the tasks. The CLI passes its ordered thread pool.
     */
    @FunctionalInterface
    public interface Runner {
        void run(Iterator<Task> tasks, Function<Task, Task> analyse, Consumer<Task> commit) throws InterruptedException;
    }

    /** One input on its way through ingest; opaque to runners. */
    public static final class Task {
        private final InputItem item;
        private String error;
        private final Fingerprint fingerprint;
        private final Verdict verdict;
        private Analysis analysis;
        private String failure;

        private Task(InputItem item, String error, Fingerprint fingerprint, Verdict verdict) {
            this.item = item;
            this.error = error;
            this.fingerprint = fingerprint;
            this.verdict = verdict;
        }

        /** For a runner that gives up waiting on this task's analysis: it is recorded as a rejected input. */
        public Task rejected(String reason) {
            error = reason;
            return this;
        }
    }

    private final NewsStore store;
    private final Function<Article, Analysis> analyzer;
    private final IngestProgress progress;
    private final Deduplicator dedup;
    private final Set<String> idsThisRun = new HashSet<>();
    private int read;
    private int stored;
    private int exact;
    private int near;
    private int alreadyStored;
    private int duplicateIds;
    private int failed;
    private int errors;
    private int events;
    private int undatedEvents;
    private int undatedArticles;
    private final Map<String, Integer> errorsByReason = new HashMap<>();
    private long startNanos;

    /** @param analyzer the pipeline, e.g. {@code pipeline::analyze}; it must be thread-safe for parallel runners */
    public Ingester(NewsStore store, Function<Article, Analysis> analyzer, IngestProgress progress) {
        this.store = store;
        this.analyzer = analyzer;
        this.progress = progress;
        this.dedup = new Deduplicator(store.database(), new MinHasher());
    }

    /** Runs analysis and storage on the calling thread. */
    public static Runner sequential() {
        return (tasks, analyse, commit) -> tasks.forEachRemaining(t -> commit.accept(analyse.apply(t)));
    }

    /** Ingests every item; the store is consistent at any point the run may be killed. */
    public IngestSummary ingest(Iterator<InputItem> items, Runner runner) throws InterruptedException {
        Instant started = Instant.now();
        startNanos = System.nanoTime();
        Iterator<Task> tasks = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Task next() {
                return classify(items.next());
            }
        };
        WriterUpkeep upkeep = new WriterUpkeep(store);
        try {
            runner.run(tasks, this::analyse, this::commit);
        } finally {
            progress.finish();
            upkeep.close(); // also when interrupted: the errors recorded so far are written
            try {
                store.commitIndex();
            } catch (IOException e) {
                throw new StoreException("cannot commit the index (it is rebuilt from the database on next open)", e);
            }
        }
        IngestSummary summary = summary();
        try {
            store.recordRun(started, summary);
        } catch (SQLException e) {
            throw new StoreException("cannot record the run", e);
        }
        return summary;
    }

    /** Runs on the reading thread, in input order. */
    private Task classify(InputItem item) {
        if (item instanceof InputError e) {
            return new Task(item, e.message(), null, null);
        }
        Article article = ((InputItem.Read) item).article();
        if (!idsThisRun.add(article.id())) {
            duplicateIds++;
            return new Task(item, "duplicate id: an earlier input of this run has the id '" + Keys.shown(article.id()) + "'",
                    null, null);
        }
        Fingerprint f = dedup.fingerprint(article.text());
        Optional<String> storedHash;
        try {
            storedHash = store.database().bodyHashOf(article.id());
        } catch (SQLException e) {
            throw new StoreException("cannot look up " + Keys.shown(article.id()), e);
        }
        if (storedHash.isPresent()) {
            if (storedHash.get().equals(f.bodyHash())) {
                alreadyStored++;
                return new Task(item, null, f, null);
            }
            duplicateIds++;
            return new Task(item, "duplicate id: the store holds another article with the id '" + Keys.shown(article.id()) + "'",
                    null, null);
        }
        return new Task(item, null, f, dedup.check(article.id(), f));
    }

    /** Runs on a worker thread: analyses an original; copies, skips and errors pass through. */
    private Task analyse(Task t) {
        if (t.verdict != null && !t.verdict.isCopy()) {
            try {
                t.analysis = analyzer.apply(((InputItem.Read) t.item).article());
            } catch (InputRejected e) {
                t.error = e.getMessage();
            } catch (RuntimeException | StackOverflowError e) {
                String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                t.failure = "analysis failed: " + m.replaceAll("\\s+", " ").strip();
            }
        }
        return t;
    }

    /** Runs on the reading thread, in input order: one transaction per article. */
    private void commit(Task t) {
        read++; // counted here, not when read ahead, so the rate is of finished inputs
        try {
            String error = t.error != null ? t.error : t.failure;
            if (error != null) {
                if (t.failure != null) {
                    failed++;
                }
                errors++;
                errorsByReason.merge(IngestSummary.reasonKind(error), 1, Integer::sum);
                store.database().recordError(t.item.id(), t.item.source(), error);
                progress.rejected(t.item.id(), t.item.source(), error);
            } else if (t.verdict != null) {
                Article a = ((InputItem.Read) t.item).article();
                // the analysis may have read the publication date from the text
                String published = t.analysis != null ? t.analysis.published() : a.published();
                store.put(new StoredArticle(a.id(), a.url(), a.title(), published, t.item.source(), t.fingerprint,
                        t.verdict, t.analysis));
                switch (t.verdict.kind()) {
                    case NEW -> count(t.analysis);
                    case EXACT -> exact++;
                    case NEAR -> near++;
                }
            }
            if (store.heldLongerThan(HOLD)) {
                yieldToReaders();
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot store " + Keys.shown(t.item.id()), e);
        }
        progress.update(summary());
    }

    /** A writer busy without pause (copies, skips) lets the store go for a moment, so a waiting reader gets its turn. */
    private void yieldToReaders() throws SQLException, IOException {
        store.letGo();
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void count(Analysis a) {
        stored++;
        events += a.events().size();
        undatedEvents += (int) a.events().stream().filter(e -> e.date() == null).count();
        undatedArticles += Database.publishedDate(a.published()) == null ? 1 : 0;
    }

    private IngestSummary summary() {
        return new IngestSummary(read, stored, exact, near, alreadyStored, duplicateIds, failed, errors, events,
                undatedEvents, undatedArticles, Duration.ofNanos(System.nanoTime() - startNanos), errorsByReason);
    }
}
