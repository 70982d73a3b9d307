package org.newsift.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads Reuters-21578 ({@code reut2-000.sgm} ... {@code reut2-021.sgm}): SGML in ISO-8859-1 that is not
 * well-formed XML, so it is parsed leniently with regular expressions. Stories stream in file order.
 */
public final class ReutersCorpus {
    private static final Pattern DOC = Pattern.compile("<REUTERS\\b([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern NEWID = Pattern.compile("\\bNEWID\\s*=\\s*\"(\\d+)\"");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})-([A-Za-z]{3})-(\\d{4})");
    private static final Pattern D = Pattern.compile("<D>(.*?)</D>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|lt|gt|amp|quot|apos);");
    private static final Pattern TRAILER = Pattern.compile("\\s*\\breuter\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("JAN", 1), Map.entry("FEB", 2), Map.entry("MAR", 3), Map.entry("APR", 4),
            Map.entry("MAY", 5), Map.entry("JUN", 6), Map.entry("JUL", 7), Map.entry("AUG", 8),
            Map.entry("SEP", 9), Map.entry("OCT", 10), Map.entry("NOV", 11), Map.entry("DEC", 12));

    private ReutersCorpus() {
    }

    /**
     * One story.
     *
     * @param id       NEWID
     * @param date     the DATE element's day, or null when unreadable
     * @param title    TITLE, or "" when absent
     * @param dateline DATELINE, trimmed, or "" when absent
     * @param body     BODY without the trailing "Reuter", or null when the story has no BODY
     * @param places   PLACES labels ("usa", "west-germany"), in order
     * @param topics   TOPICS labels
     */
    public record Story(int id, LocalDate date, String title, String dateline, String body,
                        List<String> places, List<String> topics) {

        public Story {
            places = List.copyOf(places);
            topics = List.copyOf(topics);
        }

        public boolean hasBody() {
            return body != null && !body.isBlank();
        }

        /** The text newsift analyses: title, a blank line, then the dateline and the body as on the wire. */
        public String articleText() {
            String lead = dateline.isEmpty() ? "" : dateline + " ";
            String b = body == null ? "" : body;
            return title.isEmpty() ? lead + b : title + "\n\n" + lead + b;
        }
    }

    /** The {@code reut2-*.sgm} files of {@code dir}, in name order. */
    public static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
        }
    }

    /** Every story of the corpus in file order, reading one file at a time. */
    public static Stream<Story> stories(Path dir) throws IOException {
        return files(dir).stream().flatMap(f -> {
            try {
                return parse(Files.readString(f, StandardCharsets.ISO_8859_1)).stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The stories of one SGML file's content. */
    public static List<Story> parse(String sgml) {
        List<Story> out = new ArrayList<>();
        Matcher m = DOC.matcher(sgml);
        while (m.find()) {
            Matcher id = NEWID.matcher(m.group(1));
            String doc = m.group(2);
            out.add(new Story(id.find() ? Integer.parseInt(id.group(1)) : -1,
                    parseDate(element(doc, "DATE")),
                    clean(element(doc, "TITLE")),
                    clean(element(doc, "DATELINE")),
                    body(element(doc, "BODY")),
                    labels(element(doc, "PLACES")),
                    labels(element(doc, "TOPICS"))));
        }
        return out;
    }

    private static String element(String doc, String name) {
        Matcher m = Pattern.compile("<" + name + "\\b[^>]*>(.*?)</" + name + ">", Pattern.DOTALL).matcher(doc);
        return m.find() ? m.group(1) : null;
    }

    static LocalDate parseDate(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = DATE.matcher(s);
        if (!m.find()) {
            return null;
        }
        Integer month = MONTHS.get(m.group(2).toUpperCase(Locale.ROOT));
        try {
            return month == null ? null : LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static List<String> labels(String list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            Matcher m = D.matcher(list);
            while (m.find()) {
                String l = unescape(m.group(1)).strip();
                if (!l.isEmpty()) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    private static String body(String raw) {
        if (raw == null) {
            return null;
        }
        String b = unescape(raw);
        b = TRAILER.matcher(b.stripTrailing()).replaceFirst("");
        return b.strip();
    }

    private static String clean(String raw) {
        return raw == null ? "" : unescape(raw).strip();
    }

    /** Decodes the SGML entities used in the corpus; control characters (&#3; and the like) are dropped. */
    static String unescape(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            String e = m.group(1);
            String rep = switch (e) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> {
                    int c = Integer.parseInt(e.substring(1));
                    yield c < 32 && c != '\n' && c != '\t' ? "" : new String(Character.toChars(c));
                }
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
