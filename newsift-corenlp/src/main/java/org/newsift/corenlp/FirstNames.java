package org.newsift.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The gender of a person's first name, from the name list CoreNLP's coreference ships in its models jar
 * ({@code namegender.combine.txt}, about 14,600 first names marked MALE, FEMALE or NEUTRAL), so that "she"
 * can find Chelsea rather than Bill. A name the list marks neutral, or lacks, has no gender.
 */
final class FirstNames {
    static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    static final FirstNames GENDERS = load();

    private final Map<String, String> genders;

    private FirstNames(Map<String, String> genders) {
        this.genders = Map.copyOf(genders);
    }

    /** "female", "male", or null. */
    String of(String firstName) {
        return genders.get(firstName.toLowerCase(Locale.ROOT));
    }

    private static FirstNames load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = FirstNames.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("CoreNLP's models jar lacks " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                if (f.length == 2 && (f[1].equals("MALE") || f[1].equals("FEMALE"))) {
                    out.put(f[0].toLowerCase(Locale.ROOT), f[1].toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FirstNames(out);
    }
}
