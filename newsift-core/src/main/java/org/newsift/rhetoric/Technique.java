package org.newsift.rhetoric;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 14 persuasion techniques of the Propaganda Techniques Corpus (SemEval-2020 task 11), with the
 * corpus's own labels (merged ones included), a short tag for bracket markers, and the family that
 * picks a highlighter colour.
 */
public enum Technique {
    LOADED_LANGUAGE("Loaded_Language", "LOADED", Family.EMOTION),
    NAME_CALLING("Name_Calling,Labeling", "NAME-CALLING", Family.ATTACK),
    REPETITION("Repetition", "REPETITION", Family.FORM),
    DOUBT("Doubt", "DOUBT", Family.CREDIBILITY),
    EXAGGERATION("Exaggeration,Minimisation", "EXAGGERATION", Family.EMOTION),
    APPEAL_TO_FEAR("Appeal_to_fear-prejudice", "FEAR", Family.EMOTION),
    FLAG_WAVING("Flag-Waving", "FLAG-WAVING", Family.EMOTION),
    CAUSAL_OVERSIMPLIFICATION("Causal_Oversimplification", "CAUSAL", Family.LOGIC),
    APPEAL_TO_AUTHORITY("Appeal_to_Authority", "AUTHORITY", Family.CREDIBILITY),
    SLOGANS("Slogans", "SLOGAN", Family.FORM),
    RED_HERRING("Whataboutism,Straw_Men,Red_Herring", "RED-HERRING", Family.LOGIC),
    BLACK_AND_WHITE("Black-and-White_Fallacy", "BLACK-WHITE", Family.LOGIC),
    THOUGHT_TERMINATING_CLICHE("Thought-terminating_Cliches", "CLICHE", Family.FORM),
    BANDWAGON("Bandwagon,Reductio_ad_hitlerum", "BANDWAGON", Family.ATTACK);

    /** Techniques that work the same way share a highlighter colour. */
    public enum Family {
        EMOTION, ATTACK, CREDIBILITY, LOGIC, FORM
    }

    private final String label;
    private final String tag;
    private final Family family;

    Technique(String label, String tag, Family family) {
        this.label = label;
        this.tag = tag;
        this.family = family;
    }

    /** The label as the PTC labels files and the analysis contract write it. */
    public String label() {
        return label;
    }

    /** A short upper-case name for bracket markers ({@code [[LOADED: …]]}). */
    public String tag() {
        return tag;
    }

    public Family family() {
        return family;
    }

    /** The technique with this PTC label, if any. */
    public static Optional<Technique> ofLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }

    /** The technique named by its PTC label, its tag or its enum name (case-insensitive), for lexicon files. */
    public static Optional<Technique> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.label.equalsIgnoreCase(name) || t.tag.equalsIgnoreCase(name)
                || t.name().equalsIgnoreCase(name)).findFirst();
    }
}
