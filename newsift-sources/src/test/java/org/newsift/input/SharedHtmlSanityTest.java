package org.newsift.input;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsift.model.Article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads real pages from the shared data (never copied into the repository); skipped when it is absent. */
class SharedHtmlSanityTest {

    @Test
    void readsRealGzippedPages() throws IOException {
        String shared = System.getProperty("newsift.shared");
        Assumptions.assumeTrue(shared != null, "newsift.shared not set");
        Path dir = Path.of(shared, "extraction", "html");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no shared HTML pages at " + dir);
        List<String> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().limit(5).map(Path::toString).toList();
        }
        Assumptions.assumeFalse(pages.isEmpty());
        try (Stream<InputItem> items = Inputs.read(pages, ReadOptions.defaults(), null)) {
            items.forEach(item -> {
                Article a = assertInstanceOf(InputItem.Read.class, item, item::toString).article();
                assertNotNull(a.title(), a.id());
                assertTrue(a.text().length() > 200, a.id() + " has little text: " + a.text());
            });
        }
    }
}
