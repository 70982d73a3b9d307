package org.newsift.model;

/** Where an event happened, as the text states it; lat/lon may be null when the gazetteer lacks them. */
public record Location(String name, String country, Double lat, Double lon) {
}
