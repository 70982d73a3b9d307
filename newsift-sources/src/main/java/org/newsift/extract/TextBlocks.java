package org.newsift.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Cuts a DOM subtree into text blocks the way a browser lays it out: every block-level element (and
 * {@code <br>}) starts a new block, inline elements join their text to the current one.
 */
final class TextBlocks {
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
            "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "br", "caption", "option");

    /**
     * One block of text.
     *
     * @param owner     the innermost block-level element holding the text
     * @param text      its text, whitespace collapsed
     * @param linkChars how many of its characters are link text
     */
    record Block(Element owner, String text, int linkChars) {
        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }

        boolean isHeading() {
            return owner.nameIs("h1") || owner.nameIs("h2") || owner.nameIs("h3") || owner.nameIs("h4")
                    || owner.nameIs("h5") || owner.nameIs("h6");
        }
    }

    private TextBlocks() {
    }

    static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    /** The non-empty blocks under {@code root}, in document order. */
    static List<Block> of(Element root) {
        Collector c = new Collector();
        c.open.push(root); // text directly under an inline root still belongs to it
        NodeTraversor.traverse(c, root);
        c.flush();
        return c.blocks;
    }

    private static final class Collector implements NodeVisitor {
        private final List<Block> blocks = new ArrayList<>();
        private final Deque<Element> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int inLink;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                text.append(s);
                if (inLink > 0) {
                    String visible = Markup.clean(s);
                    linkChars += visible == null ? 0 : visible.length();
                }
            } else if (node instanceof Element e) {
                if (e.nameIs("a")) {
                    inLink++;
                }
                if (isBlock(e)) {
                    flush();
                    open.push(e);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (e.nameIs("a")) {
                    inLink--;
                }
                if (isBlock(e)) {
                    flush();
                    open.pop();
                }
            }
        }

        void flush() {
            String s = Markup.clean(text.toString());
            if (s != null && !open.isEmpty()) {
                blocks.add(new Block(open.peek(), s, Math.min(linkChars, s.length())));
            }
            text.setLength(0);
            linkChars = 0;
        }
    }
}
