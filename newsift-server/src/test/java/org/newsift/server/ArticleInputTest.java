package org.newsift.server;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Request bodies built to break an analysis (issue 14); the texts were written for the newsift project. */
class ArticleInputTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aLoneSurrogateEscapeBecomesAReplacementCharacter() {
        var a = ArticleInput.read("application/json", utf8("{\"id\":\"x\\udc00\",\"text\":\"Talks \\ud800 resumed.\"}"));
        assertEquals("Talks \ufffd resumed.", a.text());
        assertEquals("x\ufffd", a.id());
    }

    @Test
    void aTextOfOnlyInvisibleSpacesHasNoText() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ArticleInput.read("text/plain", utf8("\u00a0\u200b\u2060\u202f")));
        assertEquals("the article has no text", e.getMessage());
    }

    @Test
    void anHtmlBombIsRefusedBeforeParsing() {
        String bomb = "<html><body>" + "<div>".repeat(5_000) + "x" + "</div>".repeat(5_000) + "</body></html>";
        var e = assertThrows(IllegalArgumentException.class, () -> ArticleInput.read("text/html", utf8(bomb)));
        assertTrue(e.getMessage().contains("nested more than"), e.getMessage());
    }
}
