package org.newsift.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** What kind of source a local file is, and the files of a directory in the order core's reader uses. */
final class LocalFiles {

    enum Kind { WARC, FEED, OTHER }

    /** Depth first, each directory's entries sorted by name: comparing paths name by name gives that order. */
    private static final Comparator<Path> DEPTH_FIRST_BY_NAME = (a, b) -> {
        Iterator<Path> i = a.iterator();
        Iterator<Path> j = b.iterator();
        while (i.hasNext() && j.hasNext()) {
            int c = i.next().toString().compareTo(j.next().toString());
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(i.hasNext(), j.hasNext());
    };

    private LocalFiles() {
    }

    /** Regular files under {@code dir}, recursively, sorted as core's directory reading does; hidden ones skipped. */
    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !isHidden(dir.relativize(p)) && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(dir::relativize, DEPTH_FIRST_BY_NAME))
                    .toList();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path name : relative) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * WARC by name ({@code .warc}, {@code .warc.gz}); a feed or OPML list by name ({@code .rss}, {@code .atom},
     * {@code .opml}, {@code .xml}) or, for a name core does not know, by its first bytes; else core reads it.
     */
    static Kind kind(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return Kind.WARC;
        }
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".opml") || n.endsWith(".xml")) {
            return Kind.FEED;
        }
        String base = n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
        for (String known : new String[] {".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson"}) {
            if (base.endsWith(known)) {
                return Kind.OTHER;
            }
        }
        return sniffsAsFeed(file) ? Kind.FEED : Kind.OTHER;
    }

    private static boolean sniffsAsFeed(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Sniff.Kind k = Sniff.kind(null, in.readNBytes(1024));
            return k == Sniff.Kind.FEED || k == Sniff.Kind.OPML;
        } catch (IOException | RuntimeException e) {
            return false; // core reports what is wrong with the file
        }
    }
}
