package org.newsift.store;

import org.newsift.input.InputItem;
import org.newsift.input.Inputs;
import org.newsift.input.ReadOptions;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;

/**
 * The ingest that {@link KillDuringIngestTest} runs in a child JVM and kills: the keyword analyser, slowed
 * down so the kill lands mid-run, with a progress line after every article. Arguments: DB DIR [WAIT [ANALYSIS]]:
 * WAIT milliseconds before each input (as between feed polls), for {@link ReadDuringIngestTest}; ANALYSIS
 * milliseconds per analysis (default 100), for {@link ReadWriteBench}.
 */
public final class SlowIngestMain {
    private SlowIngestMain() {
    }

    public static void main(String[] args) throws Exception {
        KeywordAnalyzer keywords = new KeywordAnalyzer();
        PrintWriter out = new PrintWriter(System.out, true);
        try (NewsStore store = NewsStore.open(StoreLocation.parse(args[0], null));
             Inputs.Batch items = Inputs.open(List.of(args[1]), ReadOptions.defaults(), null)) {
            long wait = args.length > 2 ? Long.parseLong(args[2]) : 0;
            long analysis = args.length > 3 ? Long.parseLong(args[3]) : 100;
            Iterator<InputItem> waiting = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    sleep(wait);
                    return items.hasNext();
                }

                @Override
                public InputItem next() {
                    return items.next();
                }
            };
            out.println("reconciled " + store.reconciled());
            Ingester ingester = new Ingester(store, article -> {
                sleep(analysis);
                return keywords.apply(article);
            }, IngestProgress.log(out, Duration.ZERO, -1));
            out.println("done " + ingester.ingest(waiting, Ingester.sequential()));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
