package org.newsift.assembly;

import org.newsift.actors.ActorLexicon;
import org.newsift.actors.CityNames;
import org.newsift.attribution.CueLexicon;
import org.newsift.actors.petrarch.PetrarchDictionaries;
import org.newsift.events.patterns.EventPatterns;
import org.newsift.geo.Gazetteer;
import org.newsift.rhetoric.RhetoricCues;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Everything that configures an analysis, stated explicitly so the same pipeline can be built in the
 * CLI, a server or a Spark executor.
 *
 * @param builtIns       load the lexicons that ship with newsift (actors, places, event patterns)
 * @param dictionaryDirs directories of PETRARCH/TABARI dictionaries: {@code *actors*.txt} and
 *                       {@code *agents*.txt} add actors, {@code *verbs*.txt} add event patterns
 * @param actorFiles     newsift actor lexicons (TSV, docs/lexicons.md), loaded last so they override the rest
 * @param verbFiles      newsift event-pattern lexicons (TSV, docs/event-patterns.md), which win over the rest
 * @param rhetoricFiles  rhetoric cue lexicons (TSV, docs/rhetoric.md), read after the built-in one so they override it
 * @param cueFiles       attribution cue lists (TSV, docs/attribution.md), read after the built-in one
 */
public record NewsiftConfig(boolean builtIns, List<Path> dictionaryDirs, List<Path> actorFiles, List<Path> verbFiles,
                            List<Path> rhetoricFiles, List<Path> cueFiles) {

    public NewsiftConfig {
        dictionaryDirs = List.copyOf(dictionaryDirs);
        actorFiles = List.copyOf(actorFiles);
        verbFiles = List.copyOf(verbFiles);
        rhetoricFiles = List.copyOf(rhetoricFiles);
        cueFiles = List.copyOf(cueFiles);
    }

    /** Without rhetoric or attribution cue files of the user's. */
    public NewsiftConfig(boolean builtIns, List<Path> dictionaryDirs, List<Path> actorFiles, List<Path> verbFiles) {
        this(builtIns, dictionaryDirs, actorFiles, verbFiles, List.of(), List.of());
    }

    public static NewsiftConfig defaults() {
        return new NewsiftConfig(true, List.of(), List.of(), List.of());
    }

    /** Loads every lexicon this configuration names; a bad file fails with its {@code file:line}. */
    public Lexicons lexicons() throws IOException {
        return new Lexicons(actorLexicon(), eventPatterns(), quoteCues(), rhetoricCues());
    }

    /** Builds the actor lexicon this configuration describes. */
    public ActorLexicon actorLexicon() throws IOException {
        ActorLexicon.Builder b = ActorLexicon.builder();
        if (builtIns) {
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

    /**
     * The attribution cues: the built-in list (always: quotes need cues even with {@code --no-builtins},
     * which is about actors and events), then the user's files, which add cues or switch them off.
     */
    public CueLexicon quoteCues() throws IOException {
        CueLexicon.Builder b = CueLexicon.builder().addBuiltIn();
        for (Path f : cueFiles) {
            b.addTsv(f);
        }
        return b.build();
    }

    /** Builds the event patterns: the user's files first (they win ties), then PETRARCH verbs, then built-ins. */
    public EventPatterns eventPatterns() throws IOException {
        EventPatterns.Builder b = EventPatterns.builder();
        for (Path f : verbFiles) {
            b.addTsv(f);
        }
        for (Path dir : dictionaryDirs) {
            for (Path verbs : petrarchVerbFiles(dir)) {
                b.addPetrarch(verbs);
            }
        }
        if (builtIns) {
            b.addBuiltIn();
        }
        return b.build();
    }

    /** Builds the rhetoric cue lexicon: the built-in cues, then the user's files, which replace entries they repeat. */
    public RhetoricCues rhetoricCues() throws IOException {
        RhetoricCues.Builder b = RhetoricCues.builder();
        if (builtIns) {
            b.addBuiltIn();
        }
        for (Path f : rhetoricFiles) {
            b.addTsv(f);
        }
        return b.build();
    }

    private static List<Path> petrarchVerbFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".txt") && n.contains("verbs");
            }).sorted().toList();
        }
    }
}
