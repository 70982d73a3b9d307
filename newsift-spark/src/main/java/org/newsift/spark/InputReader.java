package org.newsift.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.newsift.input.InputError;
import org.newsift.input.InputItem;
import org.newsift.model.Article;
import org.newsift.sources.SourceBatch;
import org.newsift.sources.SourceOptions;
import org.newsift.sources.Sources;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Reads one input file on an executor with newsift-sources, exactly as {@code newsift analyze} reads it: WARC
 * and WARC.gz files with its record selection, JSONL, text and HTML. A file on a local file system is read in
 * place; one elsewhere (HDFS, S3) is first copied to a temporary local file of the same name, since the WARC
 * reader seeks and the readers choose the format by the name. Ids and sources that name the local copy are
 * renamed to the name the file is known by, so they are what the CLI gives for the same argument.
 */
final class InputReader {

    /** An item read, with its place in input order. */
    record Item(int fileIndex, int itemIndex, InputItem item, boolean fromWeb) {
    }

    private InputReader() {
    }

    /** The file's items, read lazily: a WARC of a gigabyte is never held in memory whole. */
    static Iterator<Item> read(InputFiles.InputFile file, Configuration conf) {
        Path path = new Path(file.path());
        java.nio.file.Path tmpDir = null;
        try {
            FileSystem fs = path.getFileSystem(conf);
            java.nio.file.Path local;
            if (fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem) {
                local = new File(fs.makeQualified(path).toUri()).toPath();
            } else {
                tmpDir = Files.createTempDirectory("newsift-input-");
                local = tmpDir.resolve(path.getName());
                fs.copyToLocalFile(false, path, new Path(local.toUri()), true);
            }
            return new Items(file, local.toString(), tmpDir);
        } catch (IOException | RuntimeException e) {
            if (tmpDir != null) {
                deleteTree(tmpDir);
            }
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return List.of(new Item(file.index(), 0, new InputError(file.name(), file.name(), "cannot read: " + reason),
                    false)).iterator();
        }
    }

    /** One file's items as newsift-sources gives them; at the end the batch is closed and a local copy deleted. */
    private static final class Items implements Iterator<Item> {
        private final InputFiles.InputFile file;
        private final String local;
        private final java.nio.file.Path tmpDir;
        private final SourceBatch batch;
        private final boolean fromWeb;
        private int next;
        private boolean closed;

        Items(InputFiles.InputFile file, String local, java.nio.file.Path tmpDir) {
            this.file = file;
            this.local = local;
            this.tmpDir = tmpDir;
            this.batch = Sources.open(List.of(local), SourceOptions.defaults());
            this.fromWeb = fromWeb(file.name());
        }

        @Override
        public boolean hasNext() {
            if (closed) {
                return false;
            }
            if (batch.hasNext()) {
                return true;
            }
            batch.close();
            if (tmpDir != null) {
                deleteTree(tmpDir);
            }
            closed = true;
            return false;
        }

        @Override
        public Item next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return new Item(file.index(), next++, renamed(batch.next(), local, file.name()), fromWeb);
        }
    }

    /**
     * Whether the file's articles come from the web (id = URL): WARCs and feeds, whose repeated URLs the CLI
     * reads once per batch.
     */
    static boolean fromWeb(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".rss") || n.endsWith(".atom")
                || n.endsWith(".opml") || n.endsWith(".xml");
    }

    private static InputItem renamed(InputItem item, String local, String name) {
        if (item instanceof InputError e) {
            return new InputError(rename(e.id(), local, name), rename(e.source(), local, name), e.message());
        }
        InputItem.Read r = (InputItem.Read) item;
        Article a = r.article();
        return new InputItem.Read(new Article(rename(a.id(), local, name), a.title(), a.url(), a.published(), a.text()),
                rename(r.source(), local, name), r.replacedSurrogates());
    }

    /** The local path at the start of an id or source ({@code path}, {@code path:line}, {@code path@offset}) renamed. */
    static String rename(String s, String local, String name) {
        if (s == null || !s.startsWith(local)) {
            return s;
        }
        String rest = s.substring(local.length());
        return rest.isEmpty() || rest.startsWith(":") || rest.startsWith("@") ? name + rest : s;
    }

    private static void deleteTree(java.nio.file.Path dir) {
        try (Stream<java.nio.file.Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory: the executor's scratch space is cleaned with the application
        }
    }
}
