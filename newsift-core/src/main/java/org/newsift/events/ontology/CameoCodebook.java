package org.newsift.events.ontology;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CAMEO event codebook: every code with a short label, Goldstein score and quad class.
 * Immutable and thread-safe; {@link #builtIn()} loads the project's {@code cameo.tsv} once.
 */
public final class CameoCodebook {

    /** Name of the built-in resource, next to this class. */
    public static final String RESOURCE = "cameo.tsv";

    private final Map<String, CameoCode> codes;
    private final List<CameoCode> roots;

    private CameoCodebook(Map<String, CameoCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
        List<CameoCode> r = new ArrayList<>();
        for (CameoCode c : codes.values()) {
            if (c.isRoot()) {
                r.add(c);
            }
        }
        this.roots = List.copyOf(r);
    }

    private static final class Holder {
        static final CameoCodebook BUILT_IN =
                load(CameoCodebook.class.getResourceAsStream(RESOURCE), RESOURCE);
    }

    /** The built-in codebook, loaded on first use. */
    public static CameoCodebook builtIn() {
        return Holder.BUILT_IN;
    }

    /**
     * Loads a codebook in the {@code cameo.tsv} format ({@code code, name, goldstein, quad_class}).
     *
     * @param source a name for error messages, e.g. the file name
     * @throws IllegalArgumentException naming {@code source:line} for a malformed line, a duplicate code,
     *                                  a code whose parent is missing or a quad class that contradicts its root
     */
    public static CameoCodebook load(InputStream in, String source) {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        Map<String, TsvResource.Line> where = new LinkedHashMap<>();
        for (TsvResource.Line line : TsvResource.read(in, source, "code", 4)) {
            String[] f = line.fields();
            CameoCode code;
            try {
                double goldstein = Double.parseDouble(f[2]);
                int quad = Integer.parseInt(f[3]);
                code = new CameoCode(f[0], f[1], goldstein, quad);
            } catch (NumberFormatException e) {
                throw line.error("bad number in \"" + f[2] + "\" or \"" + f[3] + "\"");
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
            int expected = quadClassOfRoot(code.root());
            if (code.quadClass() != expected) {
                throw line.error("CAMEO " + code.code() + ": quad class " + code.quadClass()
                        + " but root " + code.root() + " is quad class " + expected);
            }
            if (codes.putIfAbsent(code.code(), code) != null) {
                throw line.error("duplicate CAMEO code " + code.code());
            }
            where.put(code.code(), line);
        }
        for (CameoCode c : codes.values()) {
            if (!c.isRoot() && !codes.containsKey(c.parent())) {
                throw where.get(c.code()).error("CAMEO " + c.code() + ": parent " + c.parent() + " missing");
            }
        }
        return new CameoCodebook(codes);
    }

    /**
     * The code itself when known; for an unknown 3- or 4-digit code of a known root, its nearest known
     * ancestor ({@code "1959"} gives {@code 195}); null when not even the root is known.
     *
     * @throws IllegalArgumentException when {@code code} is not 2 to 4 digits
     */
    public CameoCode lookup(String code) {
        checkSyntax(code);
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            CameoCode hit = codes.get(c);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    /** The code itself, null when unknown (no ancestor fallback). */
    public CameoCode exact(String code) {
        return code == null ? null : codes.get(code);
    }

    /** Whether {@code code} is a known CAMEO code (exactly). */
    public boolean contains(String code) {
        return code != null && codes.containsKey(code);
    }

    /**
     * The known code, or an exception naming it.
     *
     * @throws IllegalArgumentException when {@code code} is malformed or not in the codebook
     */
    public CameoCode require(String code) {
        checkSyntax(code);
        CameoCode c = codes.get(code);
        if (c == null) {
            throw new IllegalArgumentException("unknown CAMEO code \"" + code + "\"");
        }
        return c;
    }

    /** All codes in codebook order. */
    public List<CameoCode> codes() {
        return List.copyOf(codes.values());
    }

    /** The root codes 01..20 in order. */
    public List<CameoCode> roots() {
        return roots;
    }

    /** The direct children of a code, in codebook order. */
    public List<CameoCode> children(String code) {
        List<CameoCode> out = new ArrayList<>();
        for (CameoCode c : codes.values()) {
            if (code.equals(c.parent())) {
                out.add(c);
            }
        }
        return out;
    }

    public int size() {
        return codes.size();
    }

    /**
     * The two-digit root of a code: {@code "19"} for {@code "1951"}.
     *
     * @throws IllegalArgumentException when {@code code} is not 2 to 4 digits with a root 01..20
     */
    public static String root(String code) {
        checkSyntax(code);
        return code.substring(0, 2);
    }

    /** The quad class implied by a root 01..20 (1: 01-05, 2: 06-08, 3: 09-13, 4: 14-20). */
    public static int quadClassOfRoot(String root) {
        int r = Integer.parseInt(root);
        if (r < 1 || r > 20) {
            throw new IllegalArgumentException("CAMEO root \"" + root + "\" outside 01..20");
        }
        return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
    }

    /** Whether {@code code} is well-formed: 2 to 4 ASCII digits whose first two are a root 01..20. */
    public static boolean isWellFormed(String code) {
        if (code == null || code.length() < 2 || code.length() > 4) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char ch = code.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        int r = Integer.parseInt(code.substring(0, 2));
        return r >= 1 && r <= 20;
    }

    static void checkSyntax(String code) {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("malformed CAMEO code \"" + code
                    + "\": expected 2 to 4 digits with a root 01..20");
        }
    }
}
