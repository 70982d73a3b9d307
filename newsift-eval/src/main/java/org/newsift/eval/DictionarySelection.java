package org.newsift.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A temporary directory of links to some of a folder's dictionaries. PETRARCH's unit-test folder also
 * holds the Phoenix dictionaries and the CAMEO verbs, and newsift loads every dictionary of a folder,
 * so the unit tests get a folder with only the validation files in it.
 */
final class DictionarySelection implements AutoCloseable {
    private final Path dir;

    private DictionarySelection(Path dir) {
        this.dir = dir;
    }

    static DictionarySelection of(Path folder, List<String> files) throws IOException {
        Path dir = Files.createTempDirectory("newsift-dictionaries");
        for (String f : files) {
            Files.createSymbolicLink(dir.resolve(f), folder.resolve(f).toAbsolutePath());
        }
        return new DictionarySelection(dir);
    }

    Path dir() {
        return dir;
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }
}
