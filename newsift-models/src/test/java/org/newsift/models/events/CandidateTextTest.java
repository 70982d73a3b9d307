package org.newsift.models.events;

import org.junit.jupiter.api.Test;
import org.newsift.model.Event;
import org.newsift.model.EventArgument;
import org.newsift.model.Modality;
import org.newsift.model.Offsets;
import org.newsift.model.TextSpan;
import org.newsift.models.finetune.FineTunedClassifier.TextPair;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CandidateTextTest {
    // written for this test
    private static final String TEXT = "Title\n\nThe army of Arnor shelled Gondor on Monday, officials said.";

    private static Event event(List<EventArgument> source, List<EventArgument> target) {
        int s = TEXT.indexOf("The army");
        int t = TEXT.indexOf("shelled");
        return new Event("e1", new Offsets(s, TEXT.length()), List.of(), new TextSpan(t, t + 7, "shelled"), source, target,
                "195", "Employ aerial weapons", -10.0, 4, null, null, null, null,
                new Modality(false, false, false, false), 0.5, "pattern");
    }

    @Test
    void marksSourceTriggerAndTargetAndNamesTheCoding() {
        TextPair p = CandidateText.of(TEXT, event(
                List.of(new EventArgument("a1", "ARNMIL", "ARN", "MIL", "The army of Arnor")),
                List.of(new EventArgument("a2", "GON", "GON", null, "Gondor"))));
        assertEquals("[[ The army of Arnor ]] << shelled >> {{ Gondor }} on Monday, officials said.", p.first());
        assertEquals("Employ aerial weapons: ARNMIL -> GON", p.second());
    }

    @Test
    void anArgumentNotInTheSentenceIsOnlyNamed() {
        TextPair p = CandidateText.of(TEXT, event(
                List.of(new EventArgument("a1", null, null, null, "Rohan")), List.of()));
        assertEquals("The army of Arnor << shelled >> Gondor on Monday, officials said.", p.first());
        assertEquals("Employ aerial weapons: uncoded Rohan -> nobody", p.second());
    }
}
