package org.newsift.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsift.extract.ArticleExtractor;
import org.newsift.extract.ExtractedArticle;
import org.newsift.model.Article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fixtures in this file were written for the newsift project. */
class InputsTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(null);
    @TempDir
    Path dir;

    private static List<InputItem> read(ReadOptions opts, InputStream stdin, String... args) {
        try (Stream<InputItem> s = Inputs.read(List.of(args), opts, stdin)) {
            return s.toList();
        }
    }

    private static List<InputItem> read(String... args) {
        return read(ReadOptions.defaults(), null, args);
    }

    private static Article article(InputItem item) {
        return assertInstanceOf(InputItem.Read.class, item, () -> "expected an article, got " + item).article();
    }

    private static InputError error(InputItem item) {
        return assertInstanceOf(InputError.class, item, () -> "expected an error, got " + item);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    // ---- plain text ----

    @Test
    void plainTextIsVerbatimWithCrlfAndEmoji() throws IOException {
        String text = "Harbour reopens \uD83D\uDEA2\r\n\r\n  The port of Lindvik reopened on Monday.  \r\nTrucks queued.\t\r\n\r\n";
        Path p = write("a.txt", text);
        List<InputItem> items = read(p.toString());
        assertEquals(1, items.size());
        Article a = article(items.get(0));
        assertEquals(text, a.text());
        assertEquals(p.toString(), a.id());
        assertEquals("Harbour reopens \uD83D\uDEA2", a.title());
        assertNull(a.published());
    }

    @Test
    void titleNeedsBlankLineAfterFirstLine() {
        assertEquals("Title", PlainText.title("Title\n\nBody."));
        assertEquals("Title", PlainText.title("  Title \r\n \t\r\nBody."));
        assertNull(PlainText.title("First line\nsecond line\n\nBody."));
        assertNull(PlainText.title("Only one line"));
        assertNull(PlainText.title("Only one line\n"));
        assertNull(PlainText.title("\n\nBody after blank lines."));
        assertNull(PlainText.title("x".repeat(PlainText.MAX_TITLE_CHARS + 1) + "\n\nBody."));
    }

    @Test
    void leadingBomIsStrippedAndNothingElse() throws IOException {
        byte[] body = " Text with a leading space.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Path p = write("bom.txt", bytes);
        assertEquals(" Text with a leading space.\n", article(read(p.toString()).get(0)).text());
    }

    @Test
    void stdinIsSniffedAndNamedStdin() {
        byte[] text = "A short note written for the tests.".getBytes(StandardCharsets.UTF_8);
        Article a = article(read(ReadOptions.defaults(), new ByteArrayInputStream(text), "-").get(0));
        assertEquals("stdin", a.id());
        assertEquals("A short note written for the tests.", a.text());

        byte[] jsonl = "{\"id\":\"x1\",\"text\":\"One.\"}\n{\"id\":\"x2\",\"text\":\"Two.\"}\n".getBytes(StandardCharsets.UTF_8);
        List<InputItem> items = read(ReadOptions.defaults(), new ByteArrayInputStream(jsonl), "-");
        assertEquals(List.of("x1", "x2"), items.stream().map(InputItem::id).toList());
        assertEquals("stdin:2", items.get(1).source());
    }

    @Test
    void publishedFallbackAppliesWhenInputHasNone() throws IOException {
        Path p = write("t.txt", "Some text.");
        Article a = article(read(ReadOptions.defaults().withPublishedFallback("2024-03-01"), null, p.toString()).get(0));
        assertEquals("2024-03-01", a.published());
    }

    @Test
    void publishedValidator() {
        assertEquals("2024-03-01", ReadOptions.validatePublished(" 2024-03-01 "));
        assertEquals("2024-03-01T12:00:00Z", ReadOptions.validatePublished("2024-03-01T12:00:00Z"));
        assertEquals("2024-03-01T12:00", ReadOptions.validatePublished("2024-03-01T12:00"));
        assertEquals("2024-03-01T12:00:00+01:00", ReadOptions.validatePublished("2024-03-01T12:00:00+01:00"));
        for (String bad : new String[] {"", "yesterday", "01/03/2024", "2024-13-01", "2024-02-30"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ReadOptions.validatePublished(bad));
            assertTrue(e.getMessage().startsWith("--published must be an ISO date (yyyy-MM-dd)"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> ReadOptions.defaults().withPublishedFallback("soon"));
    }

    @Test
    void formatAndCharsetParsing() {
        assertEquals(InputFormat.JSONL, InputFormat.parse("JSONL"));
        assertEquals("unknown input format 'xml' (expected auto, text, html or jsonl)",
                assertThrows(IllegalArgumentException.class, () -> InputFormat.parse("xml")).getMessage());
        assertEquals(StandardCharsets.ISO_8859_1, ReadOptions.parseCharset("iso-8859-1"));
        assertThrows(IllegalArgumentException.class, () -> ReadOptions.parseCharset("no-such-charset"));
        assertThrows(IllegalArgumentException.class, () -> ReadOptions.defaults().withMaxChars(0));
    }

    // ---- detection ----

    @Test
    void detectionByExtensionThenContent() {
        byte[] html = "  <!DOCTYPE html><html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] json = "\n\n{\"id\": \"a\", \"text\": \"b\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] text = "<not a tag> just text".getBytes(StandardCharsets.UTF_8);
        byte[] braces = "{curly} prose, not JSON\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(InputFormat.HTML, Inputs.detect(null, html, null));
        assertEquals(InputFormat.JSONL, Inputs.detect(null, json, null));
        assertEquals(InputFormat.TEXT, Inputs.detect(null, text, null));
        assertEquals(InputFormat.TEXT, Inputs.detect(null, braces, null));
        assertEquals(InputFormat.TEXT, Inputs.detect("page.TXT", html, null));
        assertEquals(InputFormat.HTML, Inputs.detect("page.htm", text, null));
        assertEquals(InputFormat.HTML, Inputs.detect("page.html.gz", text, null));
        assertEquals(InputFormat.JSONL, Inputs.detect("batch.ndjson", text, null));
        assertEquals(InputFormat.HTML, Inputs.detect("noext", html, null));
    }

    @Test
    void explicitFormatOverridesExtension() throws IOException {
        Path p = write("page.html", "<html><body><p>Para.</p></body></html>");
        Article a = article(read(ReadOptions.defaults().withFormat(InputFormat.TEXT), null, p.toString()).get(0));
        assertEquals("<html><body><p>Para.</p></body></html>", a.text());
    }

    // ---- HTML ----

    static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
            <title>Bridge opens early - The Example Herald</title>
            <meta property="og:title" content="Bridge opens early">
            <meta property="article:published_time" content="2023-05-04T08:30:00+02:00">
            <link rel="canonical" href="https://news.example.org/bridge">
            <script>var tracking = "not text";</script>
            </head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article>
              <h1>Bridge opens early</h1>
              <p>The new bridge over the Vessa opened two weeks ahead of schedule.</p>
              <p>Officials said   traffic would <b>flow freely</b> by evening.</p>
              <aside><p>Related: other bridges</p></aside>
              <h2>Cost</h2>
              <p>The project cost 40 million.</p>
            </article>
            <footer><p>Copyright The Example Herald</p></footer>
            </body></html>
            """;

    @Test
    void htmlTitleBodyDateAndUrl() throws IOException {
        Path p = write("bridge.html", PAGE);
        Article a = article(read(p.toString()).get(0));
        assertEquals("Bridge opens early", a.title());
        assertEquals("2023-05-04T08:30:00+02:00", a.published());
        assertEquals("https://news.example.org/bridge", a.url());
        assertEquals("""
                Bridge opens early

                The new bridge over the Vessa opened two weeks ahead of schedule.

                Officials said traffic would flow freely by evening.

                Cost

                The project cost 40 million.""", a.text());
    }

    @Test
    void htmlWithoutArticleUsesMainParagraphsAndOtherDateSources() {
        String html = """
                <html><head><title>Rain expected</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
                "datePublished":"2022-11-30"}]}</script></head>
                <body><div class="menu"><p>Menu</p></div>
                <div class="story"><p>Rain is expected all week.</p><p>Rivers may rise.</p></div></body></html>""";
        ExtractedArticle x = EXTRACTOR.extract(html, null);
        assertEquals("Rain expected", x.title());
        assertEquals("2022-11-30", x.published());
        assertNull(x.url());
        assertEquals("Rain expected\n\nRain is expected all week.\n\nRivers may rise.", x.titledText());

        ExtractedArticle t = EXTRACTOR.extract(
                "<html><body><h1>Head</h1><p>Body text. <time datetime=\"2021-02-03T04:05:06Z\">then</time></p></body></html>",
                null);
        assertEquals("Head", t.title());
        assertEquals("2021-02-03T04:05:06Z", t.published());
    }

    @Test
    void htmlGzipByMagicBytes() throws IOException {
        Path p = dir.resolve("bridge.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Path noExt = dir.resolve("bridge-gz");
        Files.copy(p, noExt);
        for (Path f : List.of(p, noExt)) {
            Article a = article(read(f.toString()).get(0));
            assertEquals("Bridge opens early", a.title());
        }
    }

    @Test
    void htmlWithoutTextIsAnError() throws IOException {
        Path p = write("empty.html", "<html><head></head><body><script>x()</script></body></html>");
        assertEquals("no article text found in the HTML", error(read(p.toString()).get(0)).message());
    }

    @Test
    void htmlDeclaredCharsetIsUsedWhenUtf8DoesNotFit() throws IOException {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head>"
                + "<body><p>Un caf\u00e9 cr\u00e8me.</p></body></html>";
        Path p = write("latin.html", html.getBytes(StandardCharsets.ISO_8859_1));
        Article a = article(read(p.toString()).get(0));
        assertEquals("Caf\u00e9\n\nUn caf\u00e9 cr\u00e8me.", a.text());
    }

    // ---- JSONL ----

    @Test
    void jsonlGoodAndBadLinesKeepOrder() throws IOException {
        String jsonl = String.join("\n",
                "{\"id\":\"a\",\"text\":\"First text.\",\"title\":\"T\",\"published\":\"2020-01-02\",\"url\":\"https://x.example/a\"}",
                "",
                "{\"id\":\"b\",\"text\":",
                "{\"id\":\"c\"}",
                "{\"text\":\"No id here.\"}",
                "   ",
                "{\"id\":\"e\",\"text\":42}",
                "[1,2]",
                "{\"id\":\"g\",\"text\":\"\"}",
                "{\"id\":\"h\",\"text\":\"Bad date.\",\"published\":\"last week\"}",
                "{\"id\":\"i\",\"text\":\"Last.\\r\\nLine two.\"}\r",
                "");
        Path p = write("batch.jsonl", jsonl);
        List<InputItem> items = read(ReadOptions.defaults().withPublishedFallback("2024-06-01"), null, p.toString());
        String f = p.toString();
        assertEquals(List.of("a", f + ":3", "c", f + ":5", "e", f + ":8", "g", "h", "i"),
                items.stream().map(InputItem::id).toList());

        Article a = article(items.get(0));
        assertEquals(new Article("a", "T", "https://x.example/a", "2020-01-02", "First text."), a);
        assertEquals(f + ":1", items.get(0).source());
        assertTrue(error(items.get(1)).message().startsWith("invalid JSON: "), items.get(1).toString());
        assertEquals("missing \"text\"", error(items.get(2)).message());
        assertEquals(f + ":4", items.get(2).source());
        Article noId = article(items.get(3));
        assertEquals("No id here.", noId.text());
        assertEquals("2024-06-01", noId.published());
        assertEquals("\"text\" must be a string", error(items.get(4)).message());
        assertEquals("line is not a JSON object", error(items.get(5)).message());
        assertEquals("empty text", error(items.get(6)).message());
        assertTrue(error(items.get(7)).message().startsWith("\"published\" must be an ISO date"));
        assertEquals("Last.\r\nLine two.", article(items.get(8)).text());
        items.forEach(i -> assertFalse(i instanceof InputError e && e.message().contains("\n")));
    }

    @Test
    void jsonlTooLargeTextAndInvalidUtf8LineGoOn() throws IOException {
        byte[] good = "{\"id\":\"ok\",\"text\":\"fine\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"id\":\"bad\",\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] big = ("{\"id\":\"big\",\"text\":\"" + "x".repeat(50) + "\"}\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[good.length + bad.length + big.length + good.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        System.arraycopy(big, 0, all, good.length + bad.length, big.length);
        System.arraycopy(good, 0, all, good.length + bad.length + big.length, good.length);
        Path p = write("mixed.jsonl", all);
        List<InputItem> items = read(ReadOptions.defaults().withMaxChars(20), null, p.toString());
        assertEquals(4, items.size());
        article(items.get(0));
        int offset = good.length + "{\"id\":\"bad\",\"text\":\"caf".length();
        assertTrue(error(items.get(1)).message().startsWith("invalid UTF-8 at byte " + offset + " "),
                items.get(1).toString());
        assertEquals("text is 50 characters, above the limit of 20 (raise it with --max-chars)",
                error(items.get(2)).message());
        assertEquals("big", items.get(2).id());
        article(items.get(3));
    }

    @Test
    void jsonlStreamsManyLines() throws IOException {
        Path p = dir.resolve("many.jsonl");
        try (var w = Files.newBufferedWriter(p)) {
            for (int i = 0; i < 100_000; i++) {
                w.write("{\"id\":\"n" + i + "\",\"text\":\"Line number " + i + ".\"}\n");
            }
        }
        try (Inputs.Batch b = Inputs.open(List.of(p.toString()), ReadOptions.defaults(), null)) {
            int n = 0;
            while (b.hasNext()) {
                InputItem item = b.next();
                assertEquals("n" + n, item.id());
                n++;
            }
            assertEquals(100_000, n);
        }
    }

    @Test
    void jsonlWithOnlyBlankLines() throws IOException {
        Path p = write("blank.jsonl", "\n  \n\n");
        assertEquals("empty input (no JSON lines)", error(read(p.toString()).get(0)).message());
    }

    // ---- directories and files ----

    @Test
    void directoryIsReadRecursivelyInSortedOrderSkippingHidden() throws IOException {
        write("d/b.txt", "B text.");
        write("d/a/z.txt", "AZ text.");
        write("d/a/c.jsonl", "{\"id\":\"c1\",\"text\":\"C one.\"}\n{\"id\":\"c2\",\"text\":\"C two.\"}\n");
        write("d/.hidden.txt", "Hidden.");
        write("d/.git/config", "Hidden dir.");
        write("d/c.html", "<html><body><p>C page.</p></body></html>");
        Path d = dir.resolve("d");
        List<String> ids = read(d.toString(), d.resolve("b.txt").toString()).stream().map(InputItem::id).toList();
        assertEquals(List.of("c1", "c2", d.resolve("a/z.txt").toString(), d.resolve("b.txt").toString(),
                d.resolve("c.html").toString(), d.resolve("b.txt").toString()), ids);
    }

    @Test
    void missingAndEmptyInputsAreErrorsAndTheBatchGoesOn() throws IOException {
        Path empty = write("empty.txt", "");
        Path blank = write("blank.txt", " \r\n\t\n");
        Path ok = write("ok.txt", "Fine.");
        Path emptyDir = Files.createDirectory(dir.resolve("nothing"));
        String missing = dir.resolve("missing.txt").toString();
        List<InputItem> items = read(missing, empty.toString(), blank.toString(), emptyDir.toString(), ok.toString());
        assertEquals("no such file or directory", error(items.get(0)).message());
        assertEquals(missing, items.get(0).id());
        assertEquals("empty input", error(items.get(1)).message());
        assertEquals("input is only whitespace", error(items.get(2)).message());
        assertEquals("directory has no input files", error(items.get(3)).message());
        assertEquals("Fine.", article(items.get(4)).text());
    }

    @Test
    void unreadableFile() throws IOException {
        Path p = write("secret.txt", "Secret.");
        p.toFile().setReadable(false, false);
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(p), "running with rights to read anything");
        assertEquals("cannot read file: permission denied", error(read(p.toString()).get(0)).message());
    }

    @Test
    void binaryFile() throws IOException {
        byte[] withNul = "Looks like text\0but is not".getBytes(StandardCharsets.US_ASCII);
        byte[] controls = new byte[1000];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 5 == 0 ? 0x01 : 'a');
        }
        Path a = write("a.txt", withNul);
        Path b = write("b.jsonl", controls);
        for (InputItem item : read(a.toString(), b.toString())) {
            assertEquals("binary file, not text", error(item).message());
        }
    }

    @Test
    void invalidUtf8GivesByteOffsetAndCharsetOptionReadsIt() throws IOException {
        byte[] latin = "Gr\u00fc\u00dfe aus K\u00f6ln.".getBytes(StandardCharsets.ISO_8859_1);
        Path p = write("latin.txt", latin);
        InputError e = error(read(p.toString()).get(0));
        assertEquals("invalid UTF-8 at byte 2 (if the file uses another encoding, pass it with --charset,"
                + " e.g. --charset ISO-8859-1)", e.message());
        Article a = article(read(ReadOptions.defaults().withCharset(StandardCharsets.ISO_8859_1), null,
                p.toString()).get(0));
        assertEquals("Gr\u00fc\u00dfe aus K\u00f6ln.", a.text());

        Path truncated = write("trunc.txt", new byte[] {'a', 'b', (byte) 0xE2, (byte) 0x82});
        assertTrue(error(read(truncated.toString()).get(0)).message().startsWith("invalid UTF-8 at byte 2 "));
    }

    @Test
    void textAboveLimit() throws IOException {
        Path p = write("long.txt", "\uD83D\uDE00".repeat(11)); // 11 code points, 22 UTF-16 chars, 44 bytes
        ReadOptions ten = ReadOptions.defaults().withMaxChars(10);
        assertEquals("file is 44 bytes, too large for the limit of 10 characters (raise it with --max-chars)",
                error(read(ten, null, p.toString()).get(0)).message());
        Path ascii = write("ascii.txt", "abcdefghijk"); // 11 bytes pass the size check, the decoder stops it
        assertEquals("text is longer than the limit of 10 characters (raise it with --max-chars)",
                error(read(ten, null, ascii.toString()).get(0)).message());
        assertEquals(22, article(read(ten.withMaxChars(11), null, p.toString()).get(0)).text().length());
    }

    @Test
    void twentyMegabyteFileIsRejectedQuickly() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            byte[] line = "All work and no play makes a long file.\n".getBytes(StandardCharsets.US_ASCII);
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < block.length; i++) {
                block[i] = line[i % line.length];
            }
            for (int i = 0; i < 20; i++) {
                f.write(block);
            }
        }
        Path gz = dir.resolve("big.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(big, out);
        }
        List<InputItem> items = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> read(big.toString(), gz.toString()));
        assertEquals("file is 20971520 bytes, too large for the limit of 1000000 characters (raise it with"
                + " --max-chars)", error(items.get(0)).message());
        // gzip hides the size: the decoder stops once it passes the limit
        assertEquals("text is longer than the limit of 1000000 characters (raise it with --max-chars)",
                error(items.get(1)).message());
    }

    @Test
    void stdinIsNotClosed() {
        var closed = new boolean[1];
        var in = new ByteArrayInputStream("Text.".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        article(read(ReadOptions.defaults(), in, "-").get(0));
        assertFalse(closed[0]);
    }
}
