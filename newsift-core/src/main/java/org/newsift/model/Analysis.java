package org.newsift.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The immutable result of analysing one article: newsift's JSON contract "newsift.analysis/2"
 * (docs/schema/analysis.schema.json). Every offset is a Unicode code-point offset into {@link #text()}.
 */
@JsonPropertyOrder({"schema", "id", "title", "url", "published", "language", "text", "sentences", "entities",
        "actors", "events", "quotes", "claims", "rhetoric", "summary"})
public record Analysis(String schema, String id, String title, String url, String published, String language,
                       String text, List<SentenceInfo> sentences, List<Entity> entities, List<Actor> actors,
                       List<Event> events, List<Quote> quotes, List<Claim> claims, List<Rhetoric> rhetoric,
                       Summary summary) {

    public static final String SCHEMA = "newsift.analysis/2";

    public Analysis {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        rhetoric = List.copyOf(rhetoric);
    }

    /** The same analysis with other events (the evaluation scores one analysis before and after a check). */
    public Analysis withEvents(List<Event> newEvents) {
        return new Analysis(schema, id, title, url, published, language, text, sentences, entities, actors, newEvents,
                quotes, claims, rhetoric, summary);
    }
}
