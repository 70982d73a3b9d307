package org.newsift.models;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
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
import org.newsift.assembly.Lexicons;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;
import org.newsift.assembly.Pipelines;
import org.newsift.pipeline.Stage;
import org.newsift.rhetoric.ArticleStanceStage;

/**
 * The full newsift pipeline: the core stages plus the learned ones, assembled in one place so the CLI,
 * the store's ingest and the server analyse alike. The model stages go in among the core stages by name:
 * the encoder runs once per sentence right after the NLP stage; every event candidate passes the learned verifier
 * right after the event stage; the claim, bias and rhetoric heads (on the encoder's states) run before the stance
 * stage, which settles all the spans (voices among them) and reads genre and spin from the writer's; the genre model,
 * which reads the bias, comes last.
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

    /**
     * {@link #standard(NlpAnnotator, Lexicons, Options)} built from scratch, with the NLP annotator loading on a thread
     * of its own while the lexicons and the built-in models load on this one. The two loads take about as long
     * (CoreNLP about 5 s, the lexicons and models about 5 s on the 2-core machine, docs/performance.md), so start-up
     * takes the longer of them, not their sum. An error of either load is thrown here as its loader threw it.
     *
     * @throws IOException a lexicon could not be read
     */
    public static Pipeline load(Supplier<? extends NlpAnnotator> nlp, NewsiftConfig config, Options options)
            throws IOException {
        FutureTask<NlpAnnotator> annotator = new FutureTask<>(nlp::get);
        Thread loader = new Thread(annotator, "newsift-nlp-load");
        loader.setDaemon(true); // a lexicon error ends a command at once, not after CoreNLP has loaded
        loader.start();
        Lexicons lexicons;
        try {
            lexicons = config.lexicons();
            loadBuiltInModels(options);
        } catch (IOException | RuntimeException | Error e) {
            annotator.cancel(true);
            throw e;
        }
        return standard(await(annotator), lexicons, options);
    }

    /** The models {@link #standard} reads, each loaded once per process. */
    private static void loadBuiltInModels(Options options) {
        SentenceModel.builtIn();
        EventVerifier.builtIn();
        TechniqueHead.builtIn();
        GenreModel.builtIn();
        if (options.eventModel()) {
            MiniLmEventClassifier.builtIn();
        }
    }

    private static NlpAnnotator await(FutureTask<NlpAnnotator> annotator) {
        try {
            return annotator.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            annotator.cancel(true);
            throw new IllegalStateException("interrupted while the NLP models were loading", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
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
        EventClassifier classifier = options.eventModel() ? MiniLmEventClassifier.builtIn() : EventClassifier.NONE;
        List<Stage> stages = Pipelines.coreStages(nlp, lexicons, classifier, new LanguageIdentifier());
        SentenceModel model = SentenceModel.builtIn();
        // each sentence read once, right after parsing, for claims, bias and spans
        stages = Pipelines.insertAfter(stages, nlp.name(), new SentenceModelStage(model));
        // every event candidate checked by the verifier as soon as it is coded
        EventVerifier verifier = EventVerifier.builtIn();
        stages = Pipelines.insertAfter(stages, EventStage.NAME, new EventVerificationStage(verifier,
                options.minEventConfidence() != null ? options.minEventConfidence() : verifier.defaultThreshold()));
        // check-worthy claims (attributed through the quotes), per-sentence bias and spans: heads of the one sentence
        // model, before the stance stage settles all the spans and reads genre and spin from the writer's
        CheckWorthiness checkWorthiness = new CheckWorthiness(model);
        SpanTagger tagger = new SpanTagger(model);
        stages = Pipelines.insertBefore(stages, ArticleStanceStage.NAME,
                new ClaimStage(checkWorthiness, options.minClaimScore() != null
                        ? options.minClaimScore() : checkWorthiness.defaultThreshold()),
                new BiasStage(model),
                new RhetoricStage(tagger, TechniqueHead.builtIn(),
                        options.minSpanScore() != null ? options.minSpanScore() : tagger.defaultThreshold()));
        return new Pipeline(stages);
    }
}
