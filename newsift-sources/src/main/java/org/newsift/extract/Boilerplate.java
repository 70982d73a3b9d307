package org.newsift.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what is never article text: invisible and interactive elements, navigation, page header and
 * footer, asides, figures with their captions, and blocks whose class or id names a known kind of
 * boilerplate (sharing, related links, comments, newsletter and cookie boxes, ads, bylines...).
 */
final class Boilerplate {
    static final String INVISIBLE = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "video, audio, picture, img, [hidden], [style~=display:\\s*none], "
            + "[style~=visibility:\\s*hidden]";
    private static final Evaluator NOISE = QueryParser.parse("nav, header, footer, aside, figure, figcaption, button, "
            + "input, select, textarea, label, dialog, menu");
    private static final Pattern NOISE_NAME = Pattern.compile("(?:^|[\\s_-])(?:share|sharing|social|socials|related"
            + "|recommended|recommendations|comment|comments|newsletter|subscribe|subscription|signup|cookie|cookies"
            + "|consent|promo|advert|advertisement|ad|ads|adslot|sponsor|sponsored|sidebar|breadcrumb|breadcrumbs|tags"
            + "|byline|author|dateline|timestamp|caption|credit|credits|toolbar|pagination|trending|popular|outbrain"
            + "|taboola|disqus|modal|popup|paywall|jump|skip|print|widget|masthead|topbar|navbar|menu|nav|footer|header"
            + "|more-stories|read-more|readmore|see-also|also-read|most-read|sr-only|visually-hidden)(?=$|[\\s_\\d-])");
    /** Names of the article's own container; an element that has one is kept whatever else its class says. */
    private static final Pattern CONTENT_NAME = Pattern.compile("(?:^|[\\s_-])(?:article|articlebody|article-body"
            + "|story|story-body|entry|entry-content|post-content|post-body|content|main)(?=$|[\\s_-])");

    /** A block named like boilerplate but holding more than this share of the page's text is kept. */
    private static final double MAX_NOISE_SHARE = 0.4;

    private Boilerplate() {
    }

    /** Removes scripts, styles and hidden elements: nothing in them is ever read. */
    static void removeInvisible(Element root) {
        root.select(INVISIBLE).remove();
    }

    /**
     * Removes the noise elements and the boilerplate-named blocks under {@code root}, except one that holds
     * most of the page's text: sites name page-wide wrappers after ads, sidebars or menus too
     * (a wrapper named for its ad margins, a body class saying the page has a sidebar).
     */
    static void remove(Element root) {
        int pageChars = root.text().length();
        List<Element> noise = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && !e.nameIs("html") && !e.nameIs("body") && !e.nameIs("article") && !e.nameIs("main")
                    && (e.is(NOISE) || isNoise(Markup.classAndId(e)))) {
                noise.add(e);
            }
        }
        for (Element e : noise) {
            if (e.parent() != null && e.text().length() <= MAX_NOISE_SHARE * pageChars) {
                e.remove();
            }
        }
    }

    static boolean isNoise(String classAndId) {
        return NOISE_NAME.matcher(classAndId).find() && !CONTENT_NAME.matcher(classAndId).find();
    }
}
