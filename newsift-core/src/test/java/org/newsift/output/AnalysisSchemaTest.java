package org.newsift.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.newsift.model.Analysis;
import org.newsift.model.Quote;
import org.newsift.model.TextSpan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalysisSchemaTest {
    private static final SchemaValidator SCHEMA = SchemaValidator.contract();

    private static ObjectNode example() {
        return (ObjectNode) AnalysisJson.mapper().valueToTree(ExampleAnalysis.build());
    }

    private static List<String> errors(JsonNode doc) {
        return SCHEMA.errors(doc);
    }

    @Test
    void fullAnalysisFollowsTheSchema() {
        Analysis a = ExampleAnalysis.build();
        assertEquals(List.of(), SCHEMA.errors(a));
        assertEquals(List.of(), SCHEMA.errors(AnalysisJson.indented(a)));
    }

    @Test
    void fullAnalysisFillsEveryLayer() {
        Analysis a = ExampleAnalysis.build();
        assertFalse(a.sentences().isEmpty());
        assertFalse(a.entities().isEmpty());
        assertFalse(a.actors().isEmpty());
        assertFalse(a.events().isEmpty());
        assertFalse(a.quotes().isEmpty());
        assertFalse(a.claims().isEmpty());
        assertFalse(a.rhetoric().isEmpty());
        // the text holds a non-BMP character, so code points and UTF-16 units differ
        assertNotEquals(a.text().length(), a.text().codePointCount(0, a.text().length()));
    }

    @Test
    void offsetsAreCodePointsAndSpansMatchTheText() {
        Analysis a = ExampleAnalysis.build();
        ContractChecks.assertContract(a);
        Quote q = a.quotes().get(0);
        // the quote comes after the emoji: its UTF-16 offset is one more than its code-point offset
        assertEquals(a.text().indexOf("We came"), q.start() + 1);
    }

    @Test
    void spanCheckCatchesUtf16Offsets() {
        Analysis a = ExampleAnalysis.build();
        Quote q = a.quotes().get(0);
        int utf16 = a.text().indexOf(q.text());
        Quote shifted = new Quote(utf16, utf16 + q.text().length(), q.text(), q.direct(), q.speaker(), q.cue(), q.about(),
                q.explanation());
        Analysis bad = new Analysis(a.schema(), a.id(), a.title(), a.url(), a.published(), a.language(), a.text(),
                a.sentences(), a.entities(), a.actors(), a.events(), List.of(shifted), a.claims(), a.rhetoric(),
                a.summary());
        AssertionError e = assertThrows(AssertionError.class, () -> ContractChecks.assertSpansMatchText(bad));
        assertTrue(e.getMessage().contains("quote"), e.getMessage());
    }

    @Test
    void referenceCheckCatchesUnknownActor() {
        Analysis a = ExampleAnalysis.build();
        Quote q = a.quotes().get(0);
        Quote orphan = new Quote(q.start(), q.end(), q.text(), q.direct(),
                new org.newsift.model.Speaker(q.speaker().text(), q.speaker().start(), q.speaker().end(), "A99"),
                new TextSpan(q.cue().start(), q.cue().end(), q.cue().text()), q.about(), q.explanation());
        Analysis bad = new Analysis(a.schema(), a.id(), a.title(), a.url(), a.published(), a.language(), a.text(),
                a.sentences(), a.entities(), a.actors(), a.events(), List.of(orphan), a.claims(), a.rhetoric(),
                a.summary());
        AssertionError e = assertThrows(AssertionError.class, () -> ContractChecks.assertReferencesResolve(bad));
        assertTrue(e.getMessage().contains("A99"), e.getMessage());
    }

    @Test
    void serialisesSnakeCaseNamesAndLowerCaseKinds() {
        ObjectNode doc = example();
        JsonNode event = doc.get("events").get(0);
        assertTrue(event.has("cameo_name") && event.has("quad_class") && event.has("date_precision"), event.toString());
        assertEquals("report", doc.get("sentences").get(0).get("kind").asText());
        assertTrue(doc.get("summary").get("sentence_kinds").has("question"), doc.get("summary").toString());
        assertTrue(doc.get("claims").get(0).has("attributed_to"));
    }

    @Test
    void exampleFileFollowsTheSchemaAndIsTheExampleAnalysis() throws IOException {
        Path file = SchemaValidator.docs().resolve(Path.of("schema", "example-analysis.json"));
        if (Boolean.getBoolean("newsift.writeExample")) {
            Files.writeString(file, AnalysisJson.indented(ExampleAnalysis.build()) + "\n", StandardCharsets.UTF_8);
        }
        JsonNode fromFile = AnalysisJson.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(), errors(fromFile));
        assertEquals(example(), fromFile,
                "docs/schema/example-analysis.json differs from ExampleAnalysis; regenerate with -Dnewsift.writeExample=true");
    }

    @Test
    void exampleInContractDocIsTheExampleFile() throws IOException {
        String doc = Files.readString(SchemaValidator.docs().resolve("contract.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("```json\n{\n  \"schema\"");
        assertTrue(start >= 0, "contract.md has no full example");
        int end = doc.indexOf("```", start + 7);
        JsonNode inDoc = AnalysisJson.mapper().readTree(doc.substring(start + 7, end));
        assertEquals(example(), inDoc, "the example in docs/contract.md differs from example-analysis.json");
    }

    // ---- the schema rejects what breaks the contract

    @Test
    void rejectsWrongSchemaString() {
        ObjectNode doc = example();
        doc.put("schema", "newsift.analysis/1"); // a version-1 document is not a version-2 one
        assertFalse(errors(doc).isEmpty());
    }

    @Test
    void rejectsUnknownTechnique() {
        ObjectNode doc = example();
        ((ObjectNode) doc.get("rhetoric").get(0)).put("technique", "Loaded Language");
        assertFalse(errors(doc).isEmpty());
    }

    @Test
    void rejectsUnknownTechniqueInSummaryCounts() {
        ObjectNode doc = example();
        ((ObjectNode) doc.get("summary").get("technique_counts")).put("Propaganda", 1);
        assertFalse(errors(doc).isEmpty());
    }

    @Test
    void rejectsMissingRequiredField() {
        ObjectNode doc = example();
        doc.remove("quotes");
        assertFalse(errors(doc).isEmpty());
        ObjectNode nested = example();
        ((ObjectNode) nested.get("events").get(0)).remove("quad_class");
        assertFalse(errors(nested).isEmpty());
    }

    @Test
    void rejectsExtraField() {
        ObjectNode doc = example();
        doc.put("sentiment", 0.3);
        assertFalse(errors(doc).isEmpty());
        ObjectNode nested = example();
        ((ObjectNode) nested.get("actors").get(0).get("mentions").get(0)).put("sentence", 0);
        assertFalse(errors(nested).isEmpty());
    }

    @Test
    void rejectsBadEnumsAndCodes() {
        ObjectNode kind = example();
        ((ObjectNode) kind.get("sentences").get(0)).put("kind", "REPORT");
        assertFalse(errors(kind).isEmpty());
        ObjectNode plover = example();
        ((ObjectNode) plover.get("events").get(0).get("plover")).put("type", "MEET");
        assertFalse(errors(plover).isEmpty());
        ObjectNode quad = example();
        ((ObjectNode) quad.get("events").get(0)).put("quad_class", 5);
        assertFalse(errors(quad).isEmpty());
        ObjectNode cameo = example();
        ((ObjectNode) cameo.get("events").get(0)).put("cameo", 44);
        assertFalse(errors(cameo).isEmpty());
        ObjectNode precision = example();
        ((ObjectNode) precision.get("events").get(0)).put("date_precision", "hour");
        assertFalse(errors(precision).isEmpty());
        ObjectNode id = example();
        ((ObjectNode) id.get("actors").get(0)).put("id", "actor-1");
        assertFalse(errors(id).isEmpty());
    }

    @Test
    void rejectsNullWhereTheContractRequiresAValue() {
        ObjectNode text = example();
        text.putNull("text");
        assertFalse(errors(text).isEmpty());
        ObjectNode technique = example();
        ((ObjectNode) technique.get("rhetoric").get(0)).putNull("technique");
        assertFalse(errors(technique).isEmpty());
    }

    @Test
    void acceptsNullWhereTheContractAllowsIt() {
        ObjectNode doc = example();
        doc.putNull("title");
        doc.putNull("url");
        doc.putNull("published");
        ObjectNode actor = (ObjectNode) doc.get("actors").get(0);
        actor.putNull("code");
        actor.putNull("country");
        actor.putNull("sector");
        ObjectNode event = (ObjectNode) doc.get("events").get(0);
        event.putNull("location");
        event.putNull("date");
        event.putNull("date_precision");
        event.putNull("goldstein");
        event.putNull("plover");
        ObjectNode quote = (ObjectNode) doc.get("quotes").get(0);
        ((ObjectNode) quote.get("speaker")).putNull("actor");
        quote.putNull("cue");
        ((ObjectNode) doc.get("claims").get(0)).putNull("attributed_to");
        ObjectNode summary = (ObjectNode) doc.get("summary");
        summary.putNull("genre");
        summary.putNull("spin");
        summary.putNull("report_share");
        summary.putNull("opinion_share");
        assertEquals(List.of(), errors(doc));
    }

    @Test
    void rejectsDateThatDisagreesWithItsPrecision() {
        ObjectNode onlyDate = example();
        ((ObjectNode) onlyDate.get("events").get(0)).putNull("date_precision");
        assertFalse(errors(onlyDate).isEmpty());
        ObjectNode month = example();
        ((ObjectNode) month.get("events").get(0)).put("date_precision", "month");
        assertFalse(errors(month).isEmpty());
    }

    @Test
    void acceptsEmptyLayers() {
        ObjectNode doc = example();
        for (String layer : List.of("sentences", "entities", "actors", "events", "quotes", "claims", "rhetoric")) {
            doc.set(layer, AnalysisJson.mapper().createArrayNode());
        }
        ((ObjectNode) doc.get("summary")).set("sentence_kinds", AnalysisJson.mapper().createObjectNode());
        ((ObjectNode) doc.get("summary")).set("technique_counts", AnalysisJson.mapper().createObjectNode());
        ArrayNode warnings = ((ObjectNode) doc.get("summary")).putArray("warnings");
        warnings.add("language 'de' is not supported");
        assertEquals(List.of(), errors(doc));
    }
}
