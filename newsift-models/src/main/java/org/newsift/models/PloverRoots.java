package org.newsift.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CAMEO code the event model emits for each PLOVER type: a root (or, for CONCEDE, the root's
 * "not specified" child), chosen so that the built-in PLOVER mapping ({@code plover.tsv}) sends the code
 * back to the same type; {@code PloverRootsTest} checks the round trip.
 */
public final class PloverRoots {
    private PloverRoots() {
    }

    /** PLOVER type to CAMEO code, in {@link org.newsift.events.ontology.PloverMapping#TYPES} order. */
    public static final Map<String, String> CAMEO;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("AGREE", "03");      // express intent to cooperate
        m.put("CONSULT", "04");    // consult
        m.put("SUPPORT", "05");    // engage in diplomatic cooperation
        m.put("CONCEDE", "080");   // yield, not specified: root 08 itself maps to RETREAT
        m.put("COOPERATE", "06");  // engage in material cooperation
        m.put("AID", "07");        // provide aid
        m.put("RETREAT", "08");    // yield
        m.put("REQUEST", "10");    // demand (02 "appeal" maps to REQUEST too)
        m.put("ACCUSE", "11");     // disapprove
        m.put("REJECT", "12");     // reject
        m.put("THREATEN", "13");   // threaten
        m.put("PROTEST", "14");    // protest
        m.put("SANCTION", "16");   // reduce relations
        m.put("MOBILIZE", "15");   // exhibit force posture
        m.put("COERCE", "17");     // coerce
        m.put("ASSAULT", "19");    // fight (18 "assault" and 20 also map to ASSAULT)
        CAMEO = java.util.Collections.unmodifiableMap(m);
    }

    /** The PLOVER types, in the order of {@link #CAMEO}. */
    public static List<String> types() {
        return List.copyOf(CAMEO.keySet());
    }
}
