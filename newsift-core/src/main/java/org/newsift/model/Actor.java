package org.newsift.model;

import java.util.List;

/**
 * An actor of the article, with every place it is mentioned.
 *
 * @param id       stable within the analysis ("A1", "A2", ...), referenced by events and quotes
 * @param name     readable name ("Pakistan government", "Taliban")
 * @param code     CAMEO-style code: country + sector (PAKGOV), IGO code (IGOUNO), a group code, or null
 *                 when the actor could not be coded
 * @param country  ISO-3166 alpha-3 country, or null
 * @param sector   sector code (GOV, MIL, REB, ...), or null
 * @param mentions where the actor is mentioned
 */
public record Actor(String id, String name, String code, String country, String sector, List<TextSpan> mentions) {

    public Actor {
        mentions = List.copyOf(mentions);
    }
}
