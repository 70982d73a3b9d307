package org.newsift.actors;

import java.util.Map;

/** Readable names of CAMEO sector codes, used to name composed actors ("Pakistan military"). */
final class Sectors {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("GOV", "government"), Map.entry("MIL", "military"), Map.entry("COP", "police"),
            Map.entry("REB", "rebels"), Map.entry("INS", "insurgents"), Map.entry("OPP", "opposition"),
            Map.entry("PTY", "political party"), Map.entry("JUD", "judiciary"), Map.entry("LEG", "legislature"),
            Map.entry("MED", "media"), Map.entry("BUS", "business"), Map.entry("CVL", "civilians"),
            Map.entry("REL", "religious"), Map.entry("EDU", "education"), Map.entry("HLH", "health"),
            Map.entry("LAB", "labour"), Map.entry("ELI", "elites"), Map.entry("SPY", "intelligence"),
            Map.entry("REF", "refugees"), Map.entry("CRM", "criminals"), Map.entry("NGO", "NGOs"),
            Map.entry("AGR", "agriculture"), Map.entry("UAF", "armed group"), Map.entry("SEP", "separatists"),
            Map.entry("RAD", "radicals"), Map.entry("HRI", "human rights"), Map.entry("ENV", "environment"),
            Map.entry("IGO", "international organisation"), Map.entry("PRO", "protesters"));

    private Sectors() {
    }

    static String name(String sector) {
        return NAMES.getOrDefault(sector, sector);
    }
}
