package org.newsift.model;

/** A named entity: PERSON, ORGANIZATION, LOCATION, COUNTRY, CITY, NATIONALITY, DATE and the other CoreNLP types. */
public record Entity(int start, int end, String text, String type) {
}
