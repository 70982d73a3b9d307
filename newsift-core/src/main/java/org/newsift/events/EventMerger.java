package org.newsift.events;

import org.newsift.model.Event;
import org.newsift.model.Offsets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists each event once: a later sentence that reports the same event (same root code, same actors,
 * same polarity) becomes extra evidence of the first, which keeps the most specific code and the
 * highest confidence seen. Ids E1, E2, ... follow the first mention.
 */
final class EventMerger {
    private final Map<String, EventDraft> first = new LinkedHashMap<>();
    private final Map<String, List<Offsets>> evidence = new LinkedHashMap<>();

    void add(EventDraft d) {
        String key = d.identity();
        EventDraft seen = first.get(key);
        if (seen == null) {
            first.put(key, d);
            evidence.put(key, new ArrayList<>());
            return;
        }
        if (!seen.sentence().equals(d.sentence()) && !evidence.get(key).contains(d.sentence())) {
            evidence.get(key).add(d.sentence());
        }
        if (d.code().code().length() > seen.code().code().length() && seen.sentence().equals(d.sentence())) {
            first.put(key, d);
        }
    }

    List<Event> events() {
        List<Event> out = new ArrayList<>();
        for (Map.Entry<String, EventDraft> e : first.entrySet()) {
            EventDraft d = e.getValue();
            out.add(new Event("E" + (out.size() + 1), d.sentence(), evidence.get(e.getKey()), d.trigger(), d.source(),
                    d.target(), d.code().code(), d.code().name(), d.code().goldstein(), d.code().quadClass(),
                    d.plover(), d.location(), d.date(), d.datePrecision(), d.modality(), d.confidence(),
                    d.explanation()));
        }
        return out;
    }
}
