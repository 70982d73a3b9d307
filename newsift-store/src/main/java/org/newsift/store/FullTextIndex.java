package org.newsift.store;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.newsift.model.Actor;
import org.newsift.model.Analysis;
import org.newsift.model.Event;
import org.newsift.model.EventArgument;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Lucene index of the analysed articles: title, text and actor codes for full-text search, with the
 * publication day, actors and event codes as filters. It follows the database and may lag it after a crash;
 * {@link NewsStore} reconciles the two on open.
 */
final class FullTextIndex implements AutoCloseable {
    /** The article id, stored, not indexed: ids can be longer than a Lucene term (32 KB). */
    private static final String ID = "id";
    /** The key the index updates and deletes by: the id's hash (Keys). */
    private static final String ID_HASH = "id_hash";
    /** Commit data that marks an index keyed by id hashes; an older index is rebuilt from the database. */
    private static final Map.Entry<String, String> FORMAT = Map.entry("newsift.keys", "sha256");
    private static final String DAY = "day";
    private static final String ACTOR = "actor";
    private static final String CAMEO = "cameo";
    private static final String PLOVER = "plover";
    private static final String QUAD = "quad";
    private static final String[] TEXT_FIELDS = {"title", "text", "actors"};

    record ScoredId(String id, float score) {
    }

    /** One page of ids, with the number of all matches. */
    record Hits(long total, List<ScoredId> page) {
    }

    /** Null for a reader. */
    private final IndexWriter writer;
    private final FSDirectory directory;
    /** Null for a reader until the index has a first commit. */
    private SearcherManager searchers;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();

    private FullTextIndex(IndexWriter writer, FSDirectory directory) throws IOException {
        this.writer = writer;
        this.directory = directory;
        this.searchers = writer != null ? new SearcherManager(writer, null) : null;
    }

    /**
     * An index to search only: it reads the last commit of whoever writes the index (Lucene readers never lock
     * the directory), and sees newer commits on the next search.
     */
    static FullTextIndex reader(Path dir) throws IOException {
        return new FullTextIndex(null, FSDirectory.open(dir));
    }

    static FullTextIndex open(Path dir) throws IOException {
        FSDirectory directory = FSDirectory.open(dir);
        boolean current = DirectoryReader.indexExists(directory)
                && FORMAT.getValue().equals(SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT.getKey()));
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                .setOpenMode(current ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new StoreBusy("the store's index " + dir + " is being written by another process (an ingest, or a "
                    + "server storing posted articles): one writer at a time");
        }
        writer.setLiveCommitData(Map.of(FORMAT.getKey(), FORMAT.getValue()).entrySet());
        return new FullTextIndex(writer, directory);
    }

    /** Adds or replaces an article's document. */
    void put(Analysis a) throws IOException {
        Document d = new Document();
        d.add(new StoredField(ID, a.id()));
        d.add(new StringField(ID_HASH, Keys.of(a.id()), Field.Store.NO));
        d.add(new TextField("title", a.title() == null ? "" : a.title(), Field.Store.NO));
        d.add(new TextField("text", a.text(), Field.Store.NO));
        LocalDate day = Database.publishedDate(a.published());
        if (day != null) {
            d.add(new LongPoint(DAY, day.toEpochDay()));
            d.add(new NumericDocValuesField(DAY, day.toEpochDay()));
        }
        Set<String> actorKeys = new LinkedHashSet<>();
        for (Actor actor : a.actors()) {
            addKey(actorKeys, actor.code());
            addKey(actorKeys, actor.country());
        }
        for (Event e : a.events()) {
            for (EventArgument arg : concat(e.source(), e.target())) {
                addKey(actorKeys, arg.code());
                addKey(actorKeys, arg.country());
            }
            addString(d, CAMEO, e.cameo());
            addString(d, PLOVER, e.plover() == null ? null : e.plover().type());
            addString(d, QUAD, e.quadClass() == null ? null : e.quadClass().toString());
        }
        actorKeys.forEach(k -> d.add(new StringField(ACTOR, k, Field.Store.NO)));
        d.add(new TextField("actors", String.join(" ", actorKeys), Field.Store.NO));
        writer.updateDocument(new Term(ID_HASH, Keys.of(a.id())), d);
    }

    void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(ID_HASH, Keys.of(id)));
    }

    void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** The searchers, refreshed to the last commit; null while a reader finds no index yet. */
    private synchronized SearcherManager current() throws IOException {
        if (searchers == null) {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            searchers = new SearcherManager(directory, null);
        }
        searchers.maybeRefreshBlocking();
        return searchers;
    }

    /** The ids of every live document. */
    Set<String> ids() throws IOException {
        SearcherManager searchers = current();
        IndexSearcher s = searchers.acquire();
        try {
            Set<String> ids = new HashSet<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live == null || live.get(i)) {
                        ids.add(fields.document(i, Set.of(ID)).get(ID));
                    }
                }
            }
            return ids;
        } finally {
            searchers.release(s);
        }
    }

    /** One page of matching ids with scores; the database fills in the rest. */
    Hits search(SearchQuery q) throws IOException {
        SearcherManager searchers = current();
        if (searchers == null) {
            query(q); // a query that does not parse is refused whether or not there is an index
            return new Hits(0, List.of());
        }
        IndexSearcher s = searchers.acquire();
        try {
            Query query = query(q);
            int n = q.offset() + q.limit();
            boolean blank = q.text() == null || q.text().isBlank();
            TopDocs top = blank ? s.search(query, n, new Sort(new SortField(DAY, SortField.Type.LONG, true)))
                    : s.search(query, n);
            List<ScoredId> page = new ArrayList<>();
            StoredFields fields = s.storedFields();
            for (int i = q.offset(); i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                page.add(new ScoredId(fields.document(sd.doc, Set.of(ID)).get(ID), blank ? 0f : sd.score));
            }
            return new Hits(top.totalHits.value, page);
        } finally {
            searchers.release(s);
        }
    }

    private Query query(SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (q.text() == null || q.text().isBlank()) {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            try {
                b.add(new MultiFieldQueryParser(TEXT_FIELDS, analyzer).parse(q.text()), BooleanClause.Occur.MUST);
            } catch (ParseException e) {
                throw new IllegalArgumentException("cannot parse the query '" + q.text() + "': "
                        + e.getMessage().lines().findFirst().orElse(""), e);
            }
        }
        if (q.from() != null || q.to() != null) {
            long lo = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long hi = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(DAY, lo, hi), BooleanClause.Occur.FILTER);
        }
        if (q.actor() != null) {
            b.add(new TermQuery(new Term(ACTOR, q.actor().toUpperCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        if (q.event() != null) {
            b.add(eventFilter(q.event().strip()), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** One digit 1-4 is a quad class, more digits a CAMEO code or prefix, letters a PLOVER type. */
    private static Query eventFilter(String event) {
        if (event.matches("[1-4]")) {
            return new TermQuery(new Term(QUAD, event));
        }
        if (event.matches("\\d{2,4}")) {
            return new PrefixQuery(new Term(CAMEO, event));
        }
        return new TermQuery(new Term(PLOVER, event.toUpperCase(Locale.ROOT)));
    }

    private static void addKey(Set<String> keys, String key) {
        if (key != null && !key.isBlank()) {
            keys.add(key.toUpperCase(Locale.ROOT));
        }
    }

    private static void addString(Document d, String field, String value) {
        if (value != null) {
            d.add(new StringField(field, value, Field.Store.NO));
        }
    }

    private static List<EventArgument> concat(List<EventArgument> a, List<EventArgument> b) {
        List<EventArgument> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Override
    public synchronized void close() throws IOException {
        try (directory) {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                try {
                    writer.commit();
                } finally {
                    writer.close();
                }
            }
        }
    }
}
