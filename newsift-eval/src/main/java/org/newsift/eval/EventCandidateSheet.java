package org.newsift.eval;

import org.newsift.model.Analysis;
import org.newsift.model.Event;
import org.newsift.model.EventArgument;
import org.newsift.events.EventClassifier;
import org.newsift.models.NgecSynthetic;
import org.newsift.models.PolnearMetadata;
import org.newsift.models.events.AnnotatedDocuments;
import org.newsift.models.events.AnnotatedEvents;
import org.newsift.models.ReutersCorpus;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;
import org.newsift.text.CodePoints;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the annotation sheet of docs/event-annotation.md: every event candidate the pipeline codes in a
 * fixed selection of Reuters-21578 stories and PolNeAR-train articles ({@link AnnotatedDocuments}), with its
 * offsets and, for the
 * annotator's eyes only, its sentence with the trigger marked. The sheet holds shared text, so it is
 * written outside the repository; only offsets and labels go into {@code eval/annotations/events.tsv}.
 *
 * <pre>EventCandidateSheet DATA_DIR OUT_DIR REUTERS_CANDIDATES POLNEAR_CANDIDATES</pre>
 */
public final class EventCandidateSheet {
    /** At most this many candidates per document, so that a few long stories do not fill the sheet. */
    private static final int PER_DOCUMENT = 12;

    private EventCandidateSheet() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        EvalContext ctx = new EvalContext(data, false, 2);
        Pipeline pipeline = ctx.pipeline(NewsiftConfig.defaults(), EventClassifier.NONE);
        AnnotatedDocuments documents = new AnnotatedDocuments(data);
        List<String> reuters;
        try (Stream<ReutersCorpus.Story> s = ReutersCorpus.stories(data.resolve(AnnotatedDocuments.REUTERS))) {
            reuters = s.filter(ReutersCorpus.Story::hasBody).filter(st -> !st.places().isEmpty())
                    .filter(st -> !st.places().equals(List.of("usa"))).map(st -> String.valueOf(st.id())).toList();
        }
        write(ctx, pipeline, documents, "reuters", reuters, Integer.parseInt(args[2]), out.resolve("reuters.tsv"));
        List<String> polnear;
        try (Stream<Path> s = Files.list(data.resolve(PolnearMetadata.DIR).resolve("train").resolve("text"))) {
            // a spread over outlets and months rather than the first outlet in name order
            polnear = s.map(p -> p.getFileName().toString().replaceFirst("\\.txt$", ""))
                    .sorted(Comparator.comparingInt(NgecSynthetic::bucket).thenComparing(Comparator.naturalOrder())).toList();
        }
        write(ctx, pipeline, documents, "polnear", polnear, Integer.parseInt(args[3]), out.resolve("polnear.tsv"));
    }

    private static void write(EvalContext ctx, Pipeline pipeline, AnnotatedDocuments documents, String corpus,
                              List<String> docs, int quota, Path file) throws IOException, InterruptedException {
        int done = 0;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.println("corpus\tdoc\tsentence_start\tsentence_end\ttrigger_start\ttrigger_end\tcameo\tsource_code\t"
                    + "target_code\tcameo_name\tquad\tsource_words\ttarget_words\tmodality\tmarked_sentence");
            for (int from = 0; from < docs.size() && done < quota; from += 16) {
                List<String> batch = docs.subList(from, Math.min(docs.size(), from + 16));
                List<List<String>> rows = ctx.map(corpus, batch, doc -> {
                    try {
                        return rows(corpus, doc, pipeline.analyze(documents.article(corpus, doc)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                for (List<String> r : rows) {
                    for (String line : r) {
                        if (done++ < quota) {
                            w.println(line);
                        }
                    }
                }
            }
        }
        System.err.println(corpus + ": " + Math.min(done, quota) + " candidates in " + file);
    }

    private static List<String> rows(String corpus, String doc, Analysis a) {
        List<String> out = new ArrayList<>();
        for (Event e : a.events()) {
            if (out.size() >= PER_DOCUMENT) {
                break;
            }
            String sentence = CodePoints.substring(a.text(), e.sentence().start(), e.trigger().start()) + "[["
                    + e.trigger().text() + "]]" + CodePoints.substring(a.text(), e.trigger().end(), e.sentence().end());
            out.add(String.join("\t", corpus, doc, String.valueOf(e.sentence().start()),
                    String.valueOf(e.sentence().end()), String.valueOf(e.trigger().start()),
                    String.valueOf(e.trigger().end()), e.cameo(), AnnotatedEvents.sheetCodes(e.source()), AnnotatedEvents.sheetCodes(e.target()),
                    e.cameoName(), String.valueOf(e.quadClass()), words(e.source()), words(e.target()),
                    String.valueOf(e.modality()), sentence.replaceAll("\\s+", " ")));
        }
        return out;
    }

    private static String words(List<EventArgument> args) {
        return args.isEmpty() ? "-" : args.stream().map(EventArgument::text).collect(Collectors.joining(" + "))
                .replaceAll("\\s+", " ");
    }
}
