package org.newsift.models.events;

import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.model.Event;
import org.newsift.model.EventArgument;
import org.newsift.models.finetune.FineTuner;
import org.newsift.models.finetune.ModelCard;
import org.newsift.assembly.Pipeline;
import org.newsift.text.CodePoints;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Trains the {@link EventVerifier} through the project's fine-tuning path: the rule-based coder's candidates in
 * the project-annotated documents (docs/event-annotation.md) are the examples, labelled fully right or not
 * (documents in hash buckets 20-99 train, 0-19 calibrate and choose the threshold), with the candidates that the
 * train part of PLV_train can judge.
 */
public final class EventVerifierTrainer {
    public static final Path ANNOTATIONS = Path.of("eval", "annotations", "events.tsv");
    /** The dev precision the output threshold is chosen for: the share of events a reader must find fully right. */
    public static final double PRECISION = 0.75;
    static final List<String> LABELS = List.of("wrong", "right");

    private EventVerifierTrainer() {
    }

    /** One labelled candidate and whether it comes from a dev document. */
    record Labelled(FineTuner.Example example, boolean dev) {
    }

    /**
     * @param candidates the rule-based pipeline (no verifier) that makes the candidates, as at run time
     * @param dataDir    ../shared/data
     */
    public static ModelCard train(Pipeline candidates, Path dataDir, Path annotations, FineTuner.Settings settings,
                                  Path out, PrintStream log) throws IOException, InterruptedException {
        List<AnnotatedEvents.Row> rows = AnnotatedEvents.read(annotations);
        List<Labelled> examples = new ArrayList<>(examples(candidates, new AnnotatedDocuments(dataDir), rows, log));
        Path plv = dataDir.resolve(PlvPairs.FILE);
        if (Files.isRegularFile(plv)) {
            examples.addAll(plvExamples(candidates, PlvPairs.split(PlvPairs.read(plv)).train(), log));
        } else {
            log.println("[train] no " + plv + ": trained on the annotated candidates only");
        }
        List<FineTuner.Example> train = examples.stream().filter(l -> !l.dev()).map(Labelled::example).toList();
        List<FineTuner.Example> dev = examples.stream().filter(Labelled::dev).map(Labelled::example).toList();
        log.printf("[train] %d annotated rows; %d labelled candidates: train %d (%d right), dev %d (%d right)%n", rows.size(),
                examples.size(), train.size(), right(train), dev.size(), right(dev));
        return new FineTuner(settings).train("event-verifier", LABELS, train, dev, PRECISION, out);
    }

    private static long right(List<FineTuner.Example> l) {
        return l.stream().filter(e -> e.label() == 1).count();
    }

    /** Analyses each annotated document once and labels the candidates that an annotation row covers. */
    static List<Labelled> examples(Pipeline candidates, AnnotatedDocuments documents, List<AnnotatedEvents.Row> rows,
                                   PrintStream log) throws IOException {
        Map<String, List<AnnotatedEvents.Row>> byDoc = rows.stream()
                .collect(Collectors.groupingBy(r -> r.corpus() + "\t" + r.doc(), LinkedHashMap::new, Collectors.toList()));
        List<Labelled> out = new ArrayList<>();
        int unlabelled = 0;
        for (List<AnnotatedEvents.Row> docRows : byDoc.values()) {
            AnnotatedEvents.Row first = docRows.get(0);
            Article article = documents.article(first.corpus(), first.doc());
            Analysis a = candidates.analyze(article);
            for (Event e : a.events()) {
                Boolean right = label(e, docRows);
                if (right == null) {
                    unlabelled++;
                    continue;
                }
                out.add(new Labelled(example(a.text(), e, right), first.isDev()));
            }
        }
        log.printf("[train] %d candidates of the annotated documents have no label (new since annotation)%n", unlabelled);
        return out;
    }

    /**
     * Labelled candidates from the train part of PLV_train, whose sentences mark one real source-target pair:
     * a candidate with that pair and a type of the pair's gold root is right; one with the pair reversed, or with
     * the pair and another type, is wrong. Other candidates say nothing about the marked pair and are left out.
     * All of them train; calibration stays on the annotated dev documents, which are sampled as newsift meets news.
     */
    static List<Labelled> plvExamples(Pipeline candidates, List<PlvPairs.Pair> pairs, PrintStream log) {
        List<Labelled> out = new ArrayList<>();
        for (PlvPairs.Pair p : pairs) {
            if (!p.scorable()) {
                continue;
            }
            Analysis a = candidates.analyze(new Article("plv-" + p.sentenceId(), null, null, null, p.sentence()));
            for (Event e : a.events()) {
                boolean pair = covers(a.text(), e, e.source(), p.source()) && covers(a.text(), e, e.target(), p.target());
                boolean reversed = covers(a.text(), e, e.source(), p.target()) && covers(a.text(), e, e.target(), p.source());
                if (pair || reversed) {
                    boolean typeRight = e.plover() != null && PlvPairs.ploverTypes(p.root()).contains(e.plover().type());
                    out.add(new Labelled(example(a.text(), e, pair && typeRight), false));
                }
            }
        }
        log.printf("[train] PLV_train (train part): %d labelled candidates, %d right%n", out.size(),
                out.stream().filter(l -> l.example().label() == 1).count());
        return out;
    }

    /** Whether one of the arguments' words, found in the event's sentence, overlaps one of the marked spans. */
    private static boolean covers(String text, Event e, List<EventArgument> args, List<PlvPairs.Span> marked) {
        String sentence = CodePoints.substring(text, e.sentence().start(), e.sentence().end());
        for (EventArgument arg : args) {
            int at = arg.text() == null ? -1 : sentence.indexOf(arg.text());
            if (at >= 0) {
                int start = e.sentence().start() + sentence.codePointCount(0, at);
                int end = start + arg.text().codePointCount(0, arg.text().length());
                if (marked.stream().anyMatch(m -> m.overlaps(start, end))) {
                    return true;
                }
            }
        }
        return false;
    }

    static FineTuner.Example example(String text, Event e, boolean right) {
        var input = CandidateText.of(text, e);
        return new FineTuner.Example(input.first(), input.second(), right ? 1 : 0);
    }

    /** The verdict of the first row about the candidate, or null when no row can say. */
    static Boolean label(Event e, List<AnnotatedEvents.Row> rows) {
        return rows.stream().filter(r -> r.covers(e)).findFirst().map(r -> r.verdict(e)).orElse(null);
    }
}
