package org.newsift.eval;

import org.newsift.model.Event;
import org.newsift.model.EventArgument;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scoring of coded events as (source code, target code, CAMEO code) triples, as in PETRARCH's
 * unit tests. A predicted event contributes every triple of the cartesian product of its source and
 * target arguments' codes; an event with no coded source or no coded target contributes nothing.
 * Actor codes are compared after {@link #normalizeActor}: a country-less agent written "---GOV" is the
 * same as "GOV".
 */
public final class EventTriples {
    private EventTriples() {
    }

    /** One coded event, reduced to the codes that are compared. */
    public record Triple(String source, String target, String cameo) {
        public Triple {
            source = normalizeActor(source);
            target = normalizeActor(target);
            cameo = cameo == null ? "" : cameo.strip();
        }

        /** The CAMEO root: the first two digits of the event code. */
        public String root() {
            return cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
        }

        boolean samePair(Triple o) {
            return source.equals(o.source) && target.equals(o.target);
        }
    }

    /** Strips and drops a leading "---" (no country) from an actor code; null becomes "". */
    public static String normalizeActor(String code) {
        String c = code == null ? "" : code.strip();
        return c.startsWith("---") && c.length() > 3 ? c.substring(3) : c;
    }

    /** The triples of {@code events}: the product of each event's coded sources and coded targets. */
    public static Set<Triple> predicted(List<Event> events) {
        Set<Triple> out = new LinkedHashSet<>();
        for (Event e : events) {
            if (e.cameo() == null || e.cameo().isBlank()) {
                continue;
            }
            List<String> sources = codes(e.source());
            List<String> targets = codes(e.target());
            for (String s : sources) {
                for (String t : targets) {
                    out.add(new Triple(s, t, e.cameo()));
                }
            }
        }
        return out;
    }

    private static List<String> codes(List<EventArgument> args) {
        return args.stream().map(EventArgument::code).filter(Objects::nonNull).map(String::strip)
                .filter(c -> !c.isEmpty()).distinct().collect(Collectors.toList());
    }

    /**
     * Counts over one or more sentences: exact-triple true positives, false positives and false
     * negatives, and the root agreement counts.
     */
    public static final class Score {
        private long tp;
        private long fp;
        private long fn;
        private long pairMatched;
        private long rootAgreed;

        /** Adds one sentence: its gold and predicted triples (compared as sets). */
        public Score add(Set<Triple> gold, Set<Triple> predicted) {
            for (Triple g : gold) {
                if (predicted.contains(g)) {
                    tp++;
                } else {
                    fn++;
                }
                List<Triple> samePair = predicted.stream().filter(p -> p.samePair(g)).toList();
                if (!samePair.isEmpty()) {
                    pairMatched++;
                    if (samePair.stream().anyMatch(p -> p.root().equals(g.root()))) {
                        rootAgreed++;
                    }
                }
            }
            for (Triple p : predicted) {
                if (!gold.contains(p)) {
                    fp++;
                }
            }
            return this;
        }

        public Score add(Score o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
            pairMatched += o.pairMatched;
            rootAgreed += o.rootAgreed;
            return this;
        }

        public long tp() {
            return tp;
        }

        public long fp() {
            return fp;
        }

        public long fn() {
            return fn;
        }

        /** Gold triples whose (source, target) pair is predicted with some code. */
        public long pairMatched() {
            return pairMatched;
        }

        /** Of {@link #pairMatched()}, those with a predicted code of the same CAMEO root. */
        public long rootAgreed() {
            return rootAgreed;
        }

        /** TP / (TP + FP); 0 when nothing is predicted. */
        public double precision() {
            return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
        }

        /** TP / (TP + FN); NaN when there is no gold triple. */
        public double recall() {
            return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        }

        /** Root agreement; 0 when no gold pair is predicted. */
        public double rootAgreement() {
            return pairMatched == 0 ? 0.0 : (double) rootAgreed / pairMatched;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "tp %d fp %d fn %d P %.3f R %.3f root %d/%d",
                    tp, fp, fn, precision(), recall(), rootAgreed, pairMatched);
        }
    }
}
