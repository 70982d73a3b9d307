package org.newsift.eval;

import org.newsift.model.Analysis;
import org.newsift.model.Event;
import org.newsift.model.EventArgument;
import org.newsift.models.events.AnnotatedDocuments;
import org.newsift.models.events.AnnotatedEvents;
import org.newsift.pipeline.NewsiftConfig;
import org.newsift.pipeline.Pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code events.annotated.*}: newsift's events judged by the project's own annotators
 * ({@code eval/annotations/events.tsv}, read by {@link AnnotatedEvents}) on Reuters-21578 and PolNeAR
 * training articles. Only the dev documents (buckets 0-19 of corpus/doc) are analysed, each whole, with the
 * default pipeline and its publication date ({@link AnnotatedDocuments}). An output event <em>matches</em>
 * a row with the same document and trigger offsets; a matched event is <em>judged</em> when that row also
 * has its CAMEO code and its source and target codes, since the row's type and actor judgements are about
 * that coding. Skipped with a message while the annotation file does not exist.
 */
public final class ProjectAnnotatedEvents implements EvalTask {
    static final String FIGURATIVE = "events.annotated.figurative_conflict_share";
    static final String PRECISION = "events.annotated.precision";
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
        return List.of(FIGURATIVE, PRECISION, PRECISION_AT_08, ECE, MATCHED, UNMATCHED);
    }

    @Override
    public List<Path> requiredData() {
        return List.of(AnnotatedDocuments.REUTERS.resolve("reut2-000.sgm"),
                AnnotatedDocuments.POLNEAR.resolve("metadata.tsv"), AnnotatedDocuments.POLNEAR.resolve("train").resolve("text"));
    }

    /** One output event with the row it matches (null when none) and whether that row judges its coding. */
    record Match(Event event, AnnotatedEvents.Row row, boolean judged) {
        boolean materialConflict() {
            return event.quadClass() != null && event.quadClass() == 4;
        }

        boolean fullyRight() {
            return judged && row.fullyRight();
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
            List<AnnotatedEvents.Row> sameTrigger = rows.stream().filter(r -> r.triggerStart() == e.trigger().start()
                    && r.triggerEnd() == e.trigger().end()).toList();
            AnnotatedEvents.Row judging = sameTrigger.stream().filter(r -> sameCoding(r, e)).findFirst().orElse(null);
            out.add(judging != null ? new Match(e, judging, true)
                    : new Match(e, sameTrigger.isEmpty() ? null : sameTrigger.get(0), false));
        }
        return out;
    }

    /** Whether the row was judged on this event's coding: same CAMEO code, same source and target codes. */
    static boolean sameCoding(AnnotatedEvents.Row r, Event e) {
        return r.cameo().equals(e.cameo() == null ? "" : e.cameo().strip())
                && codes(r.sourceCode()).equals(codes(e.source())) && codes(r.targetCode()).equals(codes(e.target()));
    }

    /** The codes of a row's cell: separated by commas, semicolons, bars or spaces; "" and "-" mean none. */
    static Set<String> codes(String cell) {
        return Arrays.stream(cell.split("[,;| ]+")).map(EventTriples::normalizeActor)
                .filter(c -> !c.isEmpty() && !c.equals("-")).collect(Collectors.toSet());
    }

    private static Set<String> codes(List<EventArgument> args) {
        return args.stream().map(EventArgument::code).filter(Objects::nonNull).map(EventTriples::normalizeActor)
                .filter(c -> !c.isEmpty()).collect(Collectors.toSet());
    }

    /** The scores over every dev document's matches. */
    record Scores(int matched, int unmatched, int judged, int fullyRight, int conflict, int figurativeConflict,
                  Reliability reliability) {
        static Scores of(List<Match> matches) {
            Reliability reliability = new Reliability();
            int matched = 0;
            int judged = 0;
            int right = 0;
            int conflict = 0;
            int figurative = 0;
            for (Match m : matches) {
                if (m.row() == null) {
                    continue;
                }
                matched++;
                if (m.materialConflict()) {
                    conflict++;
                    figurative += m.row().literal() ? 0 : 1;
                }
                if (m.judged()) {
                    judged++;
                    right += m.fullyRight() ? 1 : 0;
                    reliability.add(m.event().confidence(), m.fullyRight());
                }
            }
            return new Scores(matched, matches.size() - matched, judged, right, conflict, figurative, reliability);
        }

        double figurativeShare() {
            return conflict == 0 ? 0.0 : (double) figurativeConflict / conflict;
        }

        double precision() {
            return judged == 0 ? 0.0 : (double) fullyRight / judged;
        }
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
        Pipeline pipeline = ctx.pipeline(NewsiftConfig.defaults());
        List<List<Match>> perDoc = ctx.map(name(), List.copyOf(docs.values()), rows -> {
            try {
                Analysis a = pipeline.analyze(texts.article(rows.get(0).corpus(), rows.get(0).doc()));
                return match(rows, a.events());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<Match> matches = perDoc.stream().flatMap(List::stream).toList();
        Scores s = Scores.of(matches);
        System.err.printf("[annotated_events] %d rows, %d in dev (%d documents); %d events in annotated sentences: "
                        + "%d match a row by trigger (%d judged on the same coding, %d whose row judged another coding), "
                        + "%d unmatched; %d fully right; %d material conflict, %d of them figurative%n",
                all.size(), docs.values().stream().mapToInt(List::size).sum(), docs.size(), matches.size(), s.matched(),
                s.judged(), s.matched() - s.judged(), s.unmatched(), s.fullyRight(), s.conflict(), s.figurativeConflict());
        System.err.print(s.reliability().table("[annotated_events]   "));
        out.put(FIGURATIVE, s.figurativeShare());
        out.put(PRECISION, s.precision());
        out.put(PRECISION_AT_08, s.reliability().precisionAtTopBand());
        out.put(ECE, s.reliability().expectedCalibrationError());
        out.put(MATCHED, s.matched());
        out.put(UNMATCHED, s.unmatched());
    }
}
