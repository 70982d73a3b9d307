package org.newsift.models.events;

import org.newsift.model.Article;
import org.newsift.models.PolnearMetadata;
import org.newsift.models.ReutersCorpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The documents {@link AnnotatedEvents} rows point into, as articles to analyse, so that offsets in the
 * rows are offsets into {@link Article#text()}:
 * <ul>
 *   <li>{@code reuters}: the Reuters-21578 story with that NEWID; text {@link ReutersCorpus.Story#articleText()},
 *       title its TITLE, published its DATE;</li>
 *   <li>{@code polnear}: {@code attribution/polnear/train/text/<doc>.txt} as read (UTF-8); published the
 *       {@code publication_date} of its {@code metadata.tsv} row.</li>
 * </ul>
 * The Reuters corpus is read once, on the first Reuters document asked for.
 */
public final class AnnotatedDocuments {
    public static final Path REUTERS = Path.of("corpora", "reuters21578");
    private final Path dataDir;
    private Map<String, ReutersCorpus.Story> reuters;
    private Map<String, String> polnearDates;

    /** @param dataDir the shared data dir ({@code ../shared/data}) */
    public AnnotatedDocuments(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** The article of one annotated document; an IOException when it is not in the data. */
    public synchronized Article article(String corpus, String doc) throws IOException {
        return switch (corpus) {
            case "reuters" -> reutersArticle(doc);
            case "polnear" -> polnearArticle(doc);
            default -> throw new IOException("unknown corpus '" + corpus + "'");
        };
    }

    private Article reutersArticle(String doc) throws IOException {
        if (reuters == null) {
            reuters = new HashMap<>();
            try (Stream<ReutersCorpus.Story> s = ReutersCorpus.stories(dataDir.resolve(REUTERS))) {
                s.forEach(st -> reuters.put(String.valueOf(st.id()), st));
            }
        }
        ReutersCorpus.Story st = reuters.get(doc);
        if (st == null) {
            throw new IOException("no Reuters-21578 story with NEWID " + doc + " in " + dataDir.resolve(REUTERS));
        }
        return new Article("reuters-" + doc, st.title(), null, st.date() == null ? null : st.date().toString(),
                st.articleText());
    }

    private Article polnearArticle(String doc) throws IOException {
        if (polnearDates == null) {
            polnearDates = dates(dataDir.resolve(PolnearMetadata.DIR));
        }
        Path text = dataDir.resolve(PolnearMetadata.DIR).resolve("train").resolve("text").resolve(doc + ".txt");
        if (!Files.exists(text)) {
            throw new IOException("no PolNeAR training article " + text);
        }
        return new Article("polnear-" + doc, null, null, polnearDates.get(doc), Files.readString(text, StandardCharsets.UTF_8));
    }

    /** filename to publication_date from PolNeAR's metadata (rows without a date left out). */
    private static Map<String, String> dates(Path polnear) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (PolnearMetadata.Row row : PolnearMetadata.read(polnear)) {
            if (row.date().matches("\\d{4}-\\d{2}-\\d{2}")) {
                out.put(row.filename(), row.date());
            }
        }
        return out;
    }
}
