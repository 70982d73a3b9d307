package org.newsift.actors;

/**
 * CAMEO code arithmetic. A role code normally follows the country (PAK + GOV = PAKGOV); TABARI
 * dictionaries mark roles that lead with a trailing tilde (NGO~ + PAK = NGOPAK). Without a country,
 * PETRARCH writes "---" in its place (---GOV).
 */
final class Codes {
    static final String UNKNOWN_COUNTRY = "---";

    private Codes() {
    }

    static String combine(String country, String role) {
        String c = country == null ? UNKNOWN_COUNTRY : country;
        return leads(role) ? bareSector(role) + c : c + role;
    }

    static String bareSector(String role) {
        return leads(role) ? role.substring(0, role.length() - 1) : role;
    }

    private static boolean leads(String role) {
        return role.endsWith("~");
    }
}
