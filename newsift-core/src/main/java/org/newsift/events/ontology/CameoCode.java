package org.newsift.events.ontology;

/**
 * One CAMEO event code.
 *
 * @param code      two to four digits, e.g. {@code "19"}, {@code "195"}, {@code "1951"}
 * @param name      a short English label
 * @param goldstein Goldstein conflict-cooperation score, -10..+10
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 */
public record CameoCode(String code, String name, double goldstein, int quadClass) {

    public static final int VERBAL_COOPERATION = 1;
    public static final int MATERIAL_COOPERATION = 2;
    public static final int VERBAL_CONFLICT = 3;
    public static final int MATERIAL_CONFLICT = 4;

    public CameoCode {
        CameoCodebook.checkSyntax(code);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("CAMEO " + code + ": empty name");
        }
        if (!(goldstein >= -10 && goldstein <= 10)) {
            throw new IllegalArgumentException("CAMEO " + code + ": Goldstein " + goldstein + " outside [-10, 10]");
        }
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("CAMEO " + code + ": quad class " + quadClass + " outside 1..4");
        }
    }

    /** The two-digit root, e.g. {@code "19"} for {@code "1951"}. */
    public String root() {
        return code.substring(0, 2);
    }

    /** True for the twenty two-digit root codes. */
    public boolean isRoot() {
        return code.length() == 2;
    }

    /** The parent code ({@code "195"} for {@code "1951"}, {@code "19"} for {@code "195"}), null for a root. */
    public String parent() {
        return isRoot() ? null : code.substring(0, code.length() - 1);
    }
}
