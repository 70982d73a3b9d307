package org.newsift.store;

import org.newsift.input.Inputs;
import org.newsift.input.ReadOptions;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * The ingest that {@link KillDuringIngestTest} runs in a child JVM and kills: the keyword analyser, slowed
 * down so the kill lands mid-run, with a progress line after every article. Arguments: DB DIR.
 */
public final class SlowIngestMain {
    private SlowIngestMain() {
    }

    public static void main(String[] args) throws Exception {
        KeywordAnalyzer keywords = new KeywordAnalyzer();
        PrintWriter out = new PrintWriter(System.out, true);
        try (NewsStore store = NewsStore.open(StoreLocation.parse(args[0], null));
             Inputs.Batch items = Inputs.open(List.of(args[1]), ReadOptions.defaults(), null)) {
            out.println("reconciled " + store.reconciled());
            Ingester ingester = new Ingester(store, article -> {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return keywords.apply(article);
            }, IngestProgress.log(out, Duration.ZERO, -1));
            out.println("done " + ingester.ingest(items, Ingester.sequential()));
        }
    }
}
