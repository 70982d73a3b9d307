package org.newsift.actors;

import java.util.ArrayList;
import java.util.List;

/** The lexicon matches of one nominal phrase, sorted into names and roles. */
record PhraseParts(List<LexiconMatch> matches, int head) {

    static PhraseParts of(List<LexiconMatch> matches, int head) {
        return new PhraseParts(List.copyOf(matches), head);
    }

    /** Matches that name someone or somewhere (everything but role nouns). */
    List<LexiconMatch> named() {
        List<LexiconMatch> out = new ArrayList<>();
        for (LexiconMatch m : matches) {
            if (!isRole(m.entry().kind())) {
                out.add(m);
            }
        }
        return out;
    }

    boolean hasRole() {
        return matches.stream().anyMatch(m -> isRole(m.entry().kind()));
    }

    /** True when a match covers the phrase head itself ("Islamabad said", not "Islamabad residents"). */
    boolean coversHead() {
        return matches.stream().anyMatch(m -> m.covers(head));
    }

    /** The organisation, group or person the phrase names, or null. */
    LexiconEntry organisation() {
        for (LexiconMatch m : matches) {
            EntryKind k = m.entry().kind();
            if (k == EntryKind.IGO || k == EntryKind.GROUP || k == EntryKind.PERSON) {
                return m.entry();
            }
        }
        return null;
    }

    /** The country, demonym, capital or city the phrase names, or null. */
    LexiconEntry place() {
        for (LexiconMatch m : matches) {
            EntryKind k = m.entry().kind();
            if (k == EntryKind.COUNTRY || k == EntryKind.DEMONYM || k == EntryKind.CAPITAL || k == EntryKind.CITY) {
                return m.entry();
            }
        }
        return null;
    }

    /**
     * The sector given by the role noun at the head ("minister" in "Pakistan's foreign minister"),
     * else by the role noun nearest the head; null when the phrase has no role noun with a sector.
     */
    String sector() {
        LexiconMatch best = null;
        for (LexiconMatch m : matches) {
            if (m.entry().kind() == EntryKind.AGENT
                    && (best == null || m.covers(head) || Math.abs(m.last() - head) < Math.abs(best.last() - head))) {
                if (best != null && best.covers(head)) {
                    continue;
                }
                best = m;
            }
        }
        return best == null ? null : best.entry().code();
    }

    int firstToken() {
        return matches.stream().mapToInt(LexiconMatch::first).min().orElse(head);
    }

    int lastToken() {
        return matches.stream().mapToInt(LexiconMatch::last).max().orElse(head);
    }

    private static boolean isRole(EntryKind k) {
        return k == EntryKind.AGENT || k == EntryKind.SPEAKER;
    }
}
