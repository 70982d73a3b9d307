package org.newsift.geo;

import org.newsift.model.Location;

import java.util.List;
import java.util.Objects;

/**
 * One gazetteer entry.
 *
 * @param name    the preferred name (first name of its row)
 * @param kind    country, capital, city or region
 * @param country ISO 3166-1 alpha-3 code (XKX for Kosovo), or null for a region that spans countries
 * @param lat     latitude in degrees, in [-90, 90]
 * @param lon     longitude in degrees, in [-180, 180]
 * @param names   all names of the row, the preferred name first
 * @param origin  where the row comes from ({@code file:line}), for explanations and errors
 */
public record Place(String name, PlaceKind kind, String country, double lat, double lon,
                    List<String> names, String origin) {

    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range for " + name + ": " + lat + ", " + lon);
        }
        names = names == null || names.isEmpty() ? List.of(name) : List.copyOf(names);
    }

    public Place(String name, PlaceKind kind, String country, double lat, double lon) {
        this(name, kind, country, lat, lon, List.of(name), null);
    }

    /** This place as an event location. */
    public Location toLocation() {
        return new Location(name, country, lat, lon);
    }
}
