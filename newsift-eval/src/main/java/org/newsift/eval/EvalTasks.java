package org.newsift.eval;

import java.util.List;

/** Every evaluation, in the order {@code eval/run} runs them. Register new tasks here. */
public final class EvalTasks {
    private EvalTasks() {
    }

    public static final List<EvalTask> ALL = List.of(
            new PetrarchUnitActors(),
            new ReutersPlaces(),
            new PetrarchUnitEvents(),
            new NgecSynthEvents(),
            new PlvPairEvents(),
            new ProjectAnnotatedEvents(),
            new ExtractionBenchmark(),
            new PtcRhetoric(),
            new ReutersRhetoric(),
            new SemevalGenre(),
            new PolnearAttribution(),
            new PolnearStories(),
            new ClaimBusterClaims(),
            new Clef2020Claims(),
            new BabeBias());
}
