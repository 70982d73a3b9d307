package org.newsift.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * One evaluation: a dataset and what is measured on it. To add a metric, write a class implementing
 * this interface and register it in {@link EvalTasks#ALL}.
 */
public interface EvalTask {

    /** Short name, used by {@code --only} and in progress messages. */
    String name();

    /** Every metric name this task reports; used for skip lines when its data is absent. */
    List<String> metrics();

    /** The files or folders (relative to the data dir) this task reads; the task is skipped when one is absent. */
    List<Path> requiredData();

    /** Runs the evaluation and reports each of {@link #metrics()} to {@code out}; diagnostics go to stderr. */
    void run(EvalContext ctx, MetricSink out) throws Exception;
}
