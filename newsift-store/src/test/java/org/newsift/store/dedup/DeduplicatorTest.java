package org.newsift.store.dedup;

import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Texts written for the newsift project. */
class DeduplicatorTest {
    private static final String WIRE = "ISLAMABAD, March 3 - Pakistan's foreign ministry summoned the Afghan envoy on Monday "
            + "after cross-border fire killed two soldiers near the Torkham crossing, officials said. The ministry said it "
            + "expected the Taliban administration to prevent attacks from its territory and warned that Pakistan would "
            + "respond to any further violation. Trade through the crossing was suspended for a second day, stranding "
            + "hundreds of lorries on both sides of the border, according to customs officials.";

    /** An empty store: bodies are checked against each other only. */
    private static final KnownBodies NOTHING_STORED = new KnownBodies() {
        @Override
        public Optional<String> originalWithHash(String bodyHash) {
            return Optional.empty();
        }

        @Override
        public Collection<Candidate> originalsInBands(long[] bandKeys) {
            return List.of();
        }
    };

    private final Deduplicator dedup = new Deduplicator(NOTHING_STORED, new MinHasher());

    @Test
    void aCopyThatOnlyChangesCaseSpacingAndPunctuationIsExact() {
        dedup.check("wire", dedup.fingerprint(WIRE));
        String recast = WIRE.toUpperCase().replace(" - ", " -- ").replace("'", "\u2019").replace(". ", ".\n\n");
        Verdict v = dedup.check("copy", dedup.fingerprint(recast));
        assertEquals(new Verdict(Verdict.Kind.EXACT, "wire", 1.0), v);
    }

    @Test
    void aWireCopyWithANewBylineAndAnEditedClauseIsNear() {
        dedup.check("wire", dedup.fingerprint(WIRE));
        String edited = "By a staff correspondent. " + WIRE.replace("according to customs officials", "a customs official said");
        Verdict v = dedup.check("copy", dedup.fingerprint(edited));
        assertEquals(Verdict.Kind.NEAR, v.kind());
        assertEquals("wire", v.original());
        assertTrue(v.similarity() >= MinHasher.THRESHOLD && v.similarity() < 1, "similarity " + v.similarity());
    }

    @Test
    void anotherStoryOnTheSameSubjectIsNew() {
        dedup.check("wire", dedup.fingerprint(WIRE));
        String other = "KABUL, March 4 - The Taliban administration said on Tuesday that Pakistani forces had fired first near "
                + "the Torkham crossing and called on Islamabad to reopen the border to trade. A spokesman said Afghanistan "
                + "wanted good relations with its neighbours but would defend its territory.";
        assertEquals(Verdict.NEW, dedup.check("other", dedup.fingerprint(other)));
    }

    @Test
    void onlyOriginalsAreRemembered() {
        dedup.check("wire", dedup.fingerprint(WIRE));
        dedup.check("copy", dedup.fingerprint(WIRE + " "));
        assertEquals("wire", dedup.check("copy2", dedup.fingerprint(WIRE)).original());
    }

    @Test
    void signaturesSurviveTheirTextForm() {
        int[] sig = new MinHasher().signature(List.of("a", "b", "c"));
        assertEquals(1.0, MinHasher.similarity(sig, MinHasher.decode(MinHasher.encode(sig))));
    }
}
