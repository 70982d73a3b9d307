package org.newsift.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * PolNeAR (Newell et al., LREC 2018): news articles with brat standoff attributions (Source, Cue,
 * Content, joined by an {@code E} line per attribution; offsets are code points, discontinuous spans
 * read {@code "s e;s e"}). Some articles were annotated twice ({@code name_<annotator>.ann}); the
 * first annotation file in name order is used.
 */
final class PolnearCorpus {
    private PolnearCorpus() {
    }

    /** A code-point range, end exclusive. */
    record Span(int start, int end) {
        int length() {
            return end - start;
        }

        int overlap(Span o) {
            return Math.max(0, Math.min(end, o.end) - Math.max(start, o.start));
        }
    }

    /** One gold attribution: its content and, when annotated, its source. */
    record Gold(Span content, Span source) {
    }

    /** An article's text and gold attributions. */
    record Article(String name, String text, List<Gold> gold) {
    }

    /** The articles of a split directory ({@code text/} and {@code attributions/}), in name order. */
    static List<Article> read(Path split) throws IOException {
        List<Path> anns;
        try (Stream<Path> s = Files.list(split.resolve("attributions"))) {
            anns = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        List<Article> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(split.resolve("text"))) {
            for (Path txt : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String stem = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                Path ann = anns.stream().filter(a -> a.getFileName().toString().startsWith(stem + "_")).findFirst().orElse(null);
                if (ann != null) {
                    out.add(new Article(stem, Files.readString(txt, StandardCharsets.UTF_8),
                            parse(Files.readString(ann, StandardCharsets.UTF_8))));
                }
            }
        }
        return out;
    }

    /** The attributions of one .ann file: every {@code E} line of type Attribution(-no-source) with a Content. */
    static List<Gold> parse(String ann) {
        Map<String, Span> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : ann.split("\n")) {
            String[] f = line.split("\t");
            if (f.length >= 2 && f[0].startsWith("T")) {
                spans.put(f[0], span(f[1]));
            } else if (f.length >= 2 && f[0].startsWith("E")) {
                events.add(f[1].trim().split("\\s+"));
            }
        }
        List<Gold> out = new ArrayList<>();
        for (String[] e : events) {
            if (!e[0].startsWith("Attribution")) {
                continue;
            }
            Span content = null;
            Span source = null;
            for (String arg : e) {
                String[] kv = arg.split(":", 2);
                if (kv[0].equals("Content")) {
                    content = spans.get(kv[1]);
                } else if (kv[0].equals("Source")) {
                    source = spans.get(kv[1]);
                }
            }
            if (content != null) {
                out.add(new Gold(content, source));
            }
        }
        return out;
    }

    /** "Content 120 211" or "Content 10 20;25 40": from the first start to the last end. */
    private static Span span(String typeAndOffsets) {
        String offsets = typeAndOffsets.substring(typeAndOffsets.indexOf(' ') + 1);
        String[] parts = offsets.split("[ ;]");
        return new Span(Integer.parseInt(parts[0]), Integer.parseInt(parts[parts.length - 1]));
    }
}
