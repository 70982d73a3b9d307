package org.newsift.assembly;

import org.newsift.actors.ActorLexicon;
import org.newsift.actors.CityNames;
import org.newsift.attribution.CueLexicon;
import org.newsift.actors.petrarch.PetrarchDictionaries;
import org.newsift.events.patterns.EventPatterns;
import org.newsift.geo.Gazetteer;
import org.newsift.events.ModalityCues;
import org.newsift.kinds.KindCues;
import org.newsift.rhetoric.RhetoricCues;
import org.newsift.rhetoric.SatireCues;
import org.newsift.text.WordGroups;

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
 * @param cueLists       the other lexicons' user files: places, sentence-kind, modality and satire cues
 */
public record NewsiftConfig(boolean builtIns, List<Path> dictionaryDirs, List<Path> actorFiles, List<Path> verbFiles,
                            List<Path> rhetoricFiles, List<Path> cueFiles, CueLists cueLists) {

    /**
     * User files for the lexicons that always load their built-in list first (docs/lexicons.md, "Every lexicon"),
     * each read in order after it, so it adds entries or switches built-in ones off.
     *
     * @param placeFiles    gazetteer places (TSV, docs/gazetteer.md)
     * @param kindCueFiles  sentence-kind cues ({@code group<TAB>word}, docs/attribution.md)
     * @param modalityFiles modality cues ({@code group<TAB>word}, docs/event-patterns.md)
     * @param satireFiles   satire phrases (one a line, docs/rhetoric.md)
     */
    public record CueLists(List<Path> placeFiles, List<Path> kindCueFiles, List<Path> modalityFiles,
                           List<Path> satireFiles) {
        public static final CueLists NONE = new CueLists(List.of(), List.of(), List.of(), List.of());

        public CueLists {
            placeFiles = List.copyOf(placeFiles);
            kindCueFiles = List.copyOf(kindCueFiles);
            modalityFiles = List.copyOf(modalityFiles);
            satireFiles = List.copyOf(satireFiles);
        }
    }

    public NewsiftConfig {
        dictionaryDirs = List.copyOf(dictionaryDirs);
        actorFiles = List.copyOf(actorFiles);
        verbFiles = List.copyOf(verbFiles);
        rhetoricFiles = List.copyOf(rhetoricFiles);
        cueFiles = List.copyOf(cueFiles);
    }

    /** Without cue or place files of the user's. */
    public NewsiftConfig(boolean builtIns, List<Path> dictionaryDirs, List<Path> actorFiles, List<Path> verbFiles) {
        this(builtIns, dictionaryDirs, actorFiles, verbFiles, List.of(), List.of(), CueLists.NONE);
    }

    public static NewsiftConfig defaults() {
        return new NewsiftConfig(true, List.of(), List.of(), List.of());
    }

    /** Loads every lexicon this configuration names; a bad file fails with its {@code file:line}. */
    public Lexicons lexicons() throws IOException {
        Gazetteer places = places();
        return new Lexicons(actorLexicon(places), eventPatterns(), quoteCues(), rhetoricCues(), places, kindCues(),
                modalityCues(), satireCues());
    }

    /** The built-in gazetteer, then the user's place files. */
    public Gazetteer places() throws IOException {
        if (cueLists.placeFiles().isEmpty()) {
            return Gazetteer.builtIn();
        }
        Gazetteer.Builder b = Gazetteer.builtIn().toBuilder();
        for (Path f : cueLists.placeFiles()) {
            b.addTsv(f);
        }
        return b.build();
    }

    public KindCues kindCues() throws IOException {
        WordGroups.Builder<KindCues.Group> b = KindCues.builder();
        for (Path f : cueLists.kindCueFiles()) {
            b.addTsv(f);
        }
        return cueLists.kindCueFiles().isEmpty() ? KindCues.builtIn() : KindCues.of(b.build());
    }

    public ModalityCues modalityCues() throws IOException {
        WordGroups.Builder<ModalityCues.Group> b = ModalityCues.builder();
        for (Path f : cueLists.modalityFiles()) {
            b.addTsv(f);
        }
        return cueLists.modalityFiles().isEmpty() ? ModalityCues.builtIn() : ModalityCues.of(b.build());
    }

    public SatireCues satireCues() throws IOException {
        SatireCues.Builder b = SatireCues.builder();
        for (Path f : cueLists.satireFiles()) {
            b.addFile(f);
        }
        return cueLists.satireFiles().isEmpty() ? SatireCues.builtIn() : b.build();
    }

    /** Builds the actor lexicon this configuration describes. */
    public ActorLexicon actorLexicon() throws IOException {
        return actorLexicon(places());
    }

    private ActorLexicon actorLexicon(Gazetteer places) throws IOException {
        ActorLexicon.Builder b = ActorLexicon.builder();
        if (builtIns) {
            CityNames.addTo(b, places); // first, so the actor lexicon's own entries win
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
