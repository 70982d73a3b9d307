package org.newsift.kinds;

import org.newsift.text.DataLines;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that mark a sentence as opinion or a call to action, by group ({@code kind-cues.tsv},
 * written for the project; docs/attribution.md describes the groups). Immutable.
 */
final class KindCues {
    static final String RESOURCE = "kind-cues.tsv";

    enum Group { EVALUATIVE, MARKER, STANCE, MODAL, ADDRESSEE, URGING, VERDICT, DENIED, LIMITER, LINKING, FUTURE, CONSEQUENCE }

    private final Map<Group, Set<String>> words;

    private KindCues(Map<Group, Set<String>> words) {
        this.words = words;
    }

    private static final class Holder {
        static final KindCues BUILT_IN = load();
    }

    static KindCues builtIn() {
        return Holder.BUILT_IN;
    }

    boolean has(Group g, String lemma) {
        return words.get(g).contains(lemma.toLowerCase(Locale.ROOT));
    }

    private static KindCues load() {
        Map<Group, Set<String>> words = new EnumMap<>(Group.class);
        for (Group g : Group.values()) {
            words.put(g, new HashSet<>());
        }
        try (InputStream in = KindCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<DataLines.Line> lines = DataLines.read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            for (DataLines.Line line : lines) {
                String[] f = line.text().split("\t");
                if (f.length != 2) {
                    throw line.error("expected group<TAB>lemma");
                }
                words.get(Group.valueOf(f[0].toUpperCase(Locale.ROOT))).add(f[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        words.replaceAll((g, s) -> Set.copyOf(s));
        return new KindCues(words);
    }
}
