package org.newsift.server;

import org.newsift.rhetoric.Technique;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A family of persuasion techniques as the dashboard's legend shows it: the grouping of {@link Technique.Family}
 * (newsift-core; the CLI's highlighter colours by it too), with a name a reader understands.
 *
 * @param family     the family's key, lower case ("emotion"): the dashboard styles spans by it
 * @param techniques the PTC labels of its techniques, as {@code rhetoric[].technique} spells them
 */
record TechniqueFamily(String family, String name, List<String> techniques) {
    private static final Map<Technique.Family, String> NAMES = Map.of(
            Technique.Family.EMOTION, "emotional appeals",
            Technique.Family.ATTACK, "attacks on the opponent",
            Technique.Family.CREDIBILITY, "doubt and authority",
            Technique.Family.LOGIC, "simplification and logical fallacies",
            Technique.Family.FORM, "slogans, clichés and repetition");

    /** Every family, in the order of {@link Technique.Family}, with its techniques. */
    static List<TechniqueFamily> all() {
        return Arrays.stream(Technique.Family.values())
                .map(f -> new TechniqueFamily(f.name().toLowerCase(Locale.ROOT), NAMES.get(f),
                        Arrays.stream(Technique.values()).filter(t -> t.family() == f).map(Technique::label).toList()))
                .toList();
    }
}
