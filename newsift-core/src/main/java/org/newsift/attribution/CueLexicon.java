package org.newsift.attribution;

import org.newsift.text.DataLines;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words that introduce reported speech or belief: verbs of speech and writing ("said", "accused",
 * "warned"), verbs of stated belief or published findings that report only the clause they state ("believes
 * that ...", "the survey found that ..."), and nouns
 * ("the minister's statement that ..."). The built-in list is a TSV resource written for the project
 * ({@code cues.tsv}, docs/attribution.md); user files given with {@code --cues} are read after it, so
 * they add cues or switch built-in ones off, lemma by lemma. A lemma may be both a verb and a noun cue
 * ("claimed that ...", "the claim that ..."). Immutable once built.
 */
public final class CueLexicon {
    /** The built-in cue list, next to this class. */
    public static final String RESOURCE = "cues.tsv";

    /** What a cue lemma is. */
    public enum Kind { VERB, CLAUSE, NOUN, OFF }

    private final Set<String> verbs;
    private final Set<String> clauseOnly;
    private final Set<String> nouns;

    private CueLexicon(Set<String> verbs, Set<String> clauseOnly, Set<String> nouns) {
        this.verbs = Set.copyOf(verbs);
        this.clauseOnly = Set.copyOf(clauseOnly);
        this.nouns = Set.copyOf(nouns);
    }

    private static final class Holder {
        static final CueLexicon BUILT_IN;

        static {
            try {
                BUILT_IN = builder().addBuiltIn().build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The built-in cues, loaded once. */
    public static CueLexicon builtIn() {
        return Holder.BUILT_IN;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** True when the lemma is a speech or belief verb. */
    public boolean isVerb(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        return verbs.contains(l) || clauseOnly.contains(l);
    }

    /** True when the lemma is a cue only with the clause it states ("believes that", "found that"), never with a quotation. */
    public boolean needsClause(String lemma) {
        return clauseOnly.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True when the lemma is a noun that introduces what someone said ("statement", "claim"). */
    public boolean isNoun(String lemma) {
        return nouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Reads cue files; an {@code off} entry removes what earlier entries said of its lemma. */
    public static final class Builder {
        private final Set<String> verbs = new HashSet<>();
        private final Set<String> clauseOnly = new HashSet<>();
        private final Set<String> nouns = new HashSet<>();

        public Builder addBuiltIn() throws IOException {
            try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("missing resource " + RESOURCE);
                }
                return addTsv(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            }
        }

        public Builder addTsv(Path file) throws IOException {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return addTsv(r, file.getFileName().toString());
            }
        }

        /** Lines {@code kind<TAB>lemma}; kind is verb, clause, noun or off. */
        public Builder addTsv(Reader in, String origin) throws IOException {
            for (DataLines.Line line : DataLines.read(in, origin)) {
                String[] f = line.text().split("\t");
                if (f.length != 2 || f[1].isBlank()) {
                    throw line.error("expected kind<TAB>lemma, got " + f.length + " field(s)");
                }
                Kind kind;
                try {
                    kind = Kind.valueOf(f[0].strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw line.error("unknown cue kind '" + f[0] + "' (verb, clause, noun or off)");
                }
                String lemma = f[1].strip().toLowerCase(Locale.ROOT);
                switch (kind) {
                    case VERB -> {
                        verbs.add(lemma);
                        clauseOnly.remove(lemma);
                    }
                    case CLAUSE -> {
                        clauseOnly.add(lemma);
                        verbs.remove(lemma);
                    }
                    case NOUN -> nouns.add(lemma);
                    case OFF -> {
                        verbs.remove(lemma);
                        clauseOnly.remove(lemma);
                        nouns.remove(lemma);
                    }
                }
            }
            return this;
        }

        public CueLexicon build() {
            return new CueLexicon(verbs, clauseOnly, nouns);
        }
    }
}
