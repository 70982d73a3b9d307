package org.newsift.events.ontology;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Measures how far the project's own {@code cameo.tsv} and {@code plover.tsv} agree with the reference
 * tables in the shared data folder (read at test time, never copied). Skipped when the folder is absent.
 * Prints the agreement numbers and every disagreement for review.
 */
class SharedOntologyAgreementTest {

    private static Path events() {
        String prop = System.getProperty("newsift.shared");
        Path shared = prop != null ? Path.of(prop) : Path.of("..", "shared", "data");
        if (!Files.isDirectory(shared)) {
            shared = Path.of("..", "..", "shared", "data");   // run from the module directory
        }
        Path d = shared.resolve("events");
        assumeTrue(Files.isDirectory(d), "shared event data " + d.toAbsolutePath() + " absent: skipping");
        return d;
    }

    private static Path file(String relative) {
        Path f = events().resolve(relative);
        assumeTrue(Files.isRegularFile(f), f.toAbsolutePath() + " absent: skipping");
        return f;
    }

    /** Reference code -> {goldstein_gdelt, quad_class} from the shared codebook. */
    private record Ref(String code, double goldsteinGdelt, int quadClass) {
    }

    private static Map<String, Ref> referenceCodebook() throws Exception {
        List<String> lines = Files.readAllLines(file("cameo_codebook.tsv"), StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t", -1);
        int code = col(header, "code");
        int gdelt = col(header, "goldstein_gdelt");
        int quad = col(header, "quad_class");
        Map<String, Ref> out = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String g = f[gdelt].strip();
            out.put(f[code].strip(), new Ref(f[code].strip(),
                    g.isEmpty() ? Double.NaN : Double.parseDouble(g), Integer.parseInt(f[quad].strip())));
        }
        return out;
    }

    private static int col(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].strip().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("column " + name + " not in the shared codebook header");
    }

    /** CAMEO code -> PLOVER type from the shared conversion table ({@code code: TYPE, mode, context # note}). */
    private static Map<String, String> referencePlover() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file("plover/CAMEO2PLOVER-2021.txt"), StandardCharsets.UTF_8)) {
            int hash = line.indexOf('#');
            String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
            int colon = body.indexOf(':');
            if (body.isEmpty() || colon < 0) {
                continue;
            }
            String code = body.substring(0, colon).strip();
            String type = body.substring(colon + 1).split(",", -1)[0].strip().toUpperCase(Locale.ROOT);
            if (CameoCodebook.isWellFormed(code)) {
                out.put(code, type.isEmpty() ? null : type);
            }
        }
        return out;
    }

    @Test
    void codebookAgreement() throws Exception {
        Map<String, Ref> ref = referenceCodebook();
        CameoCodebook book = CameoCodebook.builtIn();
        int present = 0;
        int sameQuad = 0;
        int closeGoldstein = 0;
        int comparedGoldstein = 0;
        List<String> missing = new ArrayList<>();
        List<String> quadDiff = new ArrayList<>();
        List<String> goldDiff = new ArrayList<>();
        for (Ref r : ref.values()) {
            CameoCode mine = book.exact(r.code());
            if (mine == null) {
                missing.add(r.code());
                continue;
            }
            present++;
            if (mine.quadClass() == r.quadClass()) {
                sameQuad++;
            } else {
                quadDiff.add(r.code() + " ours " + mine.quadClass() + " ref " + r.quadClass());
            }
            if (!Double.isNaN(r.goldsteinGdelt())) {
                comparedGoldstein++;
                if (Math.abs(mine.goldstein() - r.goldsteinGdelt()) <= 0.5 + 1e-9) {
                    closeGoldstein++;
                } else {
                    goldDiff.add(r.code() + " ours " + mine.goldstein() + " ref " + r.goldsteinGdelt());
                }
            }
        }
        List<String> extra = new ArrayList<>();
        for (CameoCode c : book.codes()) {
            if (!ref.containsKey(c.code())) {
                extra.add(c.code());
            }
        }
        double presentShare = present / (double) ref.size();
        double quadShare = sameQuad / (double) Math.max(1, present);
        double goldShare = closeGoldstein / (double) Math.max(1, comparedGoldstein);
        System.out.printf(Locale.ROOT,
                "CAMEO agreement: reference codes %d, ours %d; present %d (%.3f); same quad class %d (%.3f); "
                        + "Goldstein within 0.5 of GDELT %d/%d (%.3f)%n",
                ref.size(), book.size(), present, presentShare, sameQuad, quadShare,
                closeGoldstein, comparedGoldstein, goldShare);
        System.out.println("  reference codes missing here: " + missing);
        System.out.println("  codes here not in the reference: " + extra);
        System.out.println("  quad class disagreements: " + quadDiff);
        System.out.println("  Goldstein disagreements (> 0.5): " + goldDiff);
        assertTrue(presentShare >= 0.98, "share of reference codes present: " + presentShare);
        assertTrue(quadShare >= 0.98, "share with the same quad class: " + quadShare);
        assertTrue(goldShare >= 0.9, "share with Goldstein within 0.5: " + goldShare);
    }

    @Test
    void ploverAgreement() throws Exception {
        Map<String, String> ref = referencePlover();
        PloverMapping mapping = PloverMapping.builtIn();
        CameoCodebook book = CameoCodebook.builtIn();
        int compared = 0;
        int same = 0;
        List<String> diff = new ArrayList<>();
        List<String> notCoded = new ArrayList<>();
        for (Map.Entry<String, String> e : ref.entrySet()) {
            String code = e.getKey();
            if (!book.contains(code)) {
                notCoded.add(code);
                continue;
            }
            compared++;
            String ours = mapping.type(code);
            if (java.util.Objects.equals(ours, e.getValue())) {
                same++;
            } else {
                diff.add(code + " ours " + ours + " ref " + e.getValue());
            }
        }
        List<String> unlisted = new ArrayList<>();
        for (CameoCode c : book.codes()) {
            if (!ref.containsKey(c.code())) {
                unlisted.add(c.code() + "=" + mapping.type(c.code()));
            }
        }
        double share = same / (double) Math.max(1, compared);
        System.out.printf(Locale.ROOT, "PLOVER agreement: reference rows %d, compared %d, same type %d (%.3f)%n",
                ref.size(), compared, same, share);
        System.out.println("  PLOVER type disagreements: " + diff);
        System.out.println("  reference codes not in our codebook: " + notCoded);
        System.out.println("  our codes the reference does not list (our type): " + unlisted);
        assertTrue(compared > 200, "compared only " + compared);
        assertTrue(share >= 0.85, "share of CAMEO codes with the same PLOVER type: " + share);
    }
}
