package org.newsift.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.newsift.model.Analysis;

/** Writes analyses as JSON in the contract's snake_case field names ("cameo_name", "quad_class"). */
public final class AnalysisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private AnalysisJson() {
    }

    /** The mapper newsift writes and reads its JSON with. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One line, for JSONL. */
    public static String compact(Analysis a) {
        try {
            return MAPPER.writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise analysis " + a.id(), e);
        }
    }

    /** Indented, for a single document. */
    public static String indented(Analysis a) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise analysis " + a.id(), e);
        }
    }
}
