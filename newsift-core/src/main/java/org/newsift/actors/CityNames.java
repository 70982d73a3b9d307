package org.newsift.actors;

import org.newsift.geo.Gazetteer;
import org.newsift.geo.Place;
import org.newsift.geo.PlaceKind;

/**
 * Turns the gazetteer's cities and regions into CITY lexicon entries, so that "Kandahar police" codes
 * as AFGCOP and "Texas officials" as USAGOV without a second list of places. Countries and capitals
 * are left to the actor lexicon, which knows their demonyms and government metonyms.
 */
public final class CityNames {
    private CityNames() {
    }

    public static void addTo(ActorLexicon.Builder into, Gazetteer gazetteer) {
        for (Place p : gazetteer.places()) {
            if ((p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.REGION) && p.country() != null && !p.country().isEmpty()) {
                into.add(new LexiconEntry(EntryKind.CITY, p.country(), p.country(), null, p.name(), p.names(), false,
                        p.origin()));
            }
        }
    }
}
