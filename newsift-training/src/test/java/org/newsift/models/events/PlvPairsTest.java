package org.newsift.models.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows written for the test in PLV_train.tsv's layout (invented sentences), never copied from the data. */
class PlvPairsTest {
    private static final String HEADER = "\tsentence_id\tsentence\tmarked_sentence\tsource\ttarget\tgold_penta\tsilver_penta\tsilver_root\tgold_root";

    private static String row(String id, String sentence, String marked, String penta, String root) {
        return String.join("\t", "0", id, sentence, marked, "s", "t", penta, penta, root, root);
    }

    @Test
    void marksBecomeCodePointSpansOfThePlainSentence() {
        PlvPairs.Pair p = PlvPairs.pair("7", "Ruritania accused Freedonia of shelling.",
                "<s>Ruritania</s> accused <t>Freedonia</t> of shelling.", "3", "accuse");
        assertEquals(List.of(new PlvPairs.Span(0, 9)), p.source());
        assertEquals(List.of(new PlvPairs.Span(18, 27)), p.target());
        assertEquals(3, p.quad());
        assertEquals("ACCUSE", p.root());
        assertTrue(p.scorable());
    }

    @Test
    void spansCountCodePointsTrimWhiteSpaceAndMayRepeat() {
        // "𝔸" is two UTF-16 chars but one code point; the source mark ends with a space
        PlvPairs.Pair p = PlvPairs.pair("8", "𝔸 Ruritanian army shelled Freedonia near Freedonia's border.",
                "𝔸 <s>Ruritanian army </s>shelled <t>Freedonia</t> near <t>Freedonia</t>'s border.", "4", "ASSAULT");
        assertEquals(List.of(new PlvPairs.Span(2, 17)), p.source());
        assertEquals(List.of(new PlvPairs.Span(26, 35), new PlvPairs.Span(41, 50)), p.target());
    }

    @Test
    void marksMayNest() {
        PlvPairs.Pair p = PlvPairs.pair("14", "Ruritanian fighters joined the army.",
                "<s><t>Ruritanian</t> fighters</s> joined the army.", "2", "COOPERATE");
        assertEquals(List.of(new PlvPairs.Span(0, 19)), p.source());
        assertEquals(List.of(new PlvPairs.Span(0, 10)), p.target());
    }

    @Test
    void implicitSideOrNoRelationIsNotScorable() {
        PlvPairs.Pair noTarget = PlvPairs.pair("9", "Ruritania lifted the curfew.", "<s>Ruritania</s> lifted the curfew.", "2", "YIELD");
        assertTrue(noTarget.target().isEmpty());
        assertFalse(noTarget.scorable());
        assertFalse(PlvPairs.pair("10", "A met B.", "<s>A</s> met <t>B</t>.", "0", "").scorable());
        assertFalse(PlvPairs.pair("11", "A met B.", "<s>A</s> met <t>B</t>.", "", "").scorable());
    }

    @Test
    void marksThatDoNotFitTheSentenceAreAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> PlvPairs.pair("12", "A met B.", "<s>A</s> met <t>C</t>.", "1", "CONSULT"));
        assertThrows(IllegalArgumentException.class,
                () -> PlvPairs.pair("13", "A met B.", "<s>A</t> met B.", "1", "CONSULT"));
        assertThrows(IllegalArgumentException.class,
                () -> PlvPairs.pair("13", "A met B.", "<s>A met B.", "1", "CONSULT"));
    }

    @Test
    void yieldIsConcedeOrRetreat() {
        assertEquals(Set.of("CONCEDE", "RETREAT"), PlvPairs.ploverTypes("YIELD"));
        assertEquals(Set.of("ASSAULT"), PlvPairs.ploverTypes("assault"));
        assertEquals(Set.of(), PlvPairs.ploverTypes(""));
    }

    @Test
    void readsByColumnNameAndSplitsBySentenceId(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plv.tsv");
        StringBuilder tsv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 200; i++) {
            tsv.append(row(String.valueOf(i), "Ruritania met Freedonia.", "<s>Ruritania</s> met <t>Freedonia</t>.", "1", "CONSULT")).append('\n');
        }
        tsv.append(row("5", "Freedonia thanked Ruritania.", "<s>Freedonia</s> thanked <t>Ruritania</t>.", "1", "SUPPORT")).append('\n');
        Files.writeString(file, tsv, StandardCharsets.UTF_8);
        List<PlvPairs.Pair> pairs = PlvPairs.read(file);
        assertEquals(201, pairs.size());
        PlvPairs.Split split = PlvPairs.split(pairs);
        assertEquals(201, split.train().size() + split.dev().size());
        assertTrue(split.dev().size() > 20 && split.dev().size() < 70, "about a fifth in dev: " + split.dev().size());
        assertTrue(split.dev().stream().allMatch(p -> p.bucket() < PlvPairs.DEV_END));
        assertTrue(split.train().stream().allMatch(p -> p.bucket() >= PlvPairs.DEV_END));
        // both rows of sentence id 5 fall on the same side
        assertEquals(1, pairs.stream().filter(p -> p.sentenceId().equals("5")).map(PlvPairs.Pair::isDev).distinct().count());
    }

    @Test
    void missingColumnOrBadRowNamesTheFile(@TempDir Path dir) throws IOException {
        Path noRoot = dir.resolve("a.tsv");
        Files.writeString(noRoot, "sentence_id\tsentence\tmarked_sentence\tgold_penta\n");
        assertTrue(assertThrows(IOException.class, () -> PlvPairs.read(noRoot)).getMessage().contains("gold_root"));
        Path badRow = dir.resolve("b.tsv");
        Files.writeString(badRow, HEADER + "\n" + row("1", "A met B.", "<s>A</s> met <t>C</t>.", "1", "CONSULT") + "\n");
        assertTrue(assertThrows(IOException.class, () -> PlvPairs.read(badRow)).getMessage().contains("b.tsv:2"));
    }
}
