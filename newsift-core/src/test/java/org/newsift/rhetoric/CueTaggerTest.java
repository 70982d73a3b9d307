package org.newsift.rhetoric;

import org.junit.jupiter.api.Test;
import org.newsift.model.Rhetoric;
import org.newsift.testing.ParsedSentences;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentences written for the newsift project. */
class CueTaggerTest {

    @Test
    void cuesQuestionsAndRepetitionBecomeExplainedSpans() {
        ParsedSentences p = new ParsedSentences()
                .add("The|DT|2|det", "disgraceful|JJ|3|amod", "plan|NN|4|nsubj", "hurts|VBZ|0|root",
                        "working|VBG|6|amod", "families|NNS|4|obj", ".|.|4|punct")
                .add("Who|WP|2|nsubj", "benefits|VBZ|0|root", "from|IN|4|case", "this|DT|2|obl", "?|.|2|punct")
                .add("It|PRP|2|nsubj", "hurts|VBZ|0|root", "working|VBG|4|amod", "families|NNS|2|obj",
                        "again|RB|2|advmod", ".|.|2|punct");
        List<Rhetoric> spans = new CueTagger(RhetoricCues.builtIn()).tag(p.text(), p.result().sentences());
        Rhetoric loaded = find(spans, "Loaded_Language");
        assertEquals("disgraceful", loaded.text());
        assertTrue(loaded.explanation().startsWith("cue: 'disgraceful' is an emotionally loaded word"), loaded.explanation());
        assertTrue(loaded.explanation().contains("(cues.tsv:"), "the explanation names the lexicon line");
        Rhetoric doubt = find(spans, "Doubt");
        assertEquals("Who benefits from this ?", doubt.text()); // the test parser spaces "?"
        assertTrue(doubt.explanation().contains("hidden motive"), doubt.explanation());
        Rhetoric repeated = find(spans, "Repetition");
        assertEquals("hurts working families", repeated.text());
        assertTrue(repeated.start() > p.text().indexOf("It hurts"), "the first use is not the repetition");
        assertTrue(repeated.explanation().contains("sentence 1"), repeated.explanation());
    }

    @Test
    void aStoryRepeatingItsSubjectNamesAndNumbersIsNoRepetition() {
        List<Rhetoric> spans = tag(
                "The/DT export/NN quota/NN was/VBD/be cut/VBN to/TO 4.1/CD mln/CD tonnes/NNS ./.",
                "Producers/NNS want/VBP a/DT larger/JJR export/NN quota/NN for/IN the/DT dlr/NN bond/NN market/NN ./.",
                "The/DT export/NN quota/NN talks/NNS will/MD/will resume/VB in/IN Geneva/NNP ./.",
                "The/DT dlr/NN bond/NN market/NN was/VBD/be quiet/JJ ,/, and/CC the/DT export/NN quota/NN stays/VBZ/stay at/IN 4.1/CD mln/CD tonnes/NNS ./.",
                "The/DT Geneva/NNP talks/NNS resume/VBP on/IN Monday/NNP ./.");
        assertTrue(spans.isEmpty(), spans.toString());
    }

    @Test
    void wordsSaidAgainStraightAwayAreRepetition() {
        Rhetoric r = find(tag("We/PRP will/MD/will never/RB ,/, never/RB ,/, never/RB surrender/VB ./."), "Repetition");
        assertEquals("never, never, never", r.text());
        assertTrue(r.explanation().contains("straight away"), r.explanation());
        assertTrue(tag("The/DT company/NN sells/VBZ/sell crude/JJ oil/NN ,/, oil/NN products/NNS and/CC gas/NN ./.")
                .isEmpty(), "a list that names a word twice does not echo it");
    }

    @Test
    void sentencesOpeningAlikeAreAnaphora() {
        List<Rhetoric> spans = tag("We/PRP will/MD/will fight/VB for/IN every/DT well/NN ./.",
                "We/PRP will/MD/will fight/VB for/IN every/DT pipe/NN ./.");
        Rhetoric r = find(spans, "Repetition");
        assertEquals("We will fight for every", r.text());
        assertTrue(r.explanation().contains("anaphora"), r.explanation());
        assertTrue(tag("The/DT company/NN said/VBD/say profits/NNS rose/VBD/rise ./.",
                "The/DT company/NN said/VBD/say sales/NNS fell/VBD/fall ./.").isEmpty(), "attribution opens alike in any story");
    }

    @Test
    void aSloganSaidAgainIsRepetitionWhereverItComes() {
        List<Rhetoric> spans = tag("Water/NN is/VBZ/be not/RB for/IN sale/NN ./.",
                "The/DT cabinet/NN approved/VBD/approve the/DT deal/NN ./.",
                "The/DT unions/NNS oppose/VBP it/PRP ./.",
                "Prices/NNS may/MD/may rise/VB ./.",
                "Water/NN is/VBZ/be not/RB for/IN sale/NN ./.");
        Rhetoric r = find(spans, "Repetition");
        assertEquals("Water is not for sale", r.text());
        assertTrue(r.start() > 0, "the first time is not the repetition");
    }

    @Test
    void aQuestionIsDoubtOnlyWhenItDoubtsATarget() {
        Rhetoric r = find(tag("Can/MD/can we/PRP really/RB trust/VB the/DT minister/NN 's/POS numbers/NNS ?/."), "Doubt");
        assertTrue(r.text().startsWith("Can we really trust"), r.text());
        assertEquals("Who benefits ?", find(tag("Who/WP benefits/VBZ/benefit ?/."), "Doubt").text());
        for (String[] notDoubt : List.of(
                new String[]{"What/WP do/VBP/do you/PRP think/VB ?/.", "Vote/VB below/RB ./."},
                new String[]{"Do/VBP/do you/PRP trust/VB the/DT new/JJ mayor/NN ?/.", "Take/VB our/PRP$ poll/NN ./."},
                new String[]{"Who/WP won/VBD/win the/DT final/JJ on/IN Sunday/NNP ?/."},
                new String[]{"Q/NN :/: Do/VBP/do you/PRP really/RB trust/VB the/DT figures/NNS ?/."},
                new String[]{"He/PRP asked/VBD/ask whether/IN voters/NNS can/MD/can really/RB trust/VB the/DT figures/NNS ./."})) {
            assertTrue(tag(notDoubt).isEmpty(), String.join(" ", notDoubt) + ": " + tag(notDoubt));
        }
    }

    @Test
    void ordinaryNewsWordsAndAttributionAreNoCues() {
        List<Rhetoric> spans = tag(
                "Militant/JJ and/CC extremist/JJ groups/NNS attacked/VBD/attack the/DT radical/JJ regime/NN ,/, analysts/NNS said/VBD/say ./.",
                "The/DT envoy/NN thanked/VBD/thank the/DT American/NNP people/NNS at/IN the/DT end/NN of/IN the/DT visit/NN ./.",
                "The/DT storm/NN destroyed/VBD/destroy crops/NNS and/CC caused/VBD/cause a/DT disaster/NN ,/, experts/NNS said/VBD/say ./.");
        assertTrue(spans.isEmpty(), spans.toString());
    }

    /** Sentences of "word/POS[/lemma]" tokens separated by spaces; each word hangs off the first. */
    private static List<Rhetoric> tag(String... sentences) {
        ParsedSentences p = new ParsedSentences();
        for (String sentence : sentences) {
            String[] words = sentence.split(" ");
            String[] tokens = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                String[] f = words[i].split("/");
                String lemma = f.length > 2 ? f[2] : f[0].toLowerCase(java.util.Locale.ROOT);
                tokens[i] = f[0] + "|" + f[1] + "|" + (i == 0 ? "0|root" : "1|dep") + "|O|" + lemma;
            }
            p.add(tokens);
        }
        return new CueTagger(RhetoricCues.builtIn()).tag(p.text(), p.result().sentences());
    }

    @Test
    void aQuotedQuestionIsNotTheWritersDoubt() {
        ParsedSentences p = new ParsedSentences().add("\"|``|3|punct", "Who|WP|3|nsubj", "pays|VBZ|0|root",
                "for|IN|5|case", "this|DT|3|obl", "?|.|3|punct", "\"|''|3|punct");
        assertTrue(new CueTagger(RhetoricCues.builtIn()).tag(p.text(), p.result().sentences()).isEmpty());
    }

    private static Rhetoric find(List<Rhetoric> spans, String technique) {
        return spans.stream().filter(r -> r.technique().equals(technique)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + technique + " in " + spans));
    }
}
