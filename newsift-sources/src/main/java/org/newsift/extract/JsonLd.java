package org.newsift.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The schema.org objects of a page's JSON-LD blocks, article-like ones first. Publishers fill these for
 * search engines, so they are often the cleanest source of headline, author and date.
 */
final class JsonLd {
    // Publishers' JSON-LD is often hand-templated: raw line breaks in strings, trailing commas, comments.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "blogposting", "liveblogposting", "techarticle", "scholarlyarticle", "report", "socialmediaposting");
    private static final int MAX_DEPTH = 6;

    private final List<JsonNode> articles;

    private JsonLd(List<JsonNode> articles) {
        this.articles = articles;
    }

    /** Reads every {@code <script type="application/ld+json">}; blocks that are not valid JSON are skipped. */
    static JsonLd of(Document doc) {
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> others = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data().strip()), articles, others, 0);
            } catch (JsonProcessingException e) {
                // a broken block says nothing reliable; the page's other sources remain
            }
        }
        articles.addAll(others);
        return new JsonLd(articles);
    }

    private static void collect(JsonNode node, List<JsonNode> articles, List<JsonNode> others, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, articles, others, depth + 1));
        } else if (node.isObject()) {
            (isArticle(node) ? articles : others).add(node);
            collect(node.get("@graph"), articles, others, depth + 1);
            collect(node.get("mainEntity"), articles, others, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        List<JsonNode> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(types::add);
        } else if (type != null) {
            types.add(type);
        }
        return types.stream().anyMatch(t -> ARTICLE_TYPES.contains(t.asText().toLowerCase(java.util.Locale.ROOT)));
    }

    /** The first text value of {@code field} among the objects, article-like ones first. */
    String text(String field) {
        for (JsonNode n : articles) {
            JsonNode v = n.get(field);
            String s = v != null && v.isTextual() ? Markup.clean(v.asText()) : null;
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** The article body as given (line breaks kept), or null. */
    String articleBody() {
        for (JsonNode n : articles) {
            JsonNode v = n.get("articleBody");
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    /** Author names of the first article-like object that has any, joined with ", ". */
    String authors() {
        for (JsonNode n : articles) {
            List<String> names = new ArrayList<>();
            names(n.get("author"), names);
            if (!names.isEmpty()) {
                return names.stream().distinct().collect(Collectors.joining(", "));
            }
        }
        return null;
    }

    private static void names(JsonNode author, List<String> out) {
        if (author == null) {
            return;
        }
        if (author.isArray()) {
            author.forEach(a -> names(a, out));
        } else if (author.isTextual()) {
            String s = Markup.clean(author.asText());
            if (s != null && !s.startsWith("http")) {
                out.add(s);
            }
        } else if (author.isObject() && author.get("name") != null) {
            names(author.get("name"), out);
        }
    }
}
