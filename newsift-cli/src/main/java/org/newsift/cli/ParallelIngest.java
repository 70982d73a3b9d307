package org.newsift.cli;

import org.newsift.store.Ingester;

/** How the CLI runs an ingest's analyses: on {@code threads} threads, in input order, each held to the item timeout. */
final class ParallelIngest {
    private ParallelIngest() {
    }

    static Ingester.Runner runner(int threads, ItemTimeout timeout) {
        return (tasks, analyse, commit) -> new OrderedParallel<>(threads, analyse, AnalyzeCommand.giveUpAfter(timeout),
                (Ingester.Task t) -> t.rejected(timeout.message() + "; its thread did not stop")).run(tasks, commit);
    }
}
