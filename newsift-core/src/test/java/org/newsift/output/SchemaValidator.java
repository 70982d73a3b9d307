package org.newsift.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.newsift.model.Analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Validates JSON documents against the contract schema docs/schema/analysis.schema.json. Test helper: finds
 * the repository's docs/ folder by walking up from the working directory, so it works from any module.
 */
public final class SchemaValidator {
    private static final Path SCHEMA = Path.of("docs", "schema", "analysis.schema.json");
    private static SchemaValidator instance;

    private final JsonSchema schema;

    private SchemaValidator(Path schemaFile) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        try (InputStream in = Files.newInputStream(schemaFile)) {
            schema = factory.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + schemaFile, e);
        }
    }

    /** The validator for the contract schema (loaded once). */
    public static synchronized SchemaValidator contract() {
        if (instance == null) {
            instance = new SchemaValidator(docs().resolve(Path.of("schema", "analysis.schema.json")));
        }
        return instance;
    }

    /** The repository's docs folder: the nearest "docs" with the schema in it, from the working directory up. */
    public static Path docs() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(SCHEMA))) {
                return d.resolve("docs");
            }
        }
        throw new IllegalStateException("no " + SCHEMA + " in " + dir + " or any folder above it");
    }

    /** Validation messages for a JSON tree; empty when it follows the contract. */
    public List<String> errors(JsonNode document) {
        Set<ValidationMessage> messages = schema.validate(document);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** Validation messages for a JSON text. */
    public List<String> errors(String json) {
        try {
            return errors(AnalysisJson.mapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validation messages for an analysis serialised as newsift writes it. */
    public List<String> errors(Analysis analysis) {
        return errors(AnalysisJson.compact(analysis));
    }

    /** Fails with every message when the analysis does not follow the schema. */
    public void assertValid(Analysis analysis) {
        List<String> errors = errors(analysis);
        if (!errors.isEmpty()) {
            throw new AssertionError("analysis " + analysis.id() + " does not follow the contract schema:\n  "
                    + String.join("\n  ", errors));
        }
    }
}
