package org.newsift.events;

import org.newsift.events.ontology.CameoCode;
import org.newsift.model.EventArgument;
import org.newsift.model.Location;
import org.newsift.model.Modality;
import org.newsift.model.Offsets;
import org.newsift.model.Plover;
import org.newsift.model.TextSpan;

import java.util.List;

/** An event before de-duplication gives it an id and its extra evidence. */
record EventDraft(Offsets sentence, TextSpan trigger, List<EventArgument> source, List<EventArgument> target,
                  CameoCode code, Plover plover, Location location, String date, String datePrecision,
                  Modality modality, double confidence, String explanation) {

    EventDraft withTarget(List<EventArgument> newTarget, String note) {
        return new EventDraft(sentence, trigger, source, newTarget, code, plover, location, date, datePrecision,
                modality, confidence, explanation + note);
    }

    /** Same root code, same actors on each side, same polarity: the same event told again. */
    String identity() {
        return code.root() + "|" + ids(source) + "|" + ids(target) + "|" + modality.negated();
    }

    private static String ids(List<EventArgument> args) {
        return args.stream().map(EventDraft::key).sorted().toList().toString();
    }

    /** The actor's id, or for an argument that is no listed actor (a visit's host country) its code. */
    static String key(EventArgument a) {
        return a.actor() != null ? a.actor() : a.code();
    }
}
