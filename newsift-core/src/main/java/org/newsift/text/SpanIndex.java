package org.newsift.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * Short spans (cues, persuasion spans, mentions) indexed by where they start, so that finding the ones that overlap
 * a stretch of text reads only those that start near it: checking every span of the document for each of its
 * spans made a stage quadratic in the length of the text (issue 14). A query reads the spans that start within
 * the longest span's length before the stretch, so the index suits spans that stay short, such as those that
 * lie within a sentence.
 */
public final class SpanIndex<T> {
    private final List<T> spans;
    private final ToIntFunction<T> end;
    /** Positions in {@link #spans}, by start. */
    private final int[] byStart;
    private final int[] starts;
    private final int longest;

    /**
     * @param start a span's first code point
     * @param end   the code point after a span's last
     */
    public SpanIndex(List<T> spans, ToIntFunction<T> start, ToIntFunction<T> end) {
        this.spans = List.copyOf(spans);
        this.end = end;
        this.byStart = IntStream.range(0, spans.size()).boxed()
                .sorted(Comparator.comparingInt(i -> start.applyAsInt(this.spans.get(i)))).mapToInt(i -> i).toArray();
        this.starts = Arrays.stream(byStart).map(i -> start.applyAsInt(this.spans.get(i))).toArray();
        this.longest = this.spans.stream().mapToInt(s -> end.applyAsInt(s) - start.applyAsInt(s)).max().orElse(0);
    }

    /** The spans that overlap code points {@code [from, to)}, in the order they were given. */
    public List<T> overlapping(int from, int to) {
        List<Integer> hits = new ArrayList<>();
        // a span that ends after from starts after from - longest
        for (int k = firstStartAbove(from - longest); k < starts.length && starts[k] < to; k++) {
            if (end.applyAsInt(spans.get(byStart[k])) > from) {
                hits.add(byStart[k]);
            }
        }
        hits.sort(null);
        return hits.stream().map(spans::get).toList();
    }

    private int firstStartAbove(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
