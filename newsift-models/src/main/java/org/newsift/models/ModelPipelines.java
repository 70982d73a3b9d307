package org.newsift.models;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.newsift.actors.ActorLexicon;
import org.newsift.events.EventClassifier;
import org.newsift.events.EventStage;
import org.newsift.events.patterns.EventPatterns;
import org.newsift.lang.LanguageIdentifier;
import org.newsift.models.bias.BiasStage;
import org.newsift.models.claims.CheckWorthiness;
import org.newsift.models.claims.ClaimStage;
import org.newsift.models.events.EventVerificationStage;
import org.newsift.models.events.EventVerifier;
import org.newsift.models.genre.GenreModel;
import org.newsift.models.genre.GenreStage;
import org.newsift.models.rhetoric.RhetoricStage;
import org.newsift.models.rhetoric.SpanTagger;
import org.newsift.models.rhetoric.TechniqueHead;
import org.newsift.models.sentence.SentenceModel;
import org.newsift.models.sentence.SentenceModelStage;
import org.newsift.nlp.NlpAnnotator;
import org.newsift.nlp.NlpStage;
import org.newsift.assembly.Lexicons;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;
import org.newsift.assembly.Pipelines;
import org.newsift.pipeline.Stage;

/**
 * The full newsift pipeline: the core stages plus the learned ones, assembled in one place so the CLI,
 * the store's ingest and the server analyse alike. The encoder runs once per sentence right after the
 * NLP stage; every event candidate passes the learned verifier right after the event stage; the fine-tuned
 * claim model and the bias model (on the encoder's states) follow the core stages, then the fine-tuned
 * rhetoric models, and the genre model comes last.
 */
public final class ModelPipelines {
    private ModelPipelines() {
    }

    /**
     * Which optional models run, and how sure the event verifier and the span tagger must be.
     *
     * @param minEventConfidence events below this calibrated confidence are not output; null for the threshold
     *                           chosen for precision when the verifier was trained (docs/models.md)
     * @param minSpanScore       persuasion spans below this calibrated score are not output; null for the
     *                           threshold chosen for precision when the tagger was calibrated
     * @param minClaimScore      sentences below this calibrated check-worthiness are no claims; null for the
     *                           threshold chosen for precision when the claim model was trained
     */
    public record Options(boolean eventModel, Double minEventConfidence, Double minSpanScore, Double minClaimScore) {
        public static Options defaults() {
            return new Options(false, null, null, null);
        }
    }

    /** Loads the configured lexicons and the built-in models. */
    public static Pipeline standard(NlpAnnotator nlp, NewsiftConfig config, Options options) throws IOException {
        return standard(nlp, config.lexicons(), options);
    }

    /** With the built-in cue lists. */
    public static Pipeline standard(NlpAnnotator nlp, ActorLexicon lexicon, EventPatterns patterns, Options options) {
        return standard(nlp, Lexicons.withBuiltInCues(lexicon, patterns), options);
    }

    public static Pipeline standard(NlpAnnotator nlp, Lexicons lexicons, Options options) {
        List<Stage> stages = new ArrayList<>(withoutGenre(nlp, lexicons, options).stages());
        // the genre from the article's figures, once the bias stage has scored its sentences
        stages.add(new GenreStage(GenreModel.builtIn()));
        return new Pipeline(stages);
    }

    /** Every stage of {@link #standard} but the genre model's: what the genre model is trained on. */
    public static Pipeline withoutGenre(NlpAnnotator nlp, NewsiftConfig config, Options options) throws IOException {
        return withoutGenre(nlp, config.lexicons(), options);
    }

    private static Pipeline withoutGenre(NlpAnnotator nlp, Lexicons lexicons, Options options) {
        SentenceModel model = SentenceModel.builtIn();
        List<Stage> stages = new ArrayList<>();
        for (Stage stage : verifiedCoreStages(nlp, lexicons, options)) {
            stages.add(stage);
            if (stage instanceof NlpStage) {
                stages.add(new SentenceModelStage(model)); // each sentence read once, for claims, bias and spans
            }
        }
        // check-worthy claims (attributed through the quotes), per-sentence bias and spans: heads of the one sentence model
        CheckWorthiness checkWorthiness = new CheckWorthiness(model);
        stages.add(new ClaimStage(checkWorthiness, options.minClaimScore() != null
                ? options.minClaimScore() : checkWorthiness.defaultThreshold()));
        stages.add(new BiasStage(model));
        SpanTagger tagger = new SpanTagger(model);
        stages.add(new RhetoricStage(tagger, TechniqueHead.builtIn(),
                options.minSpanScore() != null ? options.minSpanScore() : tagger.defaultThreshold()));
        return new Pipeline(stages);
    }

    /** The core stages, each event candidate checked by the verifier right after the event stage. */
    private static List<Stage> verifiedCoreStages(NlpAnnotator nlp, Lexicons lexicons, Options options) {
        EventClassifier classifier = options.eventModel() ? MiniLmEventClassifier.builtIn() : EventClassifier.NONE;
        List<Stage> stages = new ArrayList<>();
        for (Stage stage : Pipelines.coreStages(nlp, lexicons, classifier, new LanguageIdentifier())) {
            stages.add(stage);
            if (stage instanceof EventStage) {
                EventVerifier verifier = EventVerifier.builtIn();
                stages.add(new EventVerificationStage(verifier, options.minEventConfidence() != null
                        ? options.minEventConfidence() : verifier.defaultThreshold()));
            }
        }
        return stages;
    }
}
