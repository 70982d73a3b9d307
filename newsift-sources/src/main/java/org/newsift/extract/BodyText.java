package org.newsift.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** Turns the article's elements into paragraphs: its blocks, less the ones that are not article text. */
final class BodyText {
    /** A block with more link text than this is a list of links, not a paragraph. */
    private static final double MAX_LINK_DENSITY = 0.5;

    private BodyText() {
    }

    /** The kept blocks of the article's elements, in order, separated by blank lines. */
    static String of(List<Element> parts, String title) {
        List<String> kept = new ArrayList<>();
        for (Element part : parts) {
            for (TextBlocks.Block b : TextBlocks.of(part)) {
                if (keep(b, title)) {
                    kept.add(b.text());
                }
            }
        }
        return String.join("\n\n", kept);
    }

    private static boolean keep(TextBlocks.Block b, String title) {
        if (b.owner().nameIs("h1") || b.text().equals(title)) {
            return false; // the headline is metadata, not body
        }
        return b.linkDensity() <= MAX_LINK_DENSITY;
    }
}
