package org.newsift.geo;

import java.util.List;

/**
 * A place name found in a sentence.
 *
 * @param place      the preferred reading of the name (see the ambiguity policy in {@link Gazetteer})
 * @param firstToken index of the first token of the name in its sentence
 * @param lastToken  index of the last token (inclusive)
 * @param text       the name as the tokens write it
 * @param candidates every place the name can denote, the preferred one first
 */
public record PlaceMatch(Place place, int firstToken, int lastToken, String text, List<Place> candidates) {

    public PlaceMatch {
        candidates = List.copyOf(candidates);
    }

    public boolean covers(int token) {
        return token >= firstToken && token <= lastToken;
    }
}
