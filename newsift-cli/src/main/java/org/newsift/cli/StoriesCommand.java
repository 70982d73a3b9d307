package org.newsift.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsift.output.AnalysisJson;
import org.newsift.server.corpus.StoreCorpus;
import org.newsift.server.stories.Story;
import org.newsift.server.stories.StoryClusterer;
import org.newsift.server.stories.StoryWindow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code newsift stories}: the stories of a store, as {@code /api/stories} gives them. */
@Command(name = "stories", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the stories of a store, largest first: articles about the same happening, published within "
                + "3 days of each other, by the similarity of their titles and leads (docs/server.md#stories). The same "
                + "stories as the server's /api/stories with the same options."})
final class StoriesCommand implements Callable<Integer> {

    enum Format { table, jsonl }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--min", defaultValue = "2", paramLabel = "N", description = "Fewest articles a story has. Default: ${DEFAULT-VALUE}.")
    int min;

    @Option(names = "--threshold", paramLabel = "S", description = "Similarity (0 to 1) from which articles are one story: "
            + "higher gives fewer, tighter stories. Default: " + StoryClusterer.THRESHOLD + ".")
    double threshold = StoryClusterer.THRESHOLD;

    @Option(names = "--from", paramLabel = "DATE", description = "First publication day of the window (default: "
            + StoryWindow.DAYS + " days before --to).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last publication day of the window (default: the newest "
            + "article's). At most the newest " + StoryWindow.ARTICLES + " articles of the window are read.")
    LocalDate to;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|jsonl",
            description = "jsonl: one story a line, as the API gives it. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws IOException {
        if (min < 1) {
            throw new ParameterException(spec.commandLine(), "--min must be 1 or more, got " + min);
        }
        StoryClusterer clusterer;
        try {
            clusterer = StoryClusterer.miniLm(threshold);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--threshold must be between 0 and 1, got " + threshold);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        List<Story> stories;
        try (StoreCorpus corpus = new StoreCorpus(store.existingLocation(spec), 1)) {
            stories = clusterer.stories(StoryWindow.analyses(corpus, from, to), min);
        }
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper json = AnalysisJson.mapper();
        if (format == Format.table) {
            out.println(stories.size() + (stories.size() == 1 ? " story" : " stories"));
        }
        for (Story s : stories) {
            if (format == Format.jsonl) {
                out.println(json.writeValueAsString(s));
            } else {
                int articles = s.articles().size();
                int outlets = s.outlets().size();
                out.printf(Locale.ROOT, "%s  %-13s %3d article%s  %d outlet%s  spin %s  %s%n", s.firstDate(),
                        s.lastDate().equals(s.firstDate()) ? "" : "to " + s.lastDate(), articles, articles == 1 ? " " : "s",
                        outlets, outlets == 1 ? " " : "s", s.spin() == null ? "-" : String.format(Locale.ROOT, "%.2f", s.spin()),
                        s.title());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
