package org.newsift.models;

import org.junit.jupiter.api.Test;
import org.newsift.events.ontology.Ontology;
import org.newsift.events.ontology.PloverMapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class PloverRootsTest {
    @Test
    void everyTypesCodeMapsBackToTheTypeThroughTheBuiltInPloverMapping() {
        assertEquals(PloverMapping.TYPES.size(), PloverRoots.CAMEO.size());
        Ontology o = Ontology.builtIn();
        for (String type : PloverMapping.TYPES) {
            String code = PloverRoots.CAMEO.get(type);
            assertNotNull(code, type);
            assertNotNull(o.lookup(code), "CAMEO code " + code + " is in the codebook");
            assertEquals(type, o.plover(code).type(), type + " -> " + code);
        }
    }
}
