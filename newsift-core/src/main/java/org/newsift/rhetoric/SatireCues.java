package org.newsift.rhetoric;

import org.newsift.text.DataLines;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The phrases by which an article declares itself satire ({@code satire-cues.txt}, then the user's
 * {@code --satire-cues} files, where a line {@code -phrase} switches a phrase off). Immutable.
 */
public final class SatireCues {
    static final String RESOURCE = "satire-cues.txt";

    private final List<String> phrases;

    private SatireCues(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    private static final class Holder {
        static final SatireCues BUILT_IN = builder().build();
    }

    /** The built-in cues, loaded once. */
    public static SatireCues builtIn() {
        return Holder.BUILT_IN;
    }

    /** A builder holding the built-in cues; add the user's files to it. */
    public static Builder builder() {
        Builder b = new Builder();
        try (InputStream in = SatireCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + ": resource not found");
            }
            return b.add(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the lower-cased text contains one of the phrases. */
    boolean foundIn(String lowerCaseText) {
        return phrases.stream().anyMatch(lowerCaseText::contains);
    }

    /** Phrases in reading order; a later file adds phrases or switches earlier ones off. */
    public static final class Builder {
        private final Set<String> phrases = new LinkedHashSet<>();

        private Builder() {
        }

        public Builder addFile(Path file) throws IOException {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return add(r, file.toString());
            }
        }

        public Builder add(Reader reader, String origin) throws IOException {
            for (DataLines.Line line : DataLines.read(reader, origin)) {
                String phrase = line.text().strip().toLowerCase(Locale.ROOT);
                if (phrase.startsWith("-")) {
                    phrases.remove(phrase.substring(1).strip());
                } else {
                    phrases.add(phrase);
                }
            }
            return this;
        }

        public SatireCues build() {
            return new SatireCues(List.copyOf(phrases));
        }
    }
}
