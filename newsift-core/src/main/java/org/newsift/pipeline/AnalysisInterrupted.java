package org.newsift.pipeline;

/**
 * Thrown by {@link Pipeline#analyze} when its thread is interrupted (a caller's timeout cancelled the analysis
 * with {@code Future.cancel(true)}): the analysis stops at the next check, between stages or inside a long one,
 * and leaves nothing behind. The thread's interrupt flag stays set, so its owner still sees the interruption.
 */
public final class AnalysisInterrupted extends RuntimeException {

    public AnalysisInterrupted() {
        super("the analysis was interrupted");
    }

    /**
     * Throws when the current thread has been interrupted; long stages call this between units of work
     * (sentences, batches) so that a cancelled analysis stops within one unit.
     */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new AnalysisInterrupted();
        }
    }
}
