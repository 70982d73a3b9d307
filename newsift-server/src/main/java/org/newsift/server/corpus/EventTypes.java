package org.newsift.server.corpus;

import org.newsift.model.Event;

/** The event-type filter: a quad class (1-4), a CAMEO code or prefix (19, 112), or a PLOVER type (ACCUSE). */
final class EventTypes {
    private EventTypes() {
    }

    static boolean matches(String type, Event e) {
        if (type.matches("[1-4]")) {
            return e.quadClass() != null && e.quadClass() == Integer.parseInt(type);
        }
        if (type.matches("\\d{2,4}")) {
            return e.cameo() != null && e.cameo().startsWith(type);
        }
        return e.plover() != null && type.equalsIgnoreCase(e.plover().type());
    }
}
