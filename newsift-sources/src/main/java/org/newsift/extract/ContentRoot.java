package org.newsift.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Picks the element that holds the article: the one whose subtree has the most text in prose-like
 * blocks (long, few links, with punctuation) minus the text in navigation-like blocks (short or
 * link-dense), weighted by what its tag, class and id say.
 */
final class ContentRoot {
    /** Shorter blocks count as navigation-like unless they end a sentence. */
    private static final int MIN_PROSE_CHARS = 80;
    private static final double MAX_PROSE_LINK_DENSITY = 0.5;
    /** Short unlinked text (labels, dates, headings) counts against a root, but less than links do. */
    private static final double SHORT_TEXT_WEIGHT = 0.25;
    /**
     * Prose counts for its block's first few ancestors only, so the root is where paragraphs concentrate,
     * not a page-wide wrapper that also holds the teasers of other articles.
     */
    private static final int MAX_LEVELS = 3;
    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|main|post|story|text|blog");
    private static final Pattern NEGATIVE = Pattern.compile("comment|footer|sidebar|related|share|promo|teaser|nav|menu");

    /** A sibling with this share of the root's prose may continue the article (measured: 0.0 to 0.15 score alike). */
    private static final double MIN_SIBLING_PROSE_SHARE = 0.1;
    private static final double MAX_SIBLING_LINK_DENSITY = 0.25;
    private static final double MIN_SIBLING_PROSE_DENSITY = 0.6;

    private ContentRoot() {
    }

    /**
     * The root and those of its siblings that read as more of the same article: prose-like, few links.
     * Sites split a story around an inline ad or a video into sibling containers.
     */
    static List<Element> withSiblings(Element root) {
        if (root.parent() == null) {
            return List.of(root);
        }
        double rootProse = proseChars(TextBlocks.of(root));
        List<Element> parts = new ArrayList<>();
        for (Element sibling : root.parent().children()) {
            if (sibling == root || continuesArticle(TextBlocks.of(sibling), rootProse)) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    private static boolean continuesArticle(List<TextBlocks.Block> blocks, double rootProse) {
        double all = blocks.stream().mapToDouble(b -> b.text().length()).sum();
        double links = blocks.stream().mapToDouble(TextBlocks.Block::linkChars).sum();
        double prose = proseChars(blocks);
        return all > 0 && prose >= MIN_SIBLING_PROSE_SHARE * rootProse && links < MAX_SIBLING_LINK_DENSITY * all
                && prose > MIN_SIBLING_PROSE_DENSITY * all;
    }

    /** Characters outside links in the prose blocks. */
    private static double proseChars(List<TextBlocks.Block> blocks) {
        return blocks.stream().filter(ContentRoot::isProse).mapToDouble(b -> b.text().length() - b.linkChars()).sum();
    }

    /** True for a block that reads like running text. */
    static boolean isProse(TextBlocks.Block b) {
        if (b.linkDensity() > MAX_PROSE_LINK_DENSITY || b.isHeading()) {
            return false;
        }
        String t = b.text();
        return t.length() >= MIN_PROSE_CHARS || (t.length() >= 30 && endsSentence(t));
    }

    static boolean endsSentence(String t) {
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201d' || last == ':'
                || last == '\u3002';
    }

    /** The best root under {@code body}, or {@code body} itself when no block reads like prose. */
    static Element find(Element body, List<TextBlocks.Block> blocks) {
        Map<Element, double[]> score = new IdentityHashMap<>(); // {prose chars, link and other chars}
        List<Element> order = new ArrayList<>(); // first seen first, so that ties are broken the same way every run
        for (TextBlocks.Block b : blocks) {
            boolean prose = isProse(b);
            double plain = b.text().length() - b.linkChars();
            double good = prose ? plain : 0;
            double bad = prose ? 0 : b.linkChars() + SHORT_TEXT_WEIGHT * plain;
            int level = 0;
            for (Element e = b.owner(); e != null; e = e.parent(), level++) {
                double[] s = score.computeIfAbsent(e, k -> {
                    order.add(k);
                    return new double[2];
                });
                s[0] += level <= MAX_LEVELS ? good : 0;
                s[1] += bad;
                if (e == body) {
                    break;
                }
            }
        }
        Element best = body;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Element e : order) {
            double[] s = score.get(e);
            if (s[0] == 0) {
                continue;
            }
            double value = (s[0] - s[1]) * hint(e);
            if (value > bestScore) {
                best = e;
                bestScore = value;
            }
        }
        return best;
    }

    /** A weight from the element's tag, class and id: above 1 for names of article containers. */
    private static double hint(Element e) {
        if (e.nameIs("article") || e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return 1.3;
        }
        String name = Markup.classAndId(e);
        double w = 1.0;
        if (POSITIVE.matcher(name).find()) {
            w *= 1.15;
        }
        if (NEGATIVE.matcher(name).find()) {
            w *= 0.7;
        }
        return w;
    }
}
