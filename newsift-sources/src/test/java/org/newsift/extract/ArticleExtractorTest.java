package org.newsift.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Extraction from small pages written for the newsift project. */
class ArticleExtractorTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(null);
    private static final String P1 = "The council voted on Tuesday to close the old quarry road to lorries, after "
            + "residents complained about dust and noise for most of the year.";
    private static final String P2 = "The road will stay open to cars and bicycles, and a new route for lorries "
            + "is planned to open by the end of next spring, the council said.";

    private static ExtractedArticle extract(String html) {
        return EXTRACTOR.extract(html, null);
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    @Test
    void boilerplateAroundTheArticleIsRemoved() {
        ExtractedArticle a = extract(page("<title>Quarry road closes</title>", """
                <header><a href="/">Valley Gazette</a><nav><a href="/n">News</a> <a href="/s">Sport</a></nav></header>
                <div class="cookie-banner"><p>We use cookies to make this site work. Accept them or read more about it.</p></div>
                <main><article><h1>Quarry road closes</h1>
                <div class="share-buttons"><a href="#">Share</a> <a href="#">Tweet</a></div>
                <p>%s</p><figure><img src="a.jpg"><figcaption>The quarry road in May.</figcaption></figure>
                <p>%s</p>
                <aside class="related"><h3>Related</h3><ul><li><a href="/x">Bridge repairs begin</a></li></ul></aside>
                <div class="newsletter-signup"><p>Get the Valley Gazette in your inbox every morning, free.</p></div>
                </article>
                <section id="comments"><p>I have lived by that road for thirty years and the dust was never this bad.</p></section>
                </main><footer><p>Copyright Valley Gazette. All rights reserved, every one of them, forever.</p></footer>
                """.formatted(P1, P2)));
        assertEquals(P1 + "\n\n" + P2, a.text());
        assertEquals("Quarry road closes", a.title());
    }

    @Test
    void storySplitAroundAnInlineBoxIsJoined() {
        String p3 = "Drivers of lorries that already hold a permit for the quarry may use the road until the end of "
                + "the month, when the last deliveries for the new school are due.";
        ExtractedArticle a = extract(page("", """
                <div class="page"><div class="story-part"><p>%s</p><p>%s</p></div>
                <div class="box"><a href="/a">Most read this week</a><a href="/b">Bridge repairs begin on Monday</a>
                <a href="/c">Market day moves to the square</a><a href="/e">New bus timetable for the valley</a>
                <a href="/f">Library opens on Sundays from May</a><a href="/g">School fete raises record sum</a></div>
                <div class="story-part"><p>%s</p></div>
                <div class="teasers"><p><a href="/d">Council budget: what the new plan means for the bus routes</a></p></div></div>
                """.formatted(P1, P2, p3)));
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + p3, a.text());
    }

    @Test
    void articleBodyFromJsonLdWhenTheMarkupHasLittleText() {
        String ld = """
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                "headline":"Quarry road closes","datePublished":"2024-03-05T09:00:00+01:00",
                "author":[{"@type":"Person","name":"Ada Brenner"},{"@type":"Person","name":"Tom Ruiz"}],
                "articleBody":"%s\\n%s"}</script>""".formatted(P1, P2);
        ExtractedArticle a = extract(page(ld, "<div id=\"app\"><p>Loading&hellip;</p></div>"));
        assertEquals(P1 + "\n\n" + P2, a.text());
        assertEquals("Quarry road closes", a.title());
        assertEquals("Ada Brenner, Tom Ruiz", a.byline());
        assertEquals("2024-03-05T09:00:00+01:00", a.published());
    }

    @Test
    void publishedDateFromMetaJsonLdTimeUrlAndText() {
        String body = "<article><p>" + P1 + "</p></article>";
        assertEquals("2024-03-05T08:00:00Z", extract(page(
                "<meta property=\"article:published_time\" content=\"2024-03-05T08:00:00.000+0000\">", body)).published());
        assertEquals("2024-03-05", extract(page(
                "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":\"Article\","
                        + "\"datePublished\":\"2024-03-05\"}]}</script>", body)).published());
        assertEquals("2024-03-05T10:30:00", extract(page("",
                "<article><time datetime=\"2024-03-05 10:30\">5 March</time><p>" + P1 + "</p></article>")).published());
        assertEquals("2019-11-19", EXTRACTOR.extract(page("", body),
                "https://news.example.org/2019/11/19/quarry-road").published());
        assertEquals("2021-02-07", extract(page("",
                "<article><p class=\"when\">Sunday, February 7th, 2021</p><p>" + P1 + "</p></article>")).published());
        assertEquals("2023-11-09", extract(page("",
                "<article><p>Posted 9 Nov 2023 by the desk</p><p>" + P1 + "</p></article>")).published());
        assertEquals("2022-01-04T12:00:00Z", extract(page(
                "<meta name=\"date\" content=\"Tue, 04 Jan 2022 12:00:00 GMT\">", body)).published());
        assertNull(extract(page("", body)).published());
        // a placeholder date gives way to the next source, here the URL
        assertEquals("2019-11-19", EXTRACTOR.extract(page(
                "<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\">", body),
                "https://news.example.org/story/2019/11/19/quarry-road/").published());
    }

    @Test
    void bylineFromMetaRelAuthorOrBylineClass() {
        String body = "<article><p>" + P1 + "</p></article>";
        assertEquals("Ada Brenner", extract(page("<meta name=\"author\" content=\"Ada Brenner\">", body)).byline());
        assertEquals("Tom Ruiz", extract(page("",
                "<article><a rel=\"author\" href=\"/people/tom\">Tom Ruiz</a><p>" + P1 + "</p></article>")).byline());
        assertEquals("Lena Ortiz and Sam Cole", extract(page("",
                "<article><div class=\"story-byline\">By Lena Ortiz and Sam Cole</div><p>" + P1 + "</p></article>")).byline());
        assertNull(extract(page("<meta property=\"article:author\" content=\"https://social.example/ada\">", body)).byline());
    }

    @Test
    void titleLosesTheSiteName() {
        String body = "<p>" + P1 + "</p>";
        assertEquals("Quarry road closes after dust complaints",
                extract(page("<title>Quarry road closes after dust complaints | Valley Gazette</title>", body)).title());
        assertEquals("Quarry road closes after dust complaints",
                extract(page("<title>Valley Gazette - Quarry road closes after dust complaints</title>"
                        + "<meta property=\"og:site_name\" content=\"Valley Gazette\">", body)).title());
        assertEquals("Quarry road closes", extract(page("<meta property=\"og:title\" content=\"Quarry road closes – Gazette\">",
                "<h1>Quarry road closes</h1>" + body)).title());
        assertEquals("Road closes: what it means for you",
                extract(page("<title>Road closes: what it means for you</title>", body)).title());
    }

    @Test
    void scriptsStylesAndRelativeLinksAreNotText() {
        ExtractedArticle a = EXTRACTOR.extract(page("<style>p { color: red }</style><link rel=\"canonical\" href=\"/news/quarry\">",
                "<article><script>window.track('x');</script><p>" + P1
                        + " <a href=\"/maps/quarry\">See the map</a>.</p><noscript>Enable JavaScript to see comments.</noscript>"
                        + "<p style=\"display:none\">Hidden teaser text that no reader ever sees on the page.</p></article>"),
                "https://gazette.example.org/2024/a");
        assertEquals(P1 + " See the map.", a.text());
        assertEquals("https://gazette.example.org/news/quarry", a.url());
    }

    @Test
    void entitiesAreDecodedAndParagraphsKeptApart() {
        ExtractedArticle a = extract(page("", "<article><p>Caf&eacute; owners &amp; residents met &ndash; again&nbsp;&ndash; "
                + "on Friday, and they agreed on &quot;quiet hours&quot; for the square in the evenings.</p>"
                + "<p>A second meeting is planned for next month, when the council will present the results.</p></article>"));
        assertEquals("Café owners & residents met – again – on Friday, and they agreed on \"quiet hours\" for the square "
                + "in the evenings.\n\nA second meeting is planned for next month, when the council will present the results.",
                a.text());
    }

    @Test
    void nestedLayoutTablesKeepTheirText() {
        ExtractedArticle a = extract(page("", """
                <table><tr><td class="menu"><a href="/1">One</a><br><a href="/2">Two</a><br><a href="/3">Three</a></td>
                <td><table><tr><td><p>%s</p><p>%s</p></td></tr></table></td></tr></table>""".formatted(P1, P2)));
        assertEquals(P1 + "\n\n" + P2, a.text());
    }

    @Test
    void languageFromMarkupElseFromTheText() {
        assertEquals("pt", extract("<html lang=\"pt-BR\"><body><p>" + P1 + "</p></body></html>").language());
        assertNull(extract(page("", "<p>" + P1 + "</p>")).language());
        ArticleExtractor guessing = new ArticleExtractor(new org.newsift.lang.LanguageIdentifier());
        assertEquals("en", guessing.extract(page("", "<p>" + P1 + " " + P2 + "</p>"), null).language());
    }

    @Test
    void pageWithoutProseStillGivesItsText() {
        ExtractedArticle a = extract(page("<title>Opening hours</title>", "<div><b>Mon-Fri</b> 9-17</div>"));
        assertEquals("Mon-Fri 9-17", a.text());
        assertFalse(a.titledText().isEmpty());
        assertTrue(extract(page("", "")).text().isEmpty());
    }
}
