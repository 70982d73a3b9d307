package org.newsift.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lower-case words by group, read from {@code group<TAB>word} lines: a built-in resource first, then the user's
 * files, where {@code group<TAB>-word} switches a word off (docs/lexicons.md, "Cue lists"). Immutable once built.
 *
 * @param <G> the groups
 */
public final class WordGroups<G extends Enum<G>> {
    private final Map<G, Set<String>> words;

    private WordGroups(Map<G, Set<String>> words) {
        this.words = words;
    }

    public boolean has(G group, String word) {
        return words.get(group).contains(word.toLowerCase(Locale.ROOT));
    }

    public static <G extends Enum<G>> Builder<G> builder(Class<G> groups) {
        return new Builder<>(groups);
    }

    /** Reads built-in and user word lists in order; a later line wins over an earlier one for the same word. */
    public static final class Builder<G extends Enum<G>> {
        private final Class<G> groups;
        private final Map<G, Set<String>> words;

        private Builder(Class<G> groups) {
            this.groups = groups;
            this.words = new EnumMap<>(groups);
            for (G g : groups.getEnumConstants()) {
                words.put(g, new HashSet<>());
            }
        }

        /** A resource next to {@code owner}; a missing one is a packaging error. */
        public Builder<G> addResource(Class<?> owner, String resource) {
            try (InputStream in = owner.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                return add(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Builder<G> addTsv(Path file) throws IOException {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return add(r, file.toString());
            }
        }

        public Builder<G> add(Reader reader, String origin) throws IOException {
            for (DataLines.Line line : DataLines.read(reader, origin)) {
                String[] f = line.text().split("\t");
                if (f.length != 2 || f[1].isBlank()) {
                    throw line.error("expected group<TAB>word");
                }
                G group = group(line, f[0].strip());
                String word = f[1].strip().toLowerCase(Locale.ROOT);
                if (word.startsWith("-")) {
                    words.get(group).remove(word.substring(1));
                } else {
                    words.get(group).add(word);
                }
            }
            return this;
        }

        private G group(DataLines.Line line, String name) {
            for (G g : groups.getEnumConstants()) {
                if (g.name().equalsIgnoreCase(name)) {
                    return g;
                }
            }
            throw line.error("unknown group '" + name + "'; one of "
                    + Arrays.stream(groups.getEnumConstants()).map(g -> g.name().toLowerCase(Locale.ROOT)).toList());
        }

        public WordGroups<G> build() {
            Map<G, Set<String>> frozen = new EnumMap<>(groups);
            words.forEach((g, s) -> frozen.put(g, Set.copyOf(s)));
            return new WordGroups<>(frozen);
        }
    }
}
