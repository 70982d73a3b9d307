package org.newsift.assembly;

import org.newsift.pipeline.Stage;
import org.newsift.actors.ActorLexicon;
import org.newsift.actors.ActorResolver;
import org.newsift.actors.ActorStage;
import org.newsift.attribution.QuoteStage;
import org.newsift.dates.DateResolver;
import org.newsift.events.EventClassifier;
import org.newsift.events.EventCoder;
import org.newsift.events.EventStage;
import org.newsift.events.ontology.Ontology;
import org.newsift.events.patterns.EventPatterns;
import org.newsift.kinds.SentenceKindStage;
import org.newsift.lang.LanguageIdentifier;
import org.newsift.lang.LanguageStage;
import org.newsift.nlp.NlpAnnotator;
import org.newsift.nlp.NlpStage;
import org.newsift.rhetoric.ArticleStanceStage;
import org.newsift.rhetoric.RhetoricCueStage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The standard newsift pipeline, assembled from its stages. */
public final class Pipelines {
    private Pipelines() {
    }

    /** Loads the lexicons the configuration names and builds the pipeline around an NLP backend. */
    public static Pipeline standard(NlpAnnotator nlp, NewsiftConfig config) throws IOException {
        return new Pipeline(coreStages(nlp, config.lexicons(), EventClassifier.NONE, new LanguageIdentifier()));
    }

    /** The pipeline without an event model and with the built-in cue lists: only the patterns code events. */
    public static Pipeline standard(NlpAnnotator nlp, ActorLexicon lexicon, EventPatterns patterns,
                                    LanguageIdentifier languages) {
        return standard(nlp, lexicon, patterns, EventClassifier.NONE, languages);
    }

    /**
     * The pipeline with an event model for the verbs no pattern codes ({@link EventClassifier#NONE}
     * for none; the MiniLM model lives in newsift-models) and the built-in cue lists.
     */
    public static Pipeline standard(NlpAnnotator nlp, ActorLexicon lexicon, EventPatterns patterns,
                                    EventClassifier classifier, LanguageIdentifier languages) {
        return new Pipeline(coreStages(nlp, Lexicons.withBuiltInCues(lexicon, patterns), classifier, languages));
    }

    /**
     * The stages of {@link #standard}, in order, for assemblers that add model stages (newsift-models'
     * ModelPipelines) without repeating the core's order.
     */
    public static List<Stage> coreStages(NlpAnnotator nlp, Lexicons lexicons, EventClassifier classifier,
                                         LanguageIdentifier languages) {
        EventCoder events = new EventCoder(lexicons.eventPatterns(), classifier, Ontology.builtIn(), lexicons.places(),
                new DateResolver(), lexicons.quoteCues(), lexicons.modalityCues());
        return List.of(
                new LanguageStage(languages),
                new NlpStage(nlp),
                new ActorStage(new ActorResolver(lexicons.actors())),
                new QuoteStage(lexicons.quoteCues()),
                new SentenceKindStage(lexicons.quoteCues(), lexicons.kindCues()),
                new EventStage(events),
                new RhetoricCueStage(lexicons.rhetoricCues()),
                new ArticleStanceStage(lexicons.satireCues()));
    }

    /** The stages with {@code added} right after the stage named {@code name}; fails when no stage has that name. */
    public static List<Stage> insertAfter(List<Stage> stages, String name, Stage... added) {
        return insert(stages, indexOf(stages, name) + 1, added);
    }

    /** The stages with {@code added} right before the stage named {@code name}; fails when no stage has that name. */
    public static List<Stage> insertBefore(List<Stage> stages, String name, Stage... added) {
        return insert(stages, indexOf(stages, name), added);
    }

    private static List<Stage> insert(List<Stage> stages, int at, Stage... added) {
        List<Stage> out = new ArrayList<>(stages);
        out.addAll(at, List.of(added));
        return List.copyOf(out);
    }

    private static int indexOf(List<Stage> stages, String name) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no stage named '" + name + "' in "
                + stages.stream().map(Stage::name).toList());
    }
}
