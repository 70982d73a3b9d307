package org.newsift.events;

import org.newsift.model.Event;
import org.newsift.model.EventArgument;
import org.newsift.model.Offsets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists each event once. A later sentence that reports the same event (same root code, same actors,
 * same polarity) becomes extra evidence of the first; so does a vaguer telling of it, where one side
 * is missing ("Pakistan resumes talks" and "Pakistan and the Taliban resumed talks"), and the fuller
 * telling then takes its place. Ids E1, E2, ... follow the first mention.
 */
final class EventMerger {
    private final List<EventDraft> drafts = new ArrayList<>();
    private final List<Set<Offsets>> evidence = new ArrayList<>();
    /**
     * The drafts by root code and polarity, which a draft shares with every draft it merges with: a new draft is
     * compared with these alone, not with every event of the article (issue 14).
     */
    private final Map<String, List<Integer>> byRoot = new HashMap<>();

    void add(EventDraft d) {
        List<Integer> sameRoot = byRoot.computeIfAbsent(d.code().root() + "|" + d.modality().negated(), k -> new ArrayList<>());
        for (int i : sameRoot) {
            EventDraft seen = drafts.get(i);
            if (seen.identity().equals(d.identity()) || vaguer(d, seen) || vaguer(seen, d)) {
                if (vaguer(seen, d) || (seen.sentence().equals(d.sentence())
                        && d.code().code().length() > seen.code().code().length())) {
                    drafts.set(i, d);
                    addEvidence(i, seen.sentence(), d.sentence());
                } else {
                    addEvidence(i, d.sentence(), seen.sentence());
                }
                return;
            }
        }
        sameRoot.add(drafts.size());
        drafts.add(d);
        evidence.add(new LinkedHashSet<>());
    }

    private void addEvidence(int i, Offsets sentence, Offsets kept) {
        if (!sentence.equals(kept)) {
            evidence.get(i).add(sentence);
        }
    }

    /** {@code a} tells {@code b} with a side missing: same root and polarity, no target, its sources among b's. */
    private static boolean vaguer(EventDraft a, EventDraft b) {
        return a.target().isEmpty() && !b.target().isEmpty() && a.code().root().equals(b.code().root())
                && a.modality().negated() == b.modality().negated() && ids(b.source()).containsAll(ids(a.source()));
    }

    private static Set<String> ids(List<EventArgument> args) {
        Set<String> out = new HashSet<>();
        args.forEach(a -> out.add(EventDraft.key(a)));
        return out;
    }

    List<Event> events() {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            EventDraft d = drafts.get(i);
            out.add(new Event("E" + (out.size() + 1), d.sentence(), List.copyOf(evidence.get(i)), d.trigger(), d.source(),
                    d.target(), d.code().code(), d.code().name(), d.code().goldstein(), d.code().quadClass(),
                    d.plover(), d.location(), d.date(), d.datePrecision(), d.modality(), d.confidence(),
                    d.explanation()));
        }
        return out;
    }
}
