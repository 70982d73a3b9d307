package org.newsift.models.genre;

import org.newsift.input.PlainText;
import org.newsift.model.Article;
import org.newsift.models.EventModelTrainer;
import org.newsift.models.NgecSynthetic;
import org.newsift.models.PolnearMetadata;
import org.newsift.models.ReutersCorpus;
import org.newsift.rhetoric.ArticleStance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SemEval-2023 Task 3 subtask 1 articles (English) labelled opinion, reporting or satire
 * ({@code rhetoric/genre-semeval2023} in the data dir: {@code articles/article<ID>.txt}, a title line, a
 * blank line and the body, and {@code genre-labels.tsv}, {@code ID<TAB>genre}), and a few Reuters-21578 wire
 * stories as extra reporting examples; and, to check the model on modern news, news-agency copy that PolNeAR's
 * outlets republished. Each SemEval article's cross-validation fold is a hash of its id, so folds do not change when
 * articles are added.
 */
public final class GenreData {
    /** Relative to the data dir. */
    public static final Path DIR = Path.of("rhetoric", "genre-semeval2023");
    public static final String LABELS = "genre-labels.tsv";
    public static final int FOLDS = 10;
    /** Reuters-21578, relative to the data dir: a few wire stories join the training data as reporting. */
    public static final Path REUTERS = EventModelTrainer.REUTERS;
    /** How many: more made the SemEval reporting articles (modern web news) harder to find (docs/models.md). */
    static final int WIRE_STORIES = 20;
    /** Only stories of article length: most Reuters stories are a few lines. */
    static final int WIRE_MIN_CHARS = 1500;
    /** The fold of a training-only article: in every fold's training data, never scored. */
    public static final int TRAINING_ONLY = -1;

    private GenreData() {
    }

    /** An article, its gold genre and its cross-validation fold ({@link #TRAINING_ONLY} for the wire stories). */
    public record Labelled(Article article, String genre, int fold) {
    }

    /** The article's fold in [0, {@value #FOLDS}): the SHA-256 bucket of its id, modulo the fold count. */
    public static int fold(String id) {
        return NgecSynthetic.bucket(id) % FOLDS;
    }

    /** What the genre model is trained and cross-validated on: the SemEval articles, then the wire stories. */
    public static List<Labelled> trainingArticles(Path dataDir) throws IOException {
        List<Labelled> out = new ArrayList<>(read(dataDir.resolve(DIR)));
        out.addAll(wireStories(dataDir.resolve(REUTERS)));
        return out;
    }

    /**
     * The PolNeAR training articles that {@code metadata.tsv} credits to a news agency ({@link PolnearMetadata.Row#isWire}),
     * in file-name order: all reporting. The genre model is not trained
     * on them: trained on half of them, it called no more of the other half reporting, and cross-validated worse on
     * the SemEval articles (docs/models.md, genre-semeval-1). They check that modern wire copy is not called opinion.
     */
    public static List<Article> polnearWire(Path polnear) throws IOException {
        List<Article> out = new ArrayList<>();
        for (PolnearMetadata.Row row : PolnearMetadata.read(polnear).stream()
                .filter(r -> r.compartment().equals("train") && r.isWire())
                .sorted(Comparator.comparing(PolnearMetadata.Row::filename)).toList()) {
            String text = Files.readString(polnear.resolve(row.text()), StandardCharsets.UTF_8);
            out.add(new Article("polnear-" + row.filename(), PlainText.title(text), null, null, text));
        }
        return out;
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
            out.add(new Labelled(new Article(f[0], PlainText.title(text), null, null, text), f[1], fold(f[0])));
        }
        return out;
    }

    /**
     * The extra reporting articles: the first {@value #WIRE_STORIES} Reuters-21578 stories, in file order, whose
     * body is longer than {@value #WIRE_MIN_CHARS} characters; training only.
     */
    public static List<Labelled> wireStories(Path reutersDir) throws IOException {
        try (Stream<ReutersCorpus.Story> stories = ReutersCorpus.stories(reutersDir)) {
            return stories.filter(s -> s.hasBody() && s.body().length() > WIRE_MIN_CHARS).limit(WIRE_STORIES)
                    .map(s -> new Labelled(new Article("reuters-" + s.id(), s.title(), null, null, s.articleText()),
                            ArticleStance.REPORTING, TRAINING_ONLY))
                    .toList();
        }
    }
}
