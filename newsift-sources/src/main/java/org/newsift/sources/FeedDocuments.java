package org.newsift.sources;

import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Parses RSS 0.9x/1.0/2.0, Atom and OPML with Rome. Rome refuses documents with a DOCTYPE (its default), so
 * external entities (XXE) and entity-expansion bombs never reach the XML parser's resolver.
 */
final class FeedDocuments {

    /** One feed entry: {@code key} identifies it across polls (GUID or id, else link). */
    record Entry(String key, String link, String title, String published, String contentHtml) {
    }

    private FeedDocuments() {
    }

    static List<Entry> entries(byte[] xml, String contentType) throws FeedException, IOException {
        SyndFeed feed = new SyndFeedInput().build(reader(xml, contentType));
        List<Entry> out = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            // Rome turns a permalink GUID into the link even when it is no URL; only http(s) links are fetched
            String link = blankToNull(e.getLink());
            if (link != null && !Sources.isUrl(link.strip())) {
                link = null;
            }
            String key = blankToNull(e.getUri());
            if (key == null) {
                key = link;
            }
            if (key == null) {
                continue; // nothing identifies it, nothing to fetch: not usable
            }
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            out.add(new Entry(key, link, blankToNull(e.getTitle()), date == null ? null : date.toInstant().toString(),
                    content(e)));
        }
        return out;
    }

    /** The feed URLs ({@code xmlUrl}) of an OPML list, at any outline depth, in document order. */
    static List<String> opmlFeeds(byte[] xml, String contentType) throws FeedException, IOException {
        WireFeed doc = new WireFeedInput().build(reader(xml, contentType));
        if (!(doc instanceof Opml opml)) {
            throw new FeedException("not an OPML document");
        }
        List<String> urls = new ArrayList<>();
        collect(opml.getOutlines(), urls);
        return urls;
    }

    private static void collect(List<Outline> outlines, List<String> urls) {
        for (Outline o : outlines) {
            String url = blankToNull(o.getXmlUrl());
            if (url != null) {
                urls.add(url.strip());
            }
            collect(o.getChildren(), urls);
        }
    }

    private static XmlReader reader(byte[] xml, String contentType) throws IOException {
        // lenient: a feed served as text/html or with a wrong charset label is still read
        return new XmlReader(new ByteArrayInputStream(xml), contentType, true);
    }

    /** The entry's longest content (full text beats a summary), as HTML. */
    private static String content(SyndEntry e) {
        String best = e.getDescription() == null ? null : blankToNull(e.getDescription().getValue());
        for (SyndContent c : e.getContents()) {
            String v = blankToNull(c.getValue());
            if (v != null && (best == null || v.length() > best.length())) {
                best = v;
            }
        }
        return best;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
