package org.newsift.models.genre;

import org.newsift.input.PlainText;
import org.newsift.model.Article;
import org.newsift.models.NgecSynthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The SemEval-2023 Task 3 subtask 1 articles (English) labelled opinion, reporting or satire
 * ({@code rhetoric/genre-semeval2023} in the data dir: {@code articles/article<ID>.txt}, a title line, a
 * blank line and the body, and {@code genre-labels.tsv}, {@code ID<TAB>genre}). Each article's
 * cross-validation fold is a hash of its id, so folds do not change when articles are added.
 */
public final class GenreData {
    /** Relative to the data dir. */
    public static final Path DIR = Path.of("rhetoric", "genre-semeval2023");
    public static final String LABELS = "genre-labels.tsv";
    public static final int FOLDS = 10;

    private GenreData() {
    }

    /** An article and its gold genre. */
    public record Labelled(Article article, String genre) {
        public int fold() {
            return GenreData.fold(article.id());
        }
    }

    /** The article's fold in [0, {@value #FOLDS}): the SHA-256 bucket of its id, modulo the fold count. */
    public static int fold(String id) {
        return NgecSynthetic.bucket(id) % FOLDS;
    }

    /** The labelled articles of {@code dir}, in the labels file's order. */
    public static List<Labelled> read(Path dir) throws IOException {
        List<Labelled> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(LABELS), StandardCharsets.UTF_8)) {
            String[] f = line.strip().split("\t");
            if (f.length != 2) {
                continue;
            }
            if (!GenreModel.GENRES.contains(f[1])) {
                throw new IOException(dir.resolve(LABELS) + ": unknown genre '" + f[1] + "'");
            }
            String text = Files.readString(dir.resolve("articles").resolve("article" + f[0] + ".txt"), StandardCharsets.UTF_8);
            out.add(new Labelled(new Article(f[0], PlainText.title(text), null, null, text), f[1]));
        }
        return out;
    }
}
