package org.newsift.eval;

import org.newsift.model.Analysis;
import org.newsift.model.Event;
import org.newsift.models.PolnearMetadata;
import org.newsift.models.events.AnnotatedDocuments;
import org.newsift.models.events.AnnotatedEvents;
import org.newsift.models.events.EventVerifier;
import org.newsift.models.finetune.Reliability;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code events.annotated.*}: newsift's events judged by the project's own annotators
 * ({@code eval/annotations/events.tsv}, read by {@link AnnotatedEvents}) on Reuters-21578 and PolNeAR
 * training articles. Only the dev documents (buckets 0-19 of corpus/doc) are analysed, each whole, with the
 * default pipeline (event verifier and threshold included) and its publication date ({@link AnnotatedDocuments}).
 * An output event <em>matches</em> a row with the same sentence and trigger offsets; a matched event is
 * <em>judged</em> when the row can say whether it is fully right ({@link AnnotatedEvents.Row#verdict}: the
 * annotated coding, or other actors checked against the row's gold countries). Skipped with a message while
 * the annotation file does not exist.
 */
public final class ProjectAnnotatedEvents implements EvalTask {
    static final String FIGURATIVE = "events.annotated.figurative_conflict_share";
    static final String PRECISION = "events.annotated.precision";
    static final String CANDIDATE_FIGURATIVE = "events.annotated.candidate_figurative_conflict_share";
    static final String CANDIDATE_PRECISION = "events.annotated.candidate_precision";
    static final String RELATIVE_RECALL = "events.annotated.relative_recall";
    static final String PRECISION_AT_08 = "events.annotated.precision_at_0.8";
    static final String ECE = "events.annotated.ece";
    static final String MATCHED = "events.annotated.matched";
    static final String UNMATCHED = "events.annotated.unmatched";
    static final Path ANNOTATIONS = Path.of("eval", "annotations", "events.tsv");
    static final String ABSENT = "eval/annotations/events.tsv absent: annotated-event metrics skipped";
    private final Path annotations;

    /** The annotations in the repository: {@code eval/annotations/events.tsv} from the working directory, which eval/run sets to the repo root. */
    public ProjectAnnotatedEvents() {
        this(ANNOTATIONS);
    }

    ProjectAnnotatedEvents(Path annotations) {
        this.annotations = annotations;
    }

    @Override
    public String name() {
        return "annotated_events";
    }

    @Override
    public List<String> metrics() {
        return List.of(FIGURATIVE, CANDIDATE_FIGURATIVE, PRECISION, CANDIDATE_PRECISION, RELATIVE_RECALL, PRECISION_AT_08, ECE, MATCHED, UNMATCHED);
    }

    @Override
    public List<Path> requiredData() {
        return List.of(AnnotatedDocuments.REUTERS.resolve("reut2-000.sgm"),
                PolnearMetadata.DIR.resolve(PolnearMetadata.FILE), PolnearMetadata.DIR.resolve("train").resolve("text"));
    }

    /**
     * One output event with the row it matches (null when none) and that row's verdict on it (null when the
     * row cannot judge its coding: {@link AnnotatedEvents.Row#verdict}).
     */
    record Match(Event event, AnnotatedEvents.Row row, Boolean verdict) {
        boolean materialConflict() {
            return event.quadClass() != null && event.quadClass() == 4;
        }

        boolean judged() {
            return verdict != null;
        }

        boolean fullyRight() {
            return Boolean.TRUE.equals(verdict);
        }
    }

    /** The events of one document, each with its row; events outside every annotated sentence are left out. */
    static List<Match> match(List<AnnotatedEvents.Row> rows, List<Event> events) {
        List<Match> out = new ArrayList<>();
        for (Event e : events) {
            boolean inAnnotatedSentence = rows.stream()
                    .anyMatch(r -> r.sentenceStart() < e.sentence().end() && e.sentence().start() < r.sentenceEnd());
            if (!inAnnotatedSentence) {
                continue;
            }
            AnnotatedEvents.Row row = rows.stream().filter(r -> r.covers(e)).findFirst().orElse(null);
            out.add(new Match(e, row, row == null ? null : row.verdict(e)));
        }
        return out;
    }

    /** The scores over every dev document's matches. */
    record Scores(int matched, int unmatched, int judged, int fullyRight, int conflict, int figurativeConflict,
                  Reliability reliability) {
        /** The scores of the events at or above {@code threshold}; the reliability table covers every judged one. */
        static Scores of(List<Match> matches, double threshold) {
            List<Double> scores = new ArrayList<>();
            List<Boolean> verdicts = new ArrayList<>();
            int matched = 0;
            int unmatched = 0;
            int judged = 0;
            int fullyRight = 0;
            int conflict = 0;
            int figurative = 0;
            for (Match m : matches) {
                if (m.judged()) {
                    scores.add(m.event().confidence());
                    verdicts.add(m.fullyRight());
                }
                if (m.event().confidence() < threshold) {
                    continue;
                }
                if (m.row() == null) {
                    unmatched++;
                    continue;
                }
                matched++;
                if (m.materialConflict()) {
                    conflict++;
                    figurative += m.row().literal() ? 0 : 1;
                }
                if (m.judged()) {
                    judged++;
                    fullyRight += m.fullyRight() ? 1 : 0;
                }
            }
            boolean[] labels = new boolean[verdicts.size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = verdicts.get(i);
            }
            return new Scores(matched, unmatched, judged, fullyRight, conflict, figurative,
                    new Reliability(scores.stream().mapToDouble(Double::doubleValue).toArray(), labels));
        }

        double figurativeShare() {
            return conflict == 0 ? 0.0 : (double) figurativeConflict / conflict;
        }

        double precision() {
            return judged == 0 ? 0.0 : (double) fullyRight / judged;
        }
    }

    /** 0 where nothing scores high enough to measure: a NaN would fail every floor. */
    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    @Override
    public void run(EvalContext ctx, MetricSink out) throws Exception {
        if (!Files.exists(annotations)) {
            System.err.println("[annotated_events] " + ABSENT);
            metrics().forEach(m -> out.skip(m, ABSENT));
            return;
        }
        List<AnnotatedEvents.Row> all = AnnotatedEvents.read(annotations);
        LinkedHashMap<String, List<AnnotatedEvents.Row>> docs = all.stream().filter(AnnotatedEvents.Row::isDev)
                .collect(Collectors.groupingBy(r -> r.corpus() + "/" + r.doc(), LinkedHashMap::new, Collectors.toList()));
        AnnotatedDocuments texts = new AnnotatedDocuments(ctx.dataDir());
        Pipeline rules = ctx.pipeline(NewsiftConfig.defaults());
        EventVerifier verifier = EventVerifier.builtIn();
        List<List<Match>> perDoc = ctx.map(name(), List.copyOf(docs.values()), rows -> {
            try {
                Analysis a = rules.analyze(texts.article(rows.get(0).corpus(), rows.get(0).doc()));
                // every candidate scored (threshold 0), so that the reliability table covers the ones withheld too
                return match(rows, verifier.verify(a.text(), a.events(), 0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<Match> matches = perDoc.stream().flatMap(List::stream).toList();
        Scores s = Scores.of(matches, verifier.defaultThreshold());
        Scores candidates = Scores.of(matches, 0);
        System.err.printf("[annotated_events] %d rows, %d in dev (%d documents); %d candidates in annotated sentences%n",
                all.size(), docs.values().stream().mapToInt(List::size).sum(), docs.size(), matches.size());
        for (Scores x : List.of(candidates, s)) {
            System.err.printf("[annotated_events] %s: %d match a row by trigger (%d judged, %d whose row cannot judge "
                            + "their coding), %d unmatched; %d fully right; %d material conflict, %d of them figurative%n",
                    x == s ? "output (verifier threshold " + verifier.defaultThreshold() + ")" : "candidates (rules)",
                    x.matched(), x.judged(), x.matched() - x.judged(), x.unmatched(), x.fullyRight(), x.conflict(),
                    x.figurativeConflict());
        }
        System.err.println(s.reliability().table());
        out.put(FIGURATIVE, s.figurativeShare());
        out.put(CANDIDATE_FIGURATIVE, candidates.figurativeShare());
        out.put(PRECISION, s.precision());
        out.put(CANDIDATE_PRECISION, candidates.precision());
        out.put(RELATIVE_RECALL, candidates.fullyRight() == 0 ? 0 : (double) s.fullyRight() / candidates.fullyRight());
        out.put(PRECISION_AT_08, orZero(s.reliability().precisionAt(0.8)));
        out.put(ECE, s.reliability().ece());
        out.put(MATCHED, s.matched());
        out.put(UNMATCHED, s.unmatched());
    }
}
