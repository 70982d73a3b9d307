package org.newsift.store.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, in input order, whether each body copies an earlier one: first against the store, then against
 * the originals seen earlier in this run (which may not be committed yet while they are being analysed).
 * Not thread-safe: ingest calls it from the one thread that reads the inputs.
 */
public final class Deduplicator {
    private final KnownBodies store;
    private final MinHasher hasher;
    private final Map<String, String> runHashes = new HashMap<>();
    private final Map<Long, List<Candidate>> runBands = new HashMap<>();

    public Deduplicator(KnownBodies store, MinHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    public Fingerprint fingerprint(String body) {
        return Fingerprint.of(body, hasher);
    }

    /** The verdict on a body; a new one is remembered as an original for the rest of the run. */
    public Verdict check(String id, Fingerprint f) {
        Optional<String> exact = store.originalWithHash(f.bodyHash()).or(() -> Optional.ofNullable(runHashes.get(f.bodyHash())));
        if (exact.isPresent()) {
            return new Verdict(Verdict.Kind.EXACT, exact.get(), 1.0);
        }
        long[] keys = MinHasher.bandKeys(f.minHash());
        Collection<Candidate> candidates = new ArrayList<>(store.originalsInBands(keys));
        for (long k : keys) {
            candidates.addAll(runBands.getOrDefault(k, List.of()));
        }
        Verdict best = Verdict.NEW;
        for (Candidate c : candidates) {
            double s = MinHasher.similarity(f.minHash(), c.minHash());
            if (s >= MinHasher.THRESHOLD && s > best.similarity()) {
                best = new Verdict(Verdict.Kind.NEAR, c.id(), s);
            }
        }
        if (!best.isCopy()) {
            remember(id, f, keys);
        }
        return best;
    }

    private void remember(String id, Fingerprint f, long[] keys) {
        runHashes.put(f.bodyHash(), id);
        Candidate c = new Candidate(id, f.minHash());
        for (long k : keys) {
            runBands.computeIfAbsent(k, x -> new ArrayList<>(1)).add(c);
        }
    }
}
