// newsift hostile-input corpus (issue 14), generated, never copied: every text here was written for the newsift
// project. Run with the JDK's source launcher: java eval/hostile/Generate.java DIR
// Writes DIR/cases (the hostile inputs and the good articles between them, in name order) and DIR/expected.tsv
// (one line per file: its name; "good" for an article that must be analysed, with the end of its id, "bad" for
// an input that must be rejected, "either" for one that may be analysed or stopped by a limit, "quiet" for one
// that gives nothing). Sizes follow the hostile test that found each failure; a few are scaled so CI stays within minutes.

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

public class Generate {
    /** Distinct articles, so that the store's de-duplication links none of them to another. */
    private static final String[] GOOD = {
        "Ministers from both countries met in the capital on Monday to discuss the border crossing, officials said.",
        "Flooding closed the northern highway for a third day, and the regional governor asked the army for help.",
        "The central bank raised its main interest rate by half a point, citing a rise in food and fuel prices.",
        "Dock workers ended a week-long strike after the port authority agreed to review their contracts.",
        "Election officials began counting ballots late on Sunday after polling stations closed across the country.",
        "A court in the coastal city sentenced two former mayors to prison for taking bribes from builders.",
        "Health officials opened vaccination centres in four provinces after a rise in measles cases.",
    };

    private final Path cases;
    private final List<String> expected = new ArrayList<>();
    private int good;

    Generate(Path cases) {
        this.cases = cases;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Generate g = new Generate(cases);
        g.all();
        Files.write(dir.resolve("expected.tsv"), g.expected);
    }

    void all() throws IOException {
        goodText();
        // feeds and OPML: stack overflows in the XML parsers, and lists that name themselves
        bad("rss-nested-100k.rss", rss("<description>" + "<b>".repeat(100_000) + "deep" + "</b>".repeat(100_000)
                + "</description>"));
        bad("opml-nested-20k.opml", "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>l</title></head><body>"
                + "<outline text=\"n\">".repeat(20_000) + "</outline>".repeat(20_000) + "</body></opml>");
        quiet("opml-self.opml", "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>l</title></head><body>"
                + "<outline type=\"rss\" text=\"me\" xmlUrl=\"opml-self.opml\"/></body></opml>");
        bad("rss-xxe.rss", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + rss("<description>&x;</description>").substring(21));
        bad("rss-billion-laughs.rss", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + rss("<description>&c;</description>").substring(21));
        goodText();
        // JSONL: a lone surrogate escape, a 2 MB id, bad lines
        good("surrogate.jsonl", "{\"id\":\"surrogate\",\"text\":\"" + next().replace(" the ", " the \\ud800 ") + "\"}\n",
                "surrogate");
        good("long-id.jsonl", "{\"id\":\"" + "x".repeat(2_000_000) + "\",\"text\":\"" + next() + "\"}\n", "xxxxxxxxxx");
        bad("bad-lines.jsonl", "{\"id\":\"n\",\"text\":42}\nnot json at all\n");
        // texts that used to stall the parser: no sentence end, and thousands of short sentences
        good("no-sentence-end.txt", "the convoy moved along the river road and ".repeat(3_000));
        good("short-sentences.txt", "The talks resumed today. ".repeat(5_000));
        // a million characters of '&': within --max-chars, but more work than the run's --item-timeout allows
        either("entities-500k.html", "<html><body><p>" + "&amp; ".repeat(500_000) + "</p></body></html>");
        // markup and file-level hostility
        bad("div-bomb.html", "<html><body>" + "<div>".repeat(20_000) + "x" + "</div>".repeat(20_000) + "</body></html>");
        bad("gzip-bomb.txt.gz", gzipOfSpaces(1L << 30));
        bad("truncated.txt.gz", truncated(gzip("Rain fell. ".repeat(2_000).getBytes(StandardCharsets.UTF_8))));
        bad("latin1.txt", "Caf\u00e9 owners protested on Monday.".getBytes(StandardCharsets.ISO_8859_1));
        bad("binary.txt", new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2});
        bad("nbsp-only.txt", "\u00a0".repeat(500) + "\n\u202f\u2007");
        bad("zero-width-only.txt", "\u200b\u200c\u200d\u2060".repeat(200));
        bad("ascii.pdf.txt", "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\nBT /F1 12 Tf (Ministers met.) Tj ET\n"
                + "%%EOF\n");
        bad("empty.txt", "");
        bad("empty.warc", "");
        bad("truncated.warc", "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/a\r\n"
                + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\nWARC-Date: 2026-12-01T00:00:00Z\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n");
        // a name that is not valid UTF-8 (Latin-1 é), holding a good article
        byte[] name = "caf\u00e9-latin1-name.txt".getBytes(StandardCharsets.ISO_8859_1);
        writeRawName(name, next().getBytes(StandardCharsets.UTF_8));
        goodText();
    }

    private static String rss(String itemExtra) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>https://news.example/</link>"
                + "<description>d</description><item><guid>hostile</guid><title>Hostile</title>" + itemExtra
                + "</item></channel></rss>";
    }

    private String next() {
        return GOOD[good++] + " (Written for the newsift project.)";
    }

    private void goodText() throws IOException {
        good("good-" + (good + 1) + ".txt", next());
    }

    /** An article that must be analysed; its id is its path, which ends with its name. */
    private void good(String file, String content) throws IOException {
        good(file, content, "/" + file);
    }

    private void good(String file, String content, String idEnd) throws IOException {
        Files.writeString(cases.resolve(file), content);
        expected.add(file + "\tgood\t" + idEnd);
    }

    private void bad(String file, String content) throws IOException {
        bad(file, content.getBytes(StandardCharsets.UTF_8));
    }

    private void bad(String file, byte[] content) throws IOException {
        Files.write(cases.resolve(file), content);
        expected.add(file + "\tbad");
    }

    /** An input that may be analysed or stopped by a limit, but must give exactly one record. */
    private void either(String file, String content) throws IOException {
        Files.writeString(cases.resolve(file), content);
        expected.add(file + "\teither");
    }

    /** A file that gives neither an article nor an error (an OPML list of nothing but itself). */
    private void quiet(String file, String content) throws IOException {
        Files.writeString(cases.resolve(file), content);
        expected.add(file + "\tquiet");
    }

    /** Java cannot spell a name in an encoding other than the platform's: the shell writes it. */
    private void writeRawName(byte[] name, byte[] content) throws IOException {
        StringBuilder octal = new StringBuilder();
        for (byte b : name) {
            octal.append(String.format("\\%03o", b & 0xff));
        }
        Path tmp = Files.write(cases.resolve("raw-name.tmp"), content);
        try {
            Process p = new ProcessBuilder("sh", "-c", "mv raw-name.tmp \"$(printf '" + octal + "')\"")
                    .directory(cases.toFile()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("could not write a Latin-1 file name");
            }
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
        // Java reads the invalid byte as U+FFFD in the id
        expected.add(new String(name, StandardCharsets.ISO_8859_1) + "\tgood\t/caf\ufffd-latin1-name.txt");
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    /** About 1 MB of gzip that expands to {@code size} bytes of spaces. */
    private static byte[] gzipOfSpaces(long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] block = new byte[1 << 20];
        java.util.Arrays.fill(block, (byte) ' ');
        try (OutputStream out = new GZIPOutputStream(bytes, 1 << 16)) {
            for (long written = 0; written < size; written += block.length) {
                out.write(block);
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] truncated(byte[] data) {
        return java.util.Arrays.copyOf(data, data.length / 2);
    }
}
