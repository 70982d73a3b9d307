package org.newsift.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsift.model.Event;
import org.newsift.model.EventArgument;
import org.newsift.model.Modality;
import org.newsift.model.Offsets;
import org.newsift.model.TextSpan;
import org.newsift.models.NgecSynthetic;
import org.newsift.models.events.AnnotatedEvents;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectAnnotatedEventsTest {

    private static List<AnnotatedEvents.Row> fixture() throws IOException, URISyntaxException {
        return AnnotatedEvents.read(Path.of(Objects.requireNonNull(
                ProjectAnnotatedEventsTest.class.getResource("/annotations/events.tsv")).toURI()));
    }

    private static EventArgument arg(String code) {
        return new EventArgument("A1", code, null, null, code);
    }

    private static Event event(int sentenceStart, int sentenceEnd, int triggerStart, int triggerEnd, String cameo,
                               String source, String target, int quad, double confidence) {
        return new Event("e", new Offsets(sentenceStart, sentenceEnd), List.of(), new TextSpan(triggerStart, triggerEnd, "x"),
                List.of(arg(source)), List.of(arg(target)), cameo, null, null, quad, null, null, null, null,
                (Modality) null, confidence, null);
    }

    @Test
    void readsTheFixtureSkippingCommentsAndBlankLines() throws Exception {
        List<AnnotatedEvents.Row> rows = fixture();
        assertEquals(4, rows.size());
        AnnotatedEvents.Row first = rows.get(0);
        assertEquals(new AnnotatedEvents.Row("reuters", "101", 0, 60, 10, 16, "190", "RUR", "FRE", true, true, true, true, null, null), first);
        assertTrue(first.fullyRight());
        assertFalse(rows.get(1).fullyRight(), "source judged wrong");
        assertFalse(rows.get(2).literal());
        AnnotatedEvents.Row polnear = rows.get(3);
        assertEquals("breitbart_2016-01-01_invented-story", polnear.doc());
        assertTrue(polnear.literal(), "Y counts as y");
        assertFalse(polnear.targetOk());
    }

    @Test
    void splitIsByDocumentHash() throws Exception {
        List<AnnotatedEvents.Row> rows = fixture();
        int bucket = NgecSynthetic.bucket("reuters/101");
        rows.stream().filter(r -> r.doc().equals("101")).forEach(r -> {
            assertEquals(bucket, r.bucket());
            assertEquals(bucket < AnnotatedEvents.DEV_END, r.isDev());
        });
    }

    @Test
    void malformedLinesNameTheirLine() {
        String header = String.join("\t", "corpus", "doc", "sentence_start", "sentence_end", "trigger_start", "trigger_end",
                "cameo", "source_code", "target_code", "literal", "type_ok", "source_ok", "target_ok");
        IOException notYesNo = assertThrows(IOException.class, () -> AnnotatedEvents.parse(List.of("# c", header,
                "reuters\t1\t0\t9\t1\t3\t042\tA\tB\tmaybe\ty\ty\ty"), "f.tsv"));
        assertTrue(notYesNo.getMessage().startsWith("f.tsv:3: literal 'maybe'"), notYesNo.getMessage());
        assertThrows(IOException.class, () -> AnnotatedEvents.parse(List.of(header,
                "nyt\t1\t0\t9\t1\t3\t042\tA\tB\ty\ty\ty\ty"), "f.tsv"));
        assertThrows(IOException.class, () -> AnnotatedEvents.parse(List.of(header,
                "reuters\t1\tzero\t9\t1\t3\t042\tA\tB\ty\ty\ty\ty"), "f.tsv"));
        assertThrows(IOException.class, () -> AnnotatedEvents.parse(List.of(header.replace("\ttarget_ok", "")), "f.tsv"));
        assertThrows(IOException.class, () -> AnnotatedEvents.parse(List.of("# only comments"), "f.tsv"));
    }

    @Test
    void eventsMatchRowsByTriggerAndTakeTheRowsVerdict() throws Exception {
        List<AnnotatedEvents.Row> doc = fixture().stream().filter(r -> r.doc().equals("101")).toList();
        Event right = event(0, 60, 10, 16, "190", "RUR", "FRE", 4, 0.9);
        Event wrongSource = event(0, 60, 30, 36, "042", "FRE", "RUR", 1, 0.5);
        Event recoded = event(61, 120, 70, 76, "190", "RUR", "FRE", 4, 0.7);   // the row judged RURGOV > FRE not literal
        Event unannotated = event(0, 60, 40, 45, "043", "RUR", "FRE", 1, 0.6);
        Event elsewhere = event(121, 150, 125, 130, "190", "RUR", "FRE", 4, 0.9);
        List<ProjectAnnotatedEvents.Match> m = ProjectAnnotatedEvents.match(doc,
                List.of(right, wrongSource, recoded, unannotated, elsewhere));
        assertEquals(4, m.size(), "the event outside every annotated sentence is left out");
        assertTrue(m.get(0).judged() && m.get(0).fullyRight());
        assertTrue(m.get(1).judged() && !m.get(1).fullyRight());
        assertTrue(m.get(2).judged() && !m.get(2).fullyRight(), "not literal, whatever the actors");
        assertNull(m.get(3).row());

        ProjectAnnotatedEvents.Scores s = ProjectAnnotatedEvents.Scores.of(m, 0);
        assertEquals(3, s.matched());
        assertEquals(1, s.unmatched());
        assertEquals(3, s.judged());
        assertEquals(1 / 3.0, s.precision(), 1e-9);
        assertEquals(2, s.conflict());
        assertEquals(0.5, s.figurativeShare(), 1e-9, "one of the two matched material-conflict events is figurative");
        // bands: [0.4,0.6) wrong at 0.5, [0.6,0.8) wrong at 0.7, [0.8,1.0] right at 0.9
        assertEquals(1.0, s.reliability().precisionAt(0.8), 1e-9);
        assertEquals((0.5 + 0.7 + 0.1) / 3, s.reliability().ece(), 1e-9);
    }

    @Test
    void absentAnnotationFileSkipsEveryMetricWithAMessage(@TempDir Path dir) throws Exception {
        EvalContext ctx = new EvalContext(dir, false, 1, () -> {
            throw new AssertionError("no NLP when the file is absent");
        });
        MetricSink sink = new MetricSink();
        ProjectAnnotatedEvents task = new ProjectAnnotatedEvents(dir.resolve("events.tsv"));
        task.run(ctx, sink);
        assertEquals(Set.copyOf(task.metrics()), sink.skipped().keySet());
        assertTrue(sink.skipped().values().stream()
                .allMatch(v -> v.equals("eval/annotations/events.tsv absent: annotated-event metrics skipped")));
        assertTrue(sink.values().isEmpty());
    }
}
