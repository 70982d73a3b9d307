package org.newsift.sources;

import org.newsift.extract.MarkupGuard;
import org.junit.jupiter.api.Test;
import org.newsift.input.InputError;
import org.newsift.input.InputItem;
import org.newsift.input.ReadOptions;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Limits against huge pages and markup bombs, and how web pages are decoded. */
class PageLimitsTest {
    private final SourceStats stats = new SourceStats();

    private InputItem read(ReadOptions opts, String html) {
        return new PageReader(opts, stats).read(PageReader.Origin.of("https://news.example/p", "test"),
                html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }

    private static String message(InputItem item) {
        return assertInstanceOf(InputError.class, item, item::toString).message();
    }

    @Test
    void aPageOverTheHtmlCharacterLimitIsRejectedBeforeParsing() {
        String html = "<html><body><p>" + "Ships waited. ".repeat(200) + "</p></body></html>";
        ReadOptions small = ReadOptions.defaults().withMaxChars(100); // HTML may have 1,000
        assertTrue(message(read(small, html)).startsWith("HTML is longer than the limit of 1000 characters"));
        assertEquals(1, stats.tooLarge());
    }

    @Test
    void extractedTextOverMaxCharsIsRejected() {
        String html = "<html><body><p>" + "Ships waited. ".repeat(20) + "</p></body></html>"; // 280 chars of text
        assertTrue(message(read(ReadOptions.defaults().withMaxChars(200), html)).startsWith("text is 27"));
    }

    @Test
    void deeplyNestedMarkupIsRefused() {
        String bomb = "<html><body>" + "<div>".repeat(5000) + "<p>Deep text.</p>" + "</div>".repeat(5000) + "</body></html>";
        assertTrue(message(read(ReadOptions.defaults(), bomb)).contains("nested more than 1000"));
        assertEquals(1, stats.tooLarge());
    }

    @Test
    void tooManyElementsAreRefused() {
        String bomb = "<html><body><p>Text.</p>" + "<br>".repeat(MarkupGuard.MAX_ELEMENTS) + "</body></html>";
        assertTrue(message(read(ReadOptions.defaults(), bomb)).contains("more than 100000 elements"));
    }

    @Test
    void ordinaryPagesPassTheGuard() {
        // unclosed <p> and <li>, void elements, scripts full of '<', closed nesting that goes deep and comes back
        String page = "<html><head><script>if (a < b && c<d) { x = '<div>'; }</script></head><body>"
                + "<ul><li>one<li>two</ul>" + "<p>para<br><img src=x>".repeat(3000)
                + "<div><span>x</span></div>".repeat(3000) + "<!-- <div><div> -->"
                + "<section>".repeat(900) + "</section>".repeat(900) + "<section>".repeat(900) + "</section>".repeat(900)
                + "</body></html>";
        assertNull(MarkupGuard.checkHtml(page));
    }

    @Test
    void declaredAndUndeclaredCharsetsAreDecoded() {
        String text = "Caf\u00e9 \u00fcber na\u00efve";
        byte[] latin = ("<html><body><p>" + text + "</p></body></html>").getBytes(Charset.forName("windows-1252"));
        assertEquals("<html><body><p>" + text + "</p></body></html>", PageReader.decode(latin, null),
                "undeclared and not UTF-8: windows-1252");
        byte[] meta = ("<html><head><meta charset=\"ISO-8859-1\"></head><body>" + text + "</body></html>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(PageReader.decode(meta, "text/html").contains(text));
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(text, PageReader.decode(utf8, "text/html; charset=\"UTF-8\""));
        assertEquals(text, PageReader.decode(utf8, "text/html; charset=no-such-charset"));
    }
}
