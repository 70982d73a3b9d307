package org.newsift.geo;

import java.util.Locale;

/**
 * What a gazetteer place is. The order of the constants is the preference order for ambiguous
 * names (see {@link Gazetteer}): a capital beats a city, a city beats a region, a region beats a
 * country, except that a name which is exactly a country's name goes to the country.
 */
public enum PlaceKind {
    CAPITAL, CITY, REGION, COUNTRY;

    /** Parses a kind as the gazetteer file writes it ({@code country}, {@code capital}, ...). */
    public static PlaceKind parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown place kind '" + s + "' (expected country, capital, city or region)");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
