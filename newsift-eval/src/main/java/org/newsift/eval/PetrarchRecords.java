package org.newsift.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH2's unit-test records ({@code PETR.UnitTest.records.xml}): {@code <Sentence>} elements
 * with attributes (date, id, category), {@code <EventCoding>} children and a {@code <Text>}. The file
 * mixes quote styles and spaces around '=', so it is read with lenient regular expressions after
 * removing XML comments.
 */
public final class PetrarchRecords {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
    private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*?)/?>");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private PetrarchRecords() {
    }

    /** One expected event: source, target and CAMEO event code as written (may be "", "---", "###" or a quoted phrase). */
    public record Coding(String source, String target, String event) {
    }

    /**
     * One test record.
     *
     * @param noEvents true when the record expects no event ({@code noevents="True"})
     * @param error    the expected error ({@code error="dateline"}), or null
     */
    public record Record(String id, String date, String category, String text, List<Coding> codings,
                         boolean noEvents, String error) {

        public Record {
            codings = List.copyOf(codings);
        }

        /** The date as ISO yyyy-MM-dd, or null when the record's date is not yyyymmdd. */
        public String isoDate() {
            return date != null && date.matches("\\d{8}")
                    ? date.substring(0, 4) + "-" + date.substring(4, 6) + "-" + date.substring(6, 8) : null;
        }
    }

    public static List<Record> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static List<Record> parse(String xml) {
        String s = COMMENT.matcher(xml).replaceAll(" ");
        List<Record> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(s);
        while (m.find()) {
            Map<String, String> attrs = attributes(m.group(1));
            String body = m.group(2);
            List<Coding> codings = new ArrayList<>();
            boolean noEvents = false;
            String error = null;
            Matcher c = CODING.matcher(body);
            while (c.find()) {
                Map<String, String> a = attributes(c.group(1));
                if ("true".equalsIgnoreCase(a.get("noevents"))) {
                    noEvents = true;
                } else if (a.containsKey("error")) {
                    error = a.get("error");
                } else {
                    codings.add(new Coding(a.getOrDefault("sourcecode", ""), a.getOrDefault("targetcode", ""),
                            a.getOrDefault("eventcode", "")));
                }
            }
            Matcher t = TEXT.matcher(body);
            String text = t.find() ? unescape(t.group(1)).strip().replaceAll("\\s+", " ") : "";
            out.add(new Record(attrs.get("id"), attrs.get("date"), attrs.get("category"), text, codings, noEvents, error));
        }
        return out;
    }

    /**
     * Whether an expected source or target is an actor code to look for. Not codes: "" and "---"
     * (no actor), "###" (TABARI's discard marker, handled as a discard, not an actor) and quoted noun
     * phrases ({@code "THE MINISTRY OF MAGIC"}: PETRARCH's output for actors absent from the dictionaries).
     */
    public static boolean isActorCode(String code) {
        String c = code == null ? "" : code.strip();
        return !c.isEmpty() && !c.equals("---") && !c.equals("###") && !c.startsWith("\"");
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> out = new HashMap<>();
        Matcher a = ATTR.matcher(s);
        while (a.find()) {
            out.put(a.group(1).toLowerCase(java.util.Locale.ROOT), a.group(2) != null ? a.group(2) : a.group(3));
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
