package org.newsift.store.dedup;

import java.util.Collection;
import java.util.Optional;

/** What a store already holds, as de-duplication asks it. */
public interface KnownBodies {

    /** The original article whose normalised body has this hash. */
    Optional<String> originalWithHash(String bodyHash);

    /** Originals that share one of these band keys. */
    Collection<Candidate> originalsInBands(long[] bandKeys);
}
