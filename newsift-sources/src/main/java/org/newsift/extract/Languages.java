package org.newsift.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsift.lang.LanguageIdentifier;

import java.util.Locale;
import java.util.regex.Pattern;

/** The page's language: what its markup declares, else what the text reads as. */
final class Languages {
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

    private Languages() {
    }

    /**
     * @param identifier guesses from the text when the markup declares nothing usable; null to report null then
     */
    static String find(Document doc, String text, LanguageIdentifier identifier) {
        Element html = doc.selectFirst("html");
        String declared = code(html == null ? null : html.attr("lang"));
        if (declared == null) {
            declared = code(Markup.meta(doc, "content-language", "language", "og:locale", "inLanguage", "dc.language"));
        }
        if (declared == null) {
            Element httpEquiv = doc.selectFirst("meta[http-equiv=content-language]");
            declared = code(httpEquiv == null ? null : httpEquiv.attr("content"));
        }
        if (declared != null || identifier == null) {
            return declared;
        }
        return identifier.identify(text);
    }

    /** The primary language subtag, lower-cased: "en-US" and "en_GB" give "en"; null when not a language code. */
    private static String code(String raw) {
        String v = Markup.clean(raw);
        if (v == null) {
            return null;
        }
        String primary = v.split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
        return CODE.matcher(primary).matches() ? primary : null;
    }
}
