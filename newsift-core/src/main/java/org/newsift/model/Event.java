package org.newsift.model;

import java.util.List;

/**
 * A coded event: who did what to whom, where and when, with its evidence.
 *
 * @param sentence       the evidence sentence
 * @param evidence       other sentences of the article that report the same event (de-duplicated), often empty
 * @param trigger        the predicate that expresses the event
 * @param goldstein      Goldstein conflict-cooperation score from the CAMEO codebook
 * @param quadClass      1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param date           ISO date (yyyy, yyyy-MM or yyyy-MM-dd according to precision), or null
 * @param datePrecision  day, week, month, year, or null
 * @param confidence     in [0,1]
 * @param explanation    the pattern that fired, or the model and its score
 */
public record Event(String id, Offsets sentence, List<Offsets> evidence, TextSpan trigger, List<EventArgument> source,
                    List<EventArgument> target, String cameo, String cameoName, Double goldstein,
                    Integer quadClass, Plover plover, Location location, String date, String datePrecision,
                    Modality modality, double confidence, String explanation) {

    public Event {
        evidence = List.copyOf(evidence);
        source = List.copyOf(source);
        target = List.copyOf(target);
    }
}
