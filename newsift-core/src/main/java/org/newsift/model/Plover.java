package org.newsift.model;

import java.util.List;

/** PLOVER coding of an event: type (AGREE, ACCUSE, ASSAULT, ...), mode and contexts. */
public record Plover(String type, String mode, List<String> context) {

    public Plover {
        context = List.copyOf(context);
    }
}
