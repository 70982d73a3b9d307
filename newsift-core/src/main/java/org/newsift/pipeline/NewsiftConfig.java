package org.newsift.pipeline;

import org.newsift.actors.ActorLexicon;
import org.newsift.actors.CityNames;
import org.newsift.geo.Gazetteer;
import org.newsift.actors.petrarch.PetrarchDictionaries;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything that configures an analysis, stated explicitly so the same pipeline can be built in the
 * CLI, a server or a Spark executor.
 *
 * @param builtInActors  load the lexicon that ships with newsift
 * @param dictionaryDirs directories of PETRARCH/TABARI actor and agent dictionaries, loaded next
 * @param actorFiles     newsift actor lexicons (TSV), loaded last so they override the rest
 */
public record NewsiftConfig(boolean builtInActors, List<Path> dictionaryDirs, List<Path> actorFiles) {

    public NewsiftConfig {
        dictionaryDirs = List.copyOf(dictionaryDirs);
        actorFiles = List.copyOf(actorFiles);
    }

    public static NewsiftConfig defaults() {
        return new NewsiftConfig(true, List.of(), List.of());
    }

    /** Builds the actor lexicon this configuration describes. */
    public ActorLexicon actorLexicon() throws IOException {
        ActorLexicon.Builder b = ActorLexicon.builder();
        if (builtInActors) {
            CityNames.addTo(b, Gazetteer.builtIn()); // first, so the actor lexicon's own entries win
            b.addAll(ActorLexicon.builtIn());
        }
        for (Path dir : dictionaryDirs) {
            PetrarchDictionaries.load(dir, b);
        }
        for (Path f : actorFiles) {
            b.addTsv(f);
        }
        return b.build();
    }
}
