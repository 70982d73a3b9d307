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
import org.newsift.models.rhetoric.CuePriorTrainer;
import org.newsift.models.rhetoric.PtcCorpus;
import org.newsift.models.rhetoric.RhetoricTrainer;
import org.newsift.models.sentence.SentenceModel;
import org.newsift.models.sentence.SentenceModelTrainer;
import org.newsift.rhetoric.RhetoricCues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code newsift train}: trains the learned models from the development data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train newsift's learned models (docs/models.md).",
        subcommands = {TrainCommand.Events.class, TrainCommand.EventTypes.class, TrainCommand.Rhetoric.class, TrainCommand.Sentence.class,
                TrainCommand.Genre.class, TrainCommand.Cues.class})
final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Whether this machine can fine-tune; if not, says on {@code err} what to install. */
    static boolean canFineTune(PrintWriter err) {
        if (FineTuner.available()) {
            return true;
        }
        err.println("newsift: fine-tuning needs Debian's python3-torch and python3-onnx "
                + "(apt-get install python3-torch python3-onnx libopenblas0-pthread; NEWSIFT_PYTHON names another interpreter)");
        return false;
    }

    /** The end of every --output description: where newsift reads the written model. */
    static final String READ_WITH = "(newsift reads it with NEWSIFT_MODELS=models; docs/models.md: rebuilding the shipped models).";

    /**
     * What every training job does around its training: it refuses, with one line each, arguments it cannot use,
     * data it cannot find and (for fine-tuning) a machine without Debian's torch, all before any work starts; then it
     * trains, times itself and says what it wrote.
     */
    abstract static class Job implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data", order = -1,
                description = "Development data dir, laid out as ../shared/data (the files this job reads are named "
                        + "above). Default: ${DEFAULT-VALUE}.")
        Path data;

        @Spec
        CommandSpec spec;

        /** Whether the job fine-tunes an encoder (which needs Debian's python3-torch). */
        private final boolean fineTunes;

        Job(boolean fineTunes) {
            this.fineTunes = fineTunes;
        }

        /** A file the job reads, and the option that names it. */
        record Input(Path file, String option) {
        }

        /** Throws a {@link ParameterException} for arguments the job cannot use. */
        void checkArguments() {
        }

        /** The files the job reads. */
        abstract List<Input> inputs();

        /** Trains and writes the model; returns what it wrote, for the closing line. */
        abstract String train() throws Exception;

        Input underData(Path relative) {
            return new Input(data.resolve(relative), "--data");
        }

        @Override
        public final Integer call() throws Exception {
            checkArguments();
            PrintWriter err = spec.commandLine().getErr();
            for (Input in : inputs()) {
                if (!Files.exists(in.file())) {
                    err.println("newsift: no " + in.file() + " (give " + in.option() + ")");
                    return ExitCodes.BAD_CONFIG;
                }
            }
            if (fineTunes && !canFineTune(err)) {
                return ExitCodes.BAD_CONFIG;
            }
            long t0 = System.nanoTime();
            String wrote = train();
            err.printf(Locale.ROOT, "[train] wrote %s in %.1f s in all%n", wrote, (System.nanoTime() - t0) / 1e9);
            return ExitCodes.OK;
        }
    }

    /** The seed of a fine-tuning job. */
    static final class Seed {
        @Option(names = "--seed", paramLabel = "N", defaultValue = "13", description = "Random seed. Default: ${DEFAULT-VALUE}.")
        int value;

        /** The project's fine-tuning settings with this seed, {@code epochs} and {@code threads}. */
        FineTuner.Settings settings(int epochs, int threads) {
            FineTuner.Settings d = FineTuner.Settings.defaults();
            return new FineTuner.Settings(epochs, d.batch(), d.learningRate(), value, d.maxLength(), threads);
        }
    }

    /** The epochs and seed of a job that fine-tunes one head. */
    static final class FineTuning {
        @Option(names = "--epochs", paramLabel = "N", defaultValue = "4", description = "Training epochs. Default: ${DEFAULT-VALUE}.")
        int epochs;

        @Mixin
        Seed seed;

        FineTuner.Settings settings(int threads) {
            return seed.settings(epochs, threads);
        }
    }

    /** {@code newsift train events}: the event verifier, fine-tuned through the project's one fine-tuning path. */
    @Command(name = "events", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Fine-tune the event verifier (all-MiniLM-L6-v2 with a yes/no head over the marked candidate: is it "
                    + "a literal act of that type, by that source, on that target?) on the rule-based coder's candidates in "
                    + "the project-annotated documents (eval/annotations/events.tsv, docs/event-annotation.md) of "
                    + "corpora/reuters21578/ and attribution/polnear/: documents in hash buckets 20-99 train, 0-19 "
                    + "calibrate and choose the threshold for precision 0.75. Needs Debian's python3-torch and "
                    + "python3-onnx. The same data and seed give the same model."})
    static final class Events extends Job {
        Events() {
            super(true);
        }

        @Option(names = "--annotations", paramLabel = "FILE", defaultValue = "eval/annotations/events.tsv",
                description = "The project's event annotations. Default: ${DEFAULT-VALUE}.")
        Path annotations;

        @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "models/events/verifier",
                description = "Where to write model.onnx and model.json. Default: ${DEFAULT-VALUE} " + READ_WITH)
        Path out;

        @Mixin
        FineTuning fineTuning;

        @Override
        List<Input> inputs() {
            return List.of(new Input(annotations, "--annotations"));
        }

        @Override
        String train() throws IOException, InterruptedException {
            Pipeline candidates = Pipelines.standard(new CoreNlpAnnotator(), NewsiftConfig.defaults());
            ModelCard card = EventVerifierTrainer.train(candidates, data, annotations,
                    fineTuning.settings(FineTuner.Settings.defaults().threads()), out, System.err);
            return String.format(Locale.ROOT, "%s (threshold %.2f)", out, card.threshold());
        }
    }

    /** {@code newsift train event-types}: the MiniLM event-type classifier behind {@code --model}. */
    @Command(name = "event-types", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Train the experimental event-type model behind --model (MiniLM-L6-v2 embeddings + softmax regression over the PLOVER types and NONE) "
                    + "on the train part of NGEC's synthetic stories (events/ngec/; NONE: corpora/reuters21578/ earn/acq "
                    + "leads), pick its threshold on held-out train stories, print dev scores, and write the weights."})
    static final class EventTypes extends Job {
        EventTypes() {
            super(false);
        }

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "models/minilm-plover.tsv",
                description = "Where to write the weights. Default: ${DEFAULT-VALUE} " + READ_WITH)
        Path out;

        @Override
        List<Input> inputs() {
            return List.of(underData(EventModelTrainer.NGEC));
        }

        @Override
        String train() throws IOException {
            EventModelTrainer.write(EventModelTrainer.train(data, System.err), out);
            return out.toString();
        }
    }

    /** {@code newsift train rhetoric}: the technique head, fine-tuned. */
    @Command(name = "rhetoric", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Fine-tune the technique head through the project's one fine-tuning path (all-MiniLM-L6-v2 naming "
                    + "the 14 PTC techniques of a span in its sentence) on the gold spans of rhetoric/ptc-train/ "
                    + "(articles in hash buckets 30-99), scored on buckets 20-29. The span tagger is a head of the sentence "
                    + "model (newsift train sentence). Needs Debian's python3-torch, python3-onnx and libopenblas0-pthread; "
                    + "about 30 minutes on this 2-core machine."})
    static final class Rhetoric extends Job {
        Rhetoric() {
            super(true);
        }

        @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "models/rhetoric",
                description = "Where to write techniques/ (model.onnx, model.json). Default: ${DEFAULT-VALUE} " + READ_WITH)
        Path out;

        @Mixin
        FineTuning fineTuning;

        @Override
        List<Input> inputs() {
            return List.of(underData(PtcCorpus.DIR.resolve(PtcCorpus.LABELS)));
        }

        @Override
        String train() throws IOException, InterruptedException {
            // one thread: the technique head's schedule was chosen, and its bytes are reproduced, on one
            ModelCard card = RhetoricTrainer.train(data, fineTuning.settings(1), out, System.err);
            return out + " (" + card.scores() + ")";
        }
    }

    /** {@code newsift train sentence}: the sentence model (spans, check-worthiness, bias), fine-tuned at once. */
    @Command(name = "sentence", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Fine-tune the sentence model through the project's one fine-tuning path: one all-MiniLM-L6-v2 "
                    + "with three heads trained together, so that analysis reads each sentence once for all three: "
                    + "persuasion spans (a token head, rhetoric/ptc-train/ articles plus corpora/reuters21578/ wire "
                    + "sentences), check-worthiness (checkworthiness/claimbuster/) and bias (bias/, BABE). Each corpus "
                    + "is split by its own hash buckets: 30-99 train, 20-29 calibrate each head and choose its threshold, "
                    + "0-19 are dev. Needs Debian's python3-torch, python3-onnx and libopenblas0-pthread; about 40 "
                    + "minutes on two cores. The same data and seed give the same files."})
    static final class Sentence extends Job {
        Sentence() {
            super(true);
        }

        @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "models/sentence",
                description = "Where to write model.onnx, model.json and one card per head (spans.json, claims.json, "
                        + "bias.json). Default: ${DEFAULT-VALUE} " + READ_WITH)
        Path out;

        @Mixin
        Seed seed;

        @Option(names = "--epochs", paramLabel = "SPANS,CLAIMS,BIAS", split = ",", hideParamSyntax = true, defaultValue = "1,2,3",
                description = "Epochs of each head's data, in one shuffled schedule. Default: ${DEFAULT-VALUE}.")
        int[] epochs;

        @Override
        void checkArguments() {
            if (epochs.length != 3 || Arrays.stream(epochs).anyMatch(e -> e < 1)) {
                throw new ParameterException(spec.commandLine(),
                        "--epochs takes three counts of at least 1 (spans, claims, bias), e.g. 2,2,3");
            }
        }

        @Override
        List<Input> inputs() {
            return List.of(underData(PtcCorpus.DIR.resolve(PtcCorpus.LABELS)), underData(ClaimData.CLAIMBUSTER),
                    underData(BabeData.FILE));
        }

        @Override
        String train() throws IOException, InterruptedException {
            // each head's epochs are in the schedule; the settings' own count is one pass over it
            SentenceModel model = SentenceModelTrainer.train(data, seed.settings(1, FineTuner.Settings.defaults().threads()),
                    new SentenceModelTrainer.Epochs(epochs[0], epochs[1], epochs[2]), out, System.err);
            return String.format(Locale.ROOT, "%s (span threshold %.2f, claim threshold %.2f)", out,
                    model.head(SentenceModel.SPANS).threshold(), model.head(SentenceModel.CLAIMS).threshold());
        }
    }

    /** {@code newsift train cues}: the priors of the rhetoric cue lexicon, calibrated on PTC articles. */
    @Command(name = "cues", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Calibrate the priors of the rhetoric cue lexicon (docs/models.md, cue-priors-1): for each entry, "
                    + "the share of its spans that are persuasion spans in the PTC articles of rhetoric/ptc-train/ outside "
                    + "dev (hash buckets 20-99), with the written prior counting as 5 spans; entries PTC never matches keep their "
                    + "written prior. Writes the calibrated entries as a lexicon to read after the written one. Runs "
                    + "CoreNLP over 294 articles (about a minute on 2 cores). The same data and lexicon give the same file."})
    static final class Cues extends Job {
        Cues() {
            super(false);
        }

        @Option(names = "--lexicon", paramLabel = "FILE",
                description = "The cue lexicon to calibrate (the format of docs/rhetoric.md). Default: the built-in one.")
        Path lexicon;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "models/rhetoric/cues-calibrated.tsv",
                description = "Where to write the calibrated entries, a lexicon to read after the written one. Default: "
                        + "${DEFAULT-VALUE} (read it with --rhetoric FILE; docs/models.md: rebuilding the shipped models).")
        Path out;

        @Override
        List<Input> inputs() {
            List<Input> in = new ArrayList<>(List.of(underData(PtcCorpus.DIR.resolve(PtcCorpus.LABELS))));
            if (lexicon != null) {
                in.add(new Input(lexicon, "--lexicon"));
            }
            return in;
        }

        @Override
        String train() throws IOException {
            List<String> written = lexicon == null ? RhetoricCues.builtInLines() : Files.readAllLines(lexicon);
            RhetoricCues cues = RhetoricCues.builder().addLines(written, lexicon == null ? RhetoricCues.BUILT_IN
                    : lexicon.getFileName().toString()).build();
            List<PtcCorpus.Article> articles = PtcCorpus.read(data.resolve(PtcCorpus.DIR)).stream()
                    .filter(a -> !PtcCorpus.isDev(a.id())).toList();
            List<CuePriorTrainer.Count> counts = CuePriorTrainer.count(cues, articles, new CoreNlpAnnotator());
            CuePriorTrainer.report(counts, System.err);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.write(out, CuePriorTrainer.calibratedLexicon(written, counts, "Counted on " + articles.size()
                    + " PTC training articles (rhetoric/ptc-train/, hash buckets 20-99, dev left out)"));
            return out.toString();
        }
    }

    /** {@code newsift train genre}: the article genre model. */
    @Command(name = "genre", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Train the article genre model (softmax regression over 14 article figures: attribution, numbers, "
                    + "names, tense, the writer's person, questions, bias and check-worthiness) on rhetoric/genre-semeval2023/ "
                    + "and 20 corpora/reuters21578/ wire stories, print its 10-fold cross-validated scores on the SemEval "
                    + "articles, and write the weights. Analyses the 230 articles first (about 5 minutes on 2 cores)."})
    static final class Genre extends Job {
        Genre() {
            super(false);
        }

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "models/genre/genre-semeval.tsv",
                description = "Where to write the weights. Default: ${DEFAULT-VALUE} " + READ_WITH)
        Path out;

        @Override
        List<Input> inputs() {
            return List.of(underData(GenreData.DIR.resolve(GenreData.LABELS)), underData(GenreData.REUTERS));
        }

        @Override
        String train() throws IOException {
            long t0 = System.nanoTime();
            List<GenreTrainer.Example> examples = GenreTrainer.examples(GenreData.trainingArticles(data), ModelPipelines.withoutGenre(
                    new CoreNlpAnnotator(), NewsiftConfig.defaults(), ModelPipelines.Options.defaults()));
            System.err.printf(Locale.ROOT, "[train] analysed %d articles in %.1f s%n", examples.size(), (System.nanoTime() - t0) / 1e9);
            GenreScores cv = GenreTrainer.crossValidate(examples);
            cv.lines().forEach(l -> System.err.println("[train] cross-validated: " + l));
            GenreTrainer.write(GenreTrainer.fit(examples), examples, cv, out);
            return out.toString();
        }
    }
}
