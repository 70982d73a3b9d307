package org.newsift.events.patterns;

import java.util.Map;

/**
 * What {@link EventPatterns.Builder#addPetrarch} made of one PETRARCH/TABARI verb dictionary.
 *
 * @param file          the file name
 * @param patternLines  pattern lines ("- ...") read
 * @param loaded        pattern lines turned into at least one rule
 * @param dropped       pattern lines dropped, by reason
 * @param verbs         verbs (block members) read
 * @param verbRules     verbs that carry a code of their own or of their block (lemma-only rules)
 * @param rules         rules made in all: verb rules plus patterns times the verbs of their block
 * @param synsets       synsets defined
 * @param notes         other things ignored or approximated (actor markers, paired codes, transformations ...), counted
 * @param millis        time taken to read the file
 */
public record PetrarchStats(String file, int patternLines, int loaded, Map<String, Integer> dropped, int verbs,
                            int verbRules, int rules, int synsets, Map<String, Integer> notes, long millis) {

    public PetrarchStats {
        dropped = Map.copyOf(dropped);
        notes = Map.copyOf(notes);
    }

    public int droppedTotal() {
        return dropped.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
        return file + ": " + patternLines + " pattern lines, " + loaded + " loaded, " + droppedTotal() + " dropped "
                + new java.util.TreeMap<>(dropped) + "; " + verbs + " verbs (" + verbRules + " with a code), "
                + synsets + " synsets, " + rules + " rules; notes " + new java.util.TreeMap<>(notes) + "; " + millis + " ms";
    }
}
