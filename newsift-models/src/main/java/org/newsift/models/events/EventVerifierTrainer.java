package org.newsift.models.events;

import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.model.Event;
import org.newsift.models.finetune.FineTuner;
import org.newsift.models.finetune.ModelCard;
import org.newsift.pipeline.Pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Trains the {@link EventVerifier} through the project's fine-tuning path: the rule-based coder's candidates in
 * the project-annotated documents (docs/event-annotation.md) are the examples, labelled fully right or not;
 * documents in hash buckets 20-99 train, 0-19 calibrate and choose the threshold (dev).
 */
public final class EventVerifierTrainer {
    public static final Path ANNOTATIONS = Path.of("eval", "annotations", "events.tsv");
    /** The dev precision the output threshold is chosen for. */
    public static final double PRECISION = 0.8;
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
        List<Labelled> examples = examples(candidates, new AnnotatedDocuments(dataDir), rows, log);
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

    static FineTuner.Example example(String text, Event e, boolean right) {
        var input = CandidateText.of(text, e);
        return new FineTuner.Example(input.first(), input.second(), right ? 1 : 0);
    }

    /** The verdict of the first row about the candidate, or null when no row can say. */
    static Boolean label(Event e, List<AnnotatedEvents.Row> rows) {
        return rows.stream().filter(r -> r.covers(e)).findFirst().map(r -> r.verdict(e)).orElse(null);
    }
}
