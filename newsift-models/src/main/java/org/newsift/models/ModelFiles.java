package org.newsift.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the models' files are read from: a user's directory of trained models first, when the environment variable
 * {@value #ENV} names one, then the models that ship inside newsift-models (docs/models.md, "Your own models").
 * The user's directory mirrors the shipped layout under {@code org/newsift/models/}: {@code newsift train sentence}
 * writes {@code models/sentence/}, which is read for {@code /org/newsift/models/sentence/}. A file the directory
 * lacks is read from the shipped models.
 */
public final class ModelFiles {
    /** The environment variable that names the user's model directory. */
    public static final String ENV = "NEWSIFT_MODELS";
    private static final String SHIPPED = "org/newsift/models/";

    private ModelFiles() {
    }

    /**
     * Like {@link Class#getResourceAsStream}: {@code name} is absolute ("/org/newsift/models/...") or relative to
     * {@code owner}'s package; null when neither the user's directory nor the classpath has it.
     */
    public static InputStream open(Class<?> owner, String name) {
        Path user = userCopy(owner, name, System.getenv(ENV));
        try {
            return user != null && Files.isRegularFile(user) ? Files.newInputStream(user)
                    : owner.getResourceAsStream(name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + user, e);
        }
    }

    /** The path in {@code root} that stands for the shipped resource, or null without a root or outside the models. */
    static Path userCopy(Class<?> owner, String name, String root) {
        if (root == null || root.isBlank()) {
            return null;
        }
        String absolute = name.startsWith("/") ? name.substring(1)
                : owner.getPackageName().replace('.', '/') + "/" + name;
        return absolute.startsWith(SHIPPED) ? Path.of(root).resolve(absolute.substring(SHIPPED.length())) : null;
    }
}
