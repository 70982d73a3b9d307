package org.newsift.cli;

import org.newsift.corenlp.CoreNlpAnnotator;
import org.newsift.models.EventModelTrainer;
import org.newsift.models.events.EventVerifierTrainer;
import org.newsift.models.finetune.FineTuner;
import org.newsift.models.finetune.ModelCard;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;
import org.newsift.assembly.Pipelines;
import org.newsift.models.bias.BabeData;
import org.newsift.models.claims.ClaimData;
import org.newsift.models.ModelPipelines;
import org.newsift.models.genre.GenreData;
import org.newsift.models.genre.GenreScores;
import org.newsift.models.genre.GenreTrainer;
import org.newsift.models.rhetoric.PtcCorpus;
import org.newsift.models.rhetoric.RhetoricTrainer;
import org.newsift.models.sentence.SentenceModel;
import org.newsift.models.sentence.SentenceModelTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code newsift train}: trains the learned models from the development data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train newsift's learned models (docs/models.md).",
        subcommands = {TrainCommand.Events.class, TrainCommand.EventTypes.class, TrainCommand.Rhetoric.class, TrainCommand.Sentence.class,
                TrainCommand.Genre.class})
final class TrainCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Whether this machine can fine-tune; if not, says what to install. */
    static boolean canFineTune() {
        if (FineTuner.available()) {
            return true;
        }
        System.err.println("newsift: fine-tuning needs Debian's python3-torch and python3-onnx "
                + "(apt-get install python3-torch python3-onnx libopenblas0-pthread; NEWSIFT_PYTHON names another interpreter)");
        return false;
    }

    /** {@code newsift train events}: the event verifier, fine-tuned through the project's one fine-tuning path. */
    @Command(name = "events", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Fine-tune the event verifier (all-MiniLM-L6-v2 with a yes/no head over the marked candidate: is it "
                    + "a literal act of that type, by that source, on that target?) on the rule-based coder's candidates in "
                    + "the project-annotated documents (eval/annotations/events.tsv, docs/event-annotation.md): documents "
                    + "in hash buckets 20-99 train, 0-19 calibrate and choose the threshold for precision 0.75. Needs "
                    + "Debian's python3-torch and python3-onnx. The same data and seed give the same model."})
    static final class Events implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
                description = "Development data dir (corpora/reuters21578/, attribution/polnear/). Default: ${DEFAULT-VALUE}.")
        Path data;

        @Option(names = "--annotations", paramLabel = "FILE", defaultValue = "eval/annotations/events.tsv",
                description = "The project's event annotations. Default: ${DEFAULT-VALUE}.")
        Path annotations;

        @Option(names = {"-o", "--output"}, paramLabel = "DIR",
                defaultValue = "models/events/verifier",
                description = "Where to write model.onnx and model.json. Default: ${DEFAULT-VALUE} "
                        + "(newsift reads it with NEWSIFT_MODELS=models; docs/models.md: rebuilding the shipped models).")
        Path out;

        @Option(names = "--epochs", defaultValue = "4", description = "Training epochs. Default: ${DEFAULT-VALUE}.")
        int epochs;

        @Option(names = "--seed", defaultValue = "13", description = "Random seed. Default: ${DEFAULT-VALUE}.")
        int seed;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(annotations)) {
                System.err.println("newsift: no " + annotations + " (give --annotations)");
                return ExitCodes.BAD_CONFIG;
            }
            if (!canFineTune()) {
                return ExitCodes.BAD_CONFIG;
            }
            long t0 = System.nanoTime();
            FineTuner.Settings d = FineTuner.Settings.defaults();
            FineTuner.Settings settings = new FineTuner.Settings(epochs, d.batch(), d.learningRate(), seed, d.maxLength(),
                    d.threads());
            Pipeline candidates = Pipelines.standard(new CoreNlpAnnotator(), NewsiftConfig.defaults());
            ModelCard card = EventVerifierTrainer.train(candidates, data, annotations, settings, out, System.err);
            System.err.printf(Locale.ROOT, "[train] wrote %s (threshold %.2f) in %.1f s in all%n", out, card.threshold(),
                    (System.nanoTime() - t0) / 1e9);
            return ExitCodes.OK;
        }
    }

    /** {@code newsift train event-types}: the MiniLM event-type classifier behind {@code --model}. */
    @Command(name = "event-types", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Train the experimental event-type model behind --model (MiniLM-L6-v2 embeddings + softmax regression over the PLOVER types and NONE) "
                    + "on the train part of NGEC's synthetic stories (NONE: Reuters-21578 earn/acq leads), "
                    + "pick its threshold on held-out train stories, print dev scores, and write the weights."})
    static final class EventTypes implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
                description = "Development data dir (events/ngec/, corpora/reuters21578/). Default: ${DEFAULT-VALUE}.")
        Path data;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                defaultValue = "models/minilm-plover.tsv",
                description = "Where to write the weights. Default: ${DEFAULT-VALUE} "
                        + "(newsift reads it with NEWSIFT_MODELS=models; docs/models.md: rebuilding the shipped models).")
        Path out;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(data.resolve(EventModelTrainer.NGEC))) {
                System.err.println("newsift: no " + data.resolve(EventModelTrainer.NGEC) + " (give --data)");
                return ExitCodes.BAD_CONFIG;
            }
            long t0 = System.nanoTime();
            EventModelTrainer.Result r = EventModelTrainer.train(data, System.err);
            EventModelTrainer.write(r, out);
            System.err.printf(Locale.ROOT, "[train] wrote %s in %.1f s in all%n", out, (System.nanoTime() - t0) / 1e9);
            return ExitCodes.OK;
        }
    }

    /** {@code newsift train rhetoric}: the technique head, fine-tuned. */
    @Command(name = "rhetoric", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Fine-tune the technique head through the project's one fine-tuning path (all-MiniLM-L6-v2 naming "
                    + "the 14 PTC techniques of a span in its sentence) on the gold spans of ../shared/data/rhetoric/ptc-train "
                    + "(articles in hash buckets 30-99), scored on buckets 20-29. The span tagger is a head of the sentence "
                    + "model (newsift train sentence). Needs Debian's python3-torch, python3-onnx and libopenblas0-pthread; "
                    + "about 30 minutes on this 2-core machine."})
    static final class Rhetoric implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
                description = "Development data dir (rhetoric/ptc-train/). Default: ${DEFAULT-VALUE}.")
        Path data;

        @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "models/rhetoric",
                description = "Where to write techniques/ (model.onnx, model.json). Default: ${DEFAULT-VALUE} "
                        + "(newsift reads it with NEWSIFT_MODELS=models; docs/models.md: rebuilding the shipped models).")
        Path out;

        @Option(names = "--epochs", defaultValue = "4", description = "Epochs of the technique head. Default: ${DEFAULT-VALUE}.")
        int epochs;

        @Option(names = "--seed", defaultValue = "13", description = "Random seed. Default: ${DEFAULT-VALUE}.")
        int seed;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(data.resolve(PtcCorpus.DIR).resolve(PtcCorpus.LABELS))) {
                System.err.println("newsift: no " + data.resolve(PtcCorpus.DIR).resolve(PtcCorpus.LABELS) + " (give --data)");
                return ExitCodes.BAD_CONFIG;
            }
            if (!canFineTune()) {
                return ExitCodes.BAD_CONFIG;
            }
            long t0 = System.nanoTime();
            FineTuner.Settings d = FineTuner.Settings.defaults();
            ModelCard card = RhetoricTrainer.train(data,
                    new FineTuner.Settings(epochs, d.batch(), d.learningRate(), seed, d.maxLength(), 1), out, System.err);
            System.err.printf(Locale.ROOT, "[train] wrote %s (%s) in %.1f s in all%n", out, card.scores(),
                    (System.nanoTime() - t0) / 1e9);
            return ExitCodes.OK;
        }
    }

    /** {@code newsift train sentence}: the sentence model (spans, check-worthiness, bias), fine-tuned at once. */
    @Command(name = "sentence", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Fine-tune the sentence model through the project's one fine-tuning path: one all-MiniLM-L6-v2 "
                    + "with three heads trained together, so that analysis reads each sentence once for all three: "
                    + "persuasion spans (a token head, PTC training articles plus Reuters-21578 wire sentences), "
                    + "check-worthiness (ClaimBuster) and bias (BABE). Each corpus is split by its own hash buckets: 30-99 "
                    + "train, 20-29 calibrate each head and choose its threshold, 0-19 are dev. Needs Debian's python3-torch, "
                    + "python3-onnx and libopenblas0-pthread; about 40 minutes on two cores. The same data and seed give "
                    + "the same files."})
    static final class Sentence implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
                description = "Development data dir (rhetoric/ptc-train/, corpora/reuters21578/, checkworthiness/claimbuster/, "
                        + "bias/). Default: ${DEFAULT-VALUE}.")
        Path data;

        @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "models/sentence",
                description = "Where to write model.onnx, model.json and one card per head (spans.json, claims.json, "
                        + "bias.json). Default: ${DEFAULT-VALUE} "
                        + "(newsift reads it with NEWSIFT_MODELS=models; docs/models.md: rebuilding the shipped models).")
        Path out;

        @Option(names = "--seed", defaultValue = "13", description = "Random seed. Default: ${DEFAULT-VALUE}.")
        int seed;

        @Option(names = "--epochs", paramLabel = "SPANS,CLAIMS,BIAS", split = ",", hideParamSyntax = true, defaultValue = "1,2,3",
                description = "Epochs of each head's data, in one shuffled schedule. Default: ${DEFAULT-VALUE}.")
        int[] epochs;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (epochs.length != 3 || Arrays.stream(epochs).anyMatch(e -> e < 1)) {
                throw new ParameterException(spec.commandLine(),
                        "--epochs takes three counts of at least 1 (spans, claims, bias), e.g. 2,2,3");
            }
            for (Path needed : List.of(data.resolve(PtcCorpus.DIR).resolve(PtcCorpus.LABELS), data.resolve(ClaimData.CLAIMBUSTER),
                    data.resolve(BabeData.FILE))) {
                if (!Files.isRegularFile(needed)) {
                    System.err.println("newsift: no " + needed + " (give --data)");
                    return ExitCodes.BAD_CONFIG;
                }
            }
            if (!canFineTune()) {
                return ExitCodes.BAD_CONFIG;
            }
            long t0 = System.nanoTime();
            FineTuner.Settings d = FineTuner.Settings.defaults();
            SentenceModel model = SentenceModelTrainer.train(data, new FineTuner.Settings(1, d.batch(), d.learningRate(),
                    seed, d.maxLength(), d.threads()), new SentenceModelTrainer.Epochs(epochs[0], epochs[1], epochs[2]), out, System.err);
            System.err.printf(Locale.ROOT, "[train] wrote %s (span threshold %.2f, claim threshold %.2f) in %.1f s in all%n",
                    out, model.head(SentenceModel.SPANS).threshold(), model.head(SentenceModel.CLAIMS).threshold(),
                    (System.nanoTime() - t0) / 1e9);
            return ExitCodes.OK;
        }
    }

    /** {@code newsift train genre}: the article genre model. */
    @Command(name = "genre", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Train the article genre model (softmax regression over 14 article figures: attribution, numbers, "
                    + "names, tense, the writer's person, questions, bias and check-worthiness) on ../shared/data/rhetoric/genre-semeval2023 "
                    + "and 20 Reuters-21578 wire stories, print its 10-fold cross-validated scores on the SemEval articles, "
                    + "and write the weights. Analyses the 230 articles first (about 5 minutes on 2 cores)."})
    static final class Genre implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
                description = "Development data dir (rhetoric/genre-semeval2023/, corpora/reuters21578/). Default: ${DEFAULT-VALUE}.")
        Path data;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                defaultValue = "models/genre/genre-semeval.tsv",
                description = "Where to write the weights. Default: ${DEFAULT-VALUE} "
                        + "(newsift reads it with NEWSIFT_MODELS=models; docs/models.md: rebuilding the shipped models).")
        Path out;

        @Override
        public Integer call() throws IOException {
            for (Path required : List.of(GenreData.DIR.resolve(GenreData.LABELS), GenreData.REUTERS)) {
                if (!Files.exists(data.resolve(required))) {
                    System.err.println("newsift: no " + data.resolve(required) + " (give --data)");
                    return ExitCodes.BAD_CONFIG;
                }
            }
            long t0 = System.nanoTime();
            List<GenreTrainer.Example> examples = GenreTrainer.examples(GenreData.trainingArticles(data), ModelPipelines.withoutGenre(
                    new CoreNlpAnnotator(), NewsiftConfig.defaults(), ModelPipelines.Options.defaults()));
            System.err.printf(Locale.ROOT, "[train] analysed %d articles in %.1f s%n", examples.size(), (System.nanoTime() - t0) / 1e9);
            GenreScores cv = GenreTrainer.crossValidate(examples);
            cv.lines().forEach(l -> System.err.println("[train] cross-validated: " + l));
            GenreTrainer.write(GenreTrainer.fit(examples), examples, cv, out);
            System.err.printf(Locale.ROOT, "[train] wrote %s in %.1f s in all%n", out, (System.nanoTime() - t0) / 1e9);
            return ExitCodes.OK;
        }
    }
}
